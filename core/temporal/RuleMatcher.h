#pragma once

#include "temporal/Candidate.h"
#include "temporal/ScannedText.h"

#include <QStringView>

#include <vector>

namespace chronoline {

class LanguageData;
struct Rule;

// Stage 2: tries every rule that can start at each token and records each match as a
// candidate. It does not choose among overlapping matches; the refiners do.
class RuleMatcher {
public:
    explicit RuleMatcher(const LanguageData &language);
    void match(QStringView text, const ScannedText &scanned, std::vector<Candidate> &out) const;

private:
    void matchRule(QStringView text, const ScannedText &scanned, const Rule &rule, int start,
                   std::vector<Candidate> &out) const;

    const LanguageData &m_language;
};

} // namespace chronoline
