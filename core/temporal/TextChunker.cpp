#include "temporal/TextChunker.h"

#include "text/Characters.h"

namespace chronoline {

qsizetype TextChunker::pieceEnd(QStringView text, qsizetype start) const
{
    if (text.size() - start <= m_maxLength)
        return text.size();
    const char16_t *s = text.utf16();
    const qsizetype limit = start + m_maxLength;   // < text.size()
    const qsizetype floor = limit - m_maxLength / 4;
    qsizetype sentenceEnd = -1;
    qsizetype space = -1;
    for (qsizetype p = limit; p > floor; --p) {
        if (!chars::isSpace(s[p]))
            continue;
        if (space < 0)
            space = p;
        // A blank line: a line break, white space, a line break.
        if (chars::isLineBreak(s[p])) {
            qsizetype q = p - 1;
            if (s[p] == u'\n' && s[q] == u'\r')
                --q;   // CR LF is one line break; q >= floor - 1 >= start, so in the text
            while (q >= floor && chars::isSpace(s[q]) && !chars::isLineBreak(s[q]))
                --q;
            if (q >= floor && chars::isLineBreak(s[q]))
                return p;
        }
        if (sentenceEnd < 0 && chars::isTerminator(s[p - 1]) && p + 1 < text.size()
            && (QChar::isUpper(s[p + 1]) || QChar::isDigit(s[p + 1])))
            sentenceEnd = p;
    }
    if (sentenceEnd >= 0)
        return sentenceEnd;
    if (space >= 0)
        return space;
    // Never inside a surrogate pair.
    return QChar::isLowSurrogate(s[limit]) ? limit - 1 : limit;
}

} // namespace chronoline
