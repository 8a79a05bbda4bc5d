#pragma once

#include "timeml/TempEvalScores.h"

#include <QByteArray>
#include <QString>

namespace chronoline::cli {

// The scores as a table for people: strict and relaxed P/R/F1, type and value
// accuracy and F1, and recall and value accuracy by gold type.
QString scoreTable(const TempEvalScores &scores);

// The scores as JSON for scripts:
// {"files", "gold", "system",
//  "strict": {"precision","recall","f1","matches"}, "relaxed": {...},
//  "type": {"accuracy","f1","correct"}, "value": {...},
//  "byGoldType": {"DATE": {"gold","strict","relaxed","typeCorrect","valueCorrect"}, ...},
//  "missingSystemFiles": [...]}
QByteArray scoreJson(const TempEvalScores &scores);

// What eval and eval-tagger print: the table (or JSON with `json`) on stdout;
// with `errors`, the TSV error rows on stdout and the scores on stderr, so the
// TSV can be piped on. `note` (timing and such) goes to stderr.
void printEvaluation(const TempEvalScores &scores, const QString &errorRows, bool json, bool errors,
                     const QString &note = {});

} // namespace chronoline::cli
