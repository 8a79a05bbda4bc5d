#pragma once

#include "timeml/TimeMLDocument.h"

#include <QByteArray>

namespace chronoline {

// Writes TimeML in the corpus layout: XML declaration, <TimeML> root, DOCID,
// DCT, then TEXT with an inline TIMEX3 around each expression. Gold EVENTs and
// links are not written: the output describes what Chronoline found.
class TimeMLWriter {
public:
    struct Result {
        QByteArray xml;           // UTF-8
        Timexes dropped;          // expressions that could not be written inline
    };

    // Uses docId, dct, text and timexes of `doc`. Expressions that overlap one
    // already written (inline tags cannot cross) or lie outside the text are
    // left out and returned in `dropped` so the caller can say so.
    static Result write(const TimeMLDocument &doc);

    // The text as XML character data: & < > escaped, CR kept as &#13; (a
    // parser would otherwise fold CRLF and shift offsets), and characters XML
    // 1.0 cannot carry at all replaced by U+FFFD one-for-one, so offsets hold.
    static QString escapeText(QStringView text);
    static QString escapeAttribute(QStringView value);
};

} // namespace chronoline
