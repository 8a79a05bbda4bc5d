#pragma once

#include "text/TextSpans.h"

#include <QStringView>

#include <vector>

namespace chronoline {

// Splits text into paragraphs.
//
// A blank line (empty or only white space) always separates paragraphs, and so
// do U+2029 and form feed. A single line break separates them too when the line
// before it is a heading or caption rather than part of wrapped prose: it has no
// final punctuation and the next line's first word would have fitted after it
// (wrapped prose only breaks a line when the next word does not fit). A line
// longer than any hard wrap width is a paragraph written on one line (as scraped
// web text often is), so its line break ends it as well. Neither rule breaks
// before a line that starts in lower case or after one that ends in a comma,
// colon, semicolon or dash. Paragraph spans exclude surrounding white space.
class ParagraphSplitter {
public:
    std::vector<Paragraph> split(QStringView text) const;

    // The first '\n' at or after `from` with a blank line after it, or -1: a
    // place to cut the text without changing its paragraphs, since a blank
    // line always ends one whatever the lines around it look like.
    static qsizetype nextBreakBeforeBlankLine(QStringView text, qsizetype from);

    // Lines longer than this (in UTF-16 units) are not hard-wrapped prose:
    // mail and plain-text articles wrap at 72 to 80 columns, rarely beyond 100.
    static constexpr qsizetype kLongestWrappedLine = 120;

private:
    // One line of the text, trimmed; empty (start == end) when blank.
    struct Line {
        qsizetype start = 0;
        qsizetype end = 0;
        qsizetype length() const { return end - start; }
    };

    void splitBlock(QStringView text, const std::vector<Line> &block,
                    std::vector<Paragraph> &out) const;
    static bool breaksAfter(QStringView text, const Line &line, const Line &next,
                            qsizetype wrapWidth);
    static char16_t lastMark(QStringView text, const Line &line);
    static qsizetype firstWordLength(QStringView text, const Line &line);
};

} // namespace chronoline
