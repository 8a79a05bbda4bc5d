#include "text/ParagraphSplitter.h"

#include "text/Characters.h"
#include "text/UnitSearch.h"

#include <algorithm>

namespace chronoline {

std::vector<Paragraph> ParagraphSplitter::split(QStringView text) const
{
    std::vector<Paragraph> paragraphs;
    std::vector<Line> block;   // the non-blank lines since the last blank line
    const qsizetype n = text.size();
    qsizetype pos = 0;
    while (pos < n) {
        // One line: [pos, lineEnd), then its line break.
        qsizetype lineEnd = units::findControlOrNonAscii(text.utf16(), pos, n);
        while (lineEnd < n && !chars::isLineBreak(text[lineEnd].unicode()))
            lineEnd = units::findControlOrNonAscii(text.utf16(), lineEnd + 1, n);
        Line line{pos, lineEnd};
        while (line.start < line.end && chars::isSpace(text[line.start].unicode()))
            ++line.start;
        while (line.end > line.start && chars::isSpace(text[line.end - 1].unicode()))
            --line.end;

        bool hardBreak = false;
        pos = lineEnd;
        if (pos < n) {
            hardBreak = chars::isHardBreak(text[pos].unicode());
            // CR LF is one line break, not a line break and an empty line.
            pos += (text[pos] == u'\r' && pos + 1 < n && text[pos + 1] == u'\n') ? 2 : 1;
        }

        if (line.length() > 0)
            block.push_back(line);
        if ((line.length() == 0 || hardBreak) && !block.empty()) {
            splitBlock(text, block, paragraphs);
            block.clear();
        }
    }
    if (!block.empty())
        splitBlock(text, block, paragraphs);
    return paragraphs;
}

qsizetype ParagraphSplitter::nextBreakBeforeBlankLine(QStringView text, qsizetype from)
{
    const char16_t *s = text.utf16();
    const qsizetype n = text.size();
    for (qsizetype p = std::max<qsizetype>(from, 0); p < n; ++p) {
        p = units::findControlOrNonAscii(s, p, n);   // every line break is one
        if (p == n)
            break;
        if (s[p] != u'\n')
            continue;
        // Blank as split() sees it: nothing but white space up to the next break.
        qsizetype q = p + 1;
        while (q < n && !chars::isLineBreak(s[q]) && chars::isSpace(s[q]))
            ++q;
        if (q == n || chars::isLineBreak(s[q]))
            return p;
    }
    return -1;
}

void ParagraphSplitter::splitBlock(QStringView text, const std::vector<Line> &block,
                                   std::vector<Paragraph> &out) const
{
    // The widest line shows the width the block was wrapped at, if it was.
    qsizetype wrapWidth = 0;
    for (const Line &line : block)
        wrapWidth = std::max(wrapWidth, line.length());

    qsizetype start = block.front().start;
    for (size_t i = 0; i + 1 < block.size(); ++i) {
        if (breaksAfter(text, block[i], block[i + 1], wrapWidth)) {
            out.push_back(Paragraph{start, block[i].end});
            start = block[i + 1].start;
        }
    }
    out.push_back(Paragraph{start, block.back().end});
}

bool ParagraphSplitter::breaksAfter(QStringView text, const Line &line, const Line &next,
                                    qsizetype wrapWidth)
{
    const char16_t last = lastMark(text, line);
    // A comma, colon, semicolon or dash at the end says the text goes on,
    // however long the line.
    switch (last) {
    case u',': case u';': case u':':
    case u'-': case u'\u2010': case u'\u2013': case u'\u2014':
        return false;
    default:
        break;
    }
    // Nor does a paragraph begin in lower case: the line was broken mid-sentence.
    if (QChar::isLower(chars::codePointAt(text, next.start)))
        return false;
    if (line.length() > kLongestWrappedLine)
        return true;
    // A sentence end inside wrapped prose is left to the sentence splitter.
    if (chars::isTerminator(last) || last == u'\u2026')
        return false;
    // A heading: the next word would have fitted on this line, so the line
    // was broken on purpose and not by wrapping.
    return line.length() + 1 + firstWordLength(text, next) <= wrapWidth;
}

char16_t ParagraphSplitter::lastMark(QStringView text, const Line &line)
{
    // Closing quotes and brackets are looked through: `his "old friend,"`
    // ends in a comma.
    qsizetype last = line.end - 1;
    while (last > line.start && chars::isCloser(text[last].unicode()))
        --last;
    return text[last].unicode();
}

qsizetype ParagraphSplitter::firstWordLength(QStringView text, const Line &line)
{
    qsizetype end = line.start;
    while (end < line.end && !chars::isSpace(text[end].unicode()))
        ++end;
    return end - line.start;
}

} // namespace chronoline
