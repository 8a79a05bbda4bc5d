#pragma once

#include "timeml/TempEvalScores.h"
#include "timeml/TimexAlignment.h"

namespace chronoline {

// Accumulates TempEval-3 Task A (TIMEX3 extent, type, value) counts file by
// file; scores() gives the micro-averaged totals.
class TempEvalScorer {
public:
    // Scores one document and returns its alignment, so callers can list the
    // errors behind the numbers.
    TimexAlignment addFile(const Timexes &gold, const Timexes &system);

    // A gold file the system produced nothing for: all its expressions are
    // missed, and its name is remembered for the report.
    void addMissingSystemFile(const QString &name, const Timexes &gold);

    const TempEvalScores &scores() const { return m_scores; }

private:
    TempEvalScores m_scores;
};

} // namespace chronoline
