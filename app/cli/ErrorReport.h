#pragma once

#include "temporal/Timex.h"
#include "timeml/TimexAlignment.h"

#include <QString>

namespace chronoline::cli {

// One scored document, as the error report needs it.
struct ScoredDocument {
    QString file;        // as shown in the report, e.g. "TimeBank/APW19980227.0468.tml"
    QString text;
    QString dct;         // the DCT value, "" when none
    const Timexes *gold = nullptr;
    const Timexes *system = nullptr;
    const TimexAlignment *alignment = nullptr;
};

// The TSV header line of the error report.
QString errorReportHeader();

// One TSV line per problem in a document, in text order:
//   file, kind, gold text, gold value, system text, system value, context,
//   gold type, system type, offset (UTF-16), dct
// kind is "missed" (gold with no overlapping system expression), "spurious"
// (system with no gold), or for an overlapping pair the comma-separated
// differences among "value", "type", "extent". Exact pairs with the same type
// and value are not listed. The context is about 40 characters either side with
// the expression in [[ ]] and white space folded, so a line stays one line.
QString errorReportRows(const ScoredDocument &doc);

} // namespace chronoline::cli
