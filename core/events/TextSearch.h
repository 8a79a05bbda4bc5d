#pragma once

#include <QStringView>

namespace chronoline::events {

// Where `needle` occurs in `text` at or after `from`, or -1: the answer of
// text.indexOf(needle, from), case-sensitive. The extractor looks for words
// ("Putin", "invasion", "peace proposal") in windows of a few thousand
// characters, tens of thousands of times in a long text; a general substring
// search sets up its tables on every call. This one compares the needle's
// first and last units at eight places at once and the whole needle only
// where both match.
qsizetype findText(QStringView text, QStringView needle, qsizetype from = 0);

} // namespace chronoline::events
