#pragma once

#include "temporal/Timex.h"

#include <QStringList>

#include <map>

namespace chronoline {

// Raw counts behind the TempEval-3 Task A scores; they add up over files,
// which is what makes the scores micro-averaged.
struct TempEvalCounts {
    qsizetype gold = 0;
    qsizetype system = 0;
    qsizetype strict = 0;         // pairs with identical offsets
    qsizetype relaxed = 0;        // pairs with overlapping offsets (strict ones included)
    qsizetype typeCorrect = 0;    // relaxed pairs with the same type
    qsizetype valueCorrect = 0;   // relaxed pairs with the same value string

    TempEvalCounts &operator+=(const TempEvalCounts &other);
    bool operator==(const TempEvalCounts &) const = default;
};

struct PrecisionRecall {
    double precision = 0;
    double recall = 0;
    double f1 = 0;
};

// Scores over a set of files. A ratio with a zero denominator is reported as
// 0 rather than NaN, so an empty system output scores 0, never "perfect".
struct TempEvalScores {
    TempEvalCounts total;
    std::map<TimexType, TempEvalCounts> byGoldType;   // gold, strict, relaxed, ... of each gold type
    qsizetype files = 0;
    QStringList missingSystemFiles;                    // gold files scored with no system output

    PrecisionRecall strict() const;
    PrecisionRecall relaxed() const;
    double typeAccuracy() const;     // over relaxed matches
    double valueAccuracy() const;    // over relaxed matches
    // What the official TempEval-3 scorer reports as attribute F1.
    double typeF1() const { return relaxed().f1 * typeAccuracy(); }
    double valueF1() const { return relaxed().f1 * valueAccuracy(); }
};

} // namespace chronoline
