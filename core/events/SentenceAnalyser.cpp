#include "events/SentenceAnalyser.h"

namespace chronoline::events {

void SentenceAnalyser::analyse(QStringView text, const Sentence &span, int index,
                               std::span<const TimexMark> timexes, AnalysedSentence &s) const
{
    m_scanner.scan(text, span.start, span.end, index, s);
    // Mark the words each expression covers before tagging: a date is never a verb.
    for (const TimexMark &x : timexes) {
        for (int w = s.wordAt(x.start); w < s.size() && s.words[size_t(w)].start < x.end; ++w)
            s.words[size_t(w)].timex = x.index;
    }
    m_guesser.tag(s);
    for (Word &w : s.words) {
        if (w.timex >= 0 && w.tag != WordTag::Punct)
            w.tag = w.text[0].isDigit() ? WordTag::Num : WordTag::Noun;
    }
    m_splitter.split(s);
}

} // namespace chronoline::events
