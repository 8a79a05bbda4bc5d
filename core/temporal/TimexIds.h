#pragma once

#include <QString>

namespace chronoline {

// The ids of expressions, "t1", "t2", ...: the same in every document, so they are spelled out
// once, a block of them at a time as documents need them, in blocks the process keeps; an id
// is a QString over its place there (QString::fromRawData, each id followed by a '\0') rather
// than a copy of its own. Building the output was three allocations per expression (id, text,
// value), at about the cost of resolving its value; this is one of them gone, for any
// document, first or not. Ids past the last block (millions) are ordinary strings.
class TimexIds {
public:
    static QString id(qsizetype n);   // n >= 1
};

} // namespace chronoline
