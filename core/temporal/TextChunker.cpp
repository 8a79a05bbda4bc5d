#include "temporal/TextChunker.h"

#include <QChar>

namespace chronoline {

namespace {

bool isBlank(char16_t c) { return c == u' ' || c == u'\t' || c == u'\r'; }

// The cut at `i` (a '\n') keeps the line break with the next piece, so that piece's first
// token still knows a line or paragraph starts there.
qsizetype cutBeforeWhitespace(QStringView text, qsizetype i)
{
    while (i > 0 && (isBlank(text[i - 1].unicode()) || text[i - 1] == u'\n'))
        --i;
    return i;
}

bool isSentenceEndAt(QStringView text, qsizetype i)
{
    // text[i] == '.', then one space and a capital; before it four lower-case letters.
    if (i + 2 >= text.size() || text[i + 1] != u' ' || !text[i + 2].isUpper() || i < 4)
        return false;
    for (qsizetype k = i - 4; k < i; ++k) {
        if (!text[k].isLower())
            return false;
    }
    return true;
}

} // namespace

qsizetype TextChunker::nextCut(QStringView text, qsizetype from, qsizetype target)
{
    const qsizetype n = text.size();
    if (n - from <= target * 2)
        return n;
    const qsizetype begin = from + target;
    // Look a further `target` characters for the best kind of cut, then settle for less.
    const qsizetype limit = std::min(n - 1, begin + target);
    qsizetype lineCut = -1, sentenceCut = -1;
    for (qsizetype i = begin; i < limit; ++i) {
        const char16_t c = text[i].unicode();
        if (c == u'\n') {
            qsizetype j = i + 1;
            while (j < n && isBlank(text[j].unicode()))
                ++j;
            if (j < n && text[j] == u'\n') {
                const qsizetype cut = cutBeforeWhitespace(text, i);
                if (cut > from)
                    return cut;
            }
            if (lineCut < 0)
                lineCut = cutBeforeWhitespace(text, i);
        } else if (c == u'.' && sentenceCut < 0 && isSentenceEndAt(text, i)) {
            sentenceCut = i + 1;
        }
    }
    if (lineCut > from)
        return lineCut;
    if (sentenceCut > from)
        return sentenceCut;
    // No line break and no clear sentence end in twice the target: cut at a space, which at
    // worst splits one expression in a text that has no sentences to speak of.
    for (qsizetype i = limit; i > begin; --i) {
        if (text[i] == u' ')
            return i;
    }
    return text[limit].isLowSurrogate() ? limit - 1 : limit;   // never inside a surrogate pair
}

} // namespace chronoline
