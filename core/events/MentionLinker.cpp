#include "events/MentionLinker.h"

#include <algorithm>
#include <cstdlib>

namespace chronoline::events {

namespace {

bool containsWord(QStringView text, QStringView word, Qt::CaseSensitivity cs)
{
    for (qsizetype p = text.indexOf(word, 0, cs); p >= 0; p = text.indexOf(word, p + 1, cs)) {
        const bool before = p == 0 || !text[p - 1].isLetterOrNumber();
        const qsizetype e = p + word.size();
        const bool after = e >= text.size() || !text[e].isLetterOrNumber();
        if (before && after)
            return true;
    }
    return false;
}

} // namespace

bool MentionLinker::mentions(const EventDraft &d, int sentence, bool names) const
{
    const Sentence &span = m_cache.span(sentence);
    const QStringView text = m_cache.text().sliced(span.start, span.end - span.start);
    // The lower-case text has straight apostrophes, like key phrases.
    if (!d.keyPhrase.isEmpty()
        && containsWord(m_cache.lowerText().sliced(span.start, span.end - span.start), d.keyPhrase,
                        Qt::CaseSensitive))
        return true;
    if (!names || d.synonymClass < 0 || d.event.participants.size() < 2)
        return false;
    int named = 0;
    for (const QString &p : d.event.participants) {
        const QStringList parts = p.split(u' ', Qt::SkipEmptyParts);
        bool found = false;
        for (const QString &w : parts)
            found = found || (w.size() >= 2 && w[0].isUpper() && containsWord(text, w, Qt::CaseSensitive));
        named += found ? 1 : 0;
    }
    if (named < 2)
        return false;
    const AnalysedSentence &s = m_cache.sentence(sentence);
    for (const Word &w : s.words) {
        if (w.entry && w.entry->synonymClass == d.synonymClass)
            return true;
    }
    return false;
}

void MentionLinker::link(std::vector<EventDraft> &drafts) const
{
    for (EventDraft &d : drafts) {
        Event &e = d.event;
        const int from = std::max(0, d.sentence - phraseWindow);
        const int to = std::min(m_cache.count() - 1, d.sentence + phraseWindow);
        for (int si = from; si <= to; ++si) {
            const Sentence &span = m_cache.span(si);
            const bool known = std::any_of(e.mentions.begin(), e.mentions.end(), [&](const EventMention &m) {
                return m.sentence.start == span.start;
            });
            if (!known && mentions(d, si, std::abs(si - d.sentence) <= nameWindow))
                e.mentions.push_back({m_builder.sentenceRef(si), QString()});
        }
        std::sort(e.mentions.begin(), e.mentions.end(), [](const EventMention &x, const EventMention &y) {
            return x.sentence.start < y.sentence.start;
        });
    }
}

} // namespace chronoline::events
