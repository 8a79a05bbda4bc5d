#pragma once

#include <QStringView>

namespace chronoline::events {

// Where `needle` occurs in `text` at or after `from`, or -1: the answer of
// text.indexOf(needle, from), case-sensitive. The extractor looks for words
// ("Putin", "invasion", "peace proposal") in windows of a few thousand
// characters, tens of thousands of times in a long text; a general substring
// search sets up its tables on every call. This one lets the vectorised search
// for a single character skip ahead to the needle's least common letter (a
// capital, a digit, a "z" rather than an "e") and compares only there.
qsizetype findText(QStringView text, QStringView needle, qsizetype from = 0);

} // namespace chronoline::events
