#pragma once

#include "temporal/Candidate.h"
#include "temporal/ScannedText.h"

#include <vector>

namespace chronoline {

class LanguageData;

// Stage 3: chooses among overlapping candidates and completes them. The steps run in this
// order, each for a reason:
//  1. drop latent-only matches ("May I"), before anything can build on them;
//  2. apply vetoes ("Spring Street", "a 42-year-old"), before the longest match can hide them;
//  3. keep the longest match where candidates overlap (earlier rules win ties);
//  4. merge a date and a time of day next to each other ("Tuesday at 3:40 a.m."), which needs
//     the survivors of 3;
//  5. take a modifier just before an expression ("early", "about", "mid-"), last, because it
//     extends an extent that the earlier steps have fixed.
class CandidateRefiner {
public:
    explicit CandidateRefiner(const LanguageData &language);
    // Marks candidates as it goes (a range's ends are dropped together) and completes the
    // survivors in place (merges, modifiers), so it takes them by reference; `kept` then
    // points at the survivors, in text order (pointers: a Candidate is large to copy). Both
    // lists are the caller's, so they keep their capacity for the next piece of text.
    void refine(const ScannedText &scanned, std::vector<Candidate> &candidates, std::vector<Candidate *> &kept) const;

private:
    void mergeDateAndTime(const ScannedText &scanned, std::vector<Candidate *> &kept) const;
    void takeModifiers(const ScannedText &scanned, std::vector<Candidate *> &kept) const;

    const LanguageData &m_language;
    int m_mod, m_approx, m_edge, m_at, m_on, m_comma, m_dash, m_number, m_vague;
    // MOD, EDGE and APPROX as a set, so that a token's category set can rule out a modifier
    // without a look at its readings (when all three are categories a set can hold).
    CategorySet m_modifiers;
    bool m_modifiersIndexed = true;
};

} // namespace chronoline
