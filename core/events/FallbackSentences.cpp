#include "events/FallbackSentences.h"

namespace chronoline::events {

std::vector<Sentence> fallbackSentences(QStringView text)
{
    std::vector<Sentence> out;
    qsizetype start = -1;
    const auto close = [&](qsizetype end) {
        if (start < 0)
            return;   // nothing open: blank so far
        while (end > start && text[end - 1].isSpace())
            --end;
        if (end > start)
            out.push_back({start, end, 0});
        start = -1;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\n') {
            close(i);
            continue;
        }
        if (start < 0 && !c.isSpace())
            start = i;
        if ((c == u'.' || c == u'!' || c == u'?') && i + 2 < text.size() && text[i + 1] == u' '
            && (text[i + 2].isUpper() || text[i + 2] == u'"' || text[i + 2] == u'\u201C')
            && !(i >= 2 && text[i - 2] == u' ' && text[i - 1].isUpper())   // "J. Smith"
            && !(i >= 3 && text[i - 2] == u'.' ))                            // "U.S. President"
            close(i + 1);
    }
    close(text.size());
    return out;
}

} // namespace chronoline::events
