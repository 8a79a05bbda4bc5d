#pragma once

#include "events/Clause.h"
#include "events/Predicate.h"
#include "events/Word.h"

#include <QString>

#include <memory>
#include <vector>

namespace chronoline::events {

// A sentence split into words and clauses. `lower` owns the lower-case text the
// words' `lower` views point into, so an AnalysedSentence is moved, not copied.
struct AnalysedSentence {
    int index = -1;             // in the segmentation
    qsizetype start = 0;
    qsizetype end = 0;
    QString lower;              // the sentence's units, then LexiconIndex::headUnits zeros
    std::vector<Word> words;
    std::vector<Clause> clauses;
    // PredicateFinder's answer per clause, kept because several stages ask.
    mutable std::vector<Predicate> predicates;
    mutable std::vector<bool> predicateKnown;

    AnalysedSentence() = default;
    AnalysedSentence(AnalysedSentence &&) = default;
    AnalysedSentence &operator=(AnalysedSentence &&) = default;
    AnalysedSentence(const AnalysedSentence &) = delete;
    AnalysedSentence &operator=(const AnalysedSentence &) = delete;

    int size() const { return int(words.size()); }
    // Index of the first word starting at or after `pos`, or size().
    int wordAt(qsizetype pos) const;

    // One from `spares` (analysed before, to be filled again: its buffers are
    // warm), else a new one.
    static std::unique_ptr<AnalysedSentence> reused(std::vector<std::unique_ptr<AnalysedSentence>> &spares);
};

} // namespace chronoline::events
