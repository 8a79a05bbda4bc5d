#pragma once

#include <QStringView>

#include <vector>

namespace chronoline {

// Converts UTF-16 offsets (QString indices, what every core type stores) into
// Unicode code point offsets (what exporters publish, so that Python, JS
// Array.from and Rust consumers can slice the text without knowing UTF-16).
//
// Built once per document: most texts have no surrogate pairs, and then the
// mapping is the identity and costs nothing; otherwise a table of the
// surrogate-pair positions answers each query in O(log n).
class CodePointMap {
public:
    explicit CodePointMap(QStringView text);

    // Code point offset of UTF-16 offset `utf16`. An offset inside a surrogate
    // pair maps to the code point that contains it; offsets outside
    // [0, text length] are clamped.
    qsizetype toCodePoints(qsizetype utf16) const;

    // UTF-16 offset where code point `codePoint` starts (clamped to the text).
    qsizetype toUtf16(qsizetype codePoint) const;

    qsizetype utf16Length() const { return m_utf16Length; }
    qsizetype codePointLength() const;

private:
    qsizetype m_utf16Length = 0;
    // UTF-16 positions of the low surrogate of every well-formed pair, ascending.
    std::vector<qsizetype> m_lowSurrogates;
};

} // namespace chronoline
