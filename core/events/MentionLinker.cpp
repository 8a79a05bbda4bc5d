#include "events/MentionLinker.h"
#include "events/TextSearch.h"

#include <QStringTokenizer>

#include <algorithm>
#include <array>
#include <bit>
#include <thread>

namespace chronoline::events {

namespace {

bool wordBoundaries(QStringView text, qsizetype p, qsizetype length)
{
    const bool before = p == 0 || !text[p - 1].isLetterOrNumber();
    const qsizetype e = p + length;
    return before && (e >= text.size() || !text[e].isLetterOrNumber());
}

} // namespace

void MentionLinker::link(std::vector<EventDraft> &drafts, std::span<const size_t> live) const
{
    std::vector<std::vector<int>> found(live.size());
    const auto find = [&](size_t from, size_t to) {
        SentenceSynonyms synonyms(m_cache, m_lexicon);   // one per thread
        for (size_t k = from; k < to; ++k)
            found[k] = sentencesAbout(drafts[live[k]], synonyms);
    };
    if (live.size() >= twoThreadsFrom) {
        std::jthread helper(find, live.size() / 2, live.size());
        find(0, live.size() / 2);
    } else {
        find(0, live.size());
    }
    // One thread: a sentence's text is made the first time it is cited.
    for (size_t k = 0; k < live.size(); ++k) {
        Event &e = drafts[live[k]].event;
        for (int si : found[k]) {
            if (si < 0)
                continue;
            const Sentence &span = m_cache.span(si);
            const bool known = std::any_of(e.mentions.begin(), e.mentions.end(), [&](const EventMention &m) {
                return m.sentence.start == span.start;
            });
            if (!known)
                e.mentions.push_back({m_builder.sentenceRef(si), QString()});
        }
        std::sort(e.mentions.begin(), e.mentions.end(), [](const EventMention &x, const EventMention &y) {
            return x.sentence.start < y.sentence.start;
        });
    }
}

// Each search runs once over the whole window, not once per sentence: the
// cost per event is one pass over a few thousand characters per word sought.
std::vector<int> MentionLinker::sentencesAbout(const EventDraft &d, SentenceSynonyms &synonyms) const
{
    const QStringView text = m_cache.text();
    const Event &e = d.event;
    std::vector<int> found;

    // Key phrase: lower-case words, as the text writes them inside a sentence;
    // a possessive may have either apostrophe.
    if (!d.keyPhrase.isEmpty()) {
        const int from = std::max(0, d.sentence - phraseWindow);
        const int to = std::min(m_cache.count() - 1, d.sentence + phraseWindow);
        const qsizetype base = m_cache.span(from).start;
        const QStringView block = text.sliced(base, m_cache.span(to).end - base);
        QString curly;
        if (d.keyPhrase.contains(u'\''))
            curly = QString(d.keyPhrase).replace(u'\'', u'\u2019');
        for (const QString &key : {d.keyPhrase, curly}) {
            if (key.isEmpty())
                continue;
            // findText, not indexOf: a general substring search sets up its
            // tables on every call, and every event searches its window.
            for (qsizetype p = findText(block, key); p >= 0; p = findText(block, key, p + 1)) {
                if (wordBoundaries(block, p, key.size()))
                    found.push_back(m_cache.sentenceOf(base + p));
            }
        }
    }

    // Two participants and a trigger of the same kind.
    if (d.synonymClass >= 0 && d.event.participants.size() >= 2) {
        const int from = std::max(0, d.sentence - nameWindow);
        const int to = std::min(m_cache.count() - 1, d.sentence + nameWindow);
        const qsizetype base = m_cache.span(from).start;
        const QStringView block = text.sliced(base, m_cache.span(to).end - base);
        // Per sentence of the window (from `from`): the participants found in it.
        std::array<quint32, 2 * nameWindow + 1> named{};
        const int people = std::min<int>(int(e.participants.size()), 32);
        for (int k = 0; k < people; ++k) {
            // The first and last word of a name: "Xi" and "Jinping", "Putin";
            // views, not a split list: one per participant of every event.
            std::array<QStringView, 2> words;
            int count = 0;
            for (QStringView part : QStringTokenizer{e.participants[k], u' ', Qt::SkipEmptyParts}) {
                if (count < 2)
                    words[size_t(count++)] = part;
                else
                    words[1] = part;
            }
            for (int c = 0; c < count; ++c) {
                const QStringView w = words[size_t(c)];
                if (w.size() < 2 || !w[0].isUpper())
                    continue;
                for (qsizetype p = findText(block, w); p >= 0; p = findText(block, w, p + 1)) {
                    if (wordBoundaries(block, p, w.size())) {
                        if (const int si = m_cache.sentenceOf(base + p); si >= 0)
                            named[size_t(si - from)] |= 1u << k;
                    }
                }
            }
        }
        for (int si = from; si <= to; ++si) {
            if (std::popcount(named[size_t(si - from)]) < 2)
                continue;
            if (synonyms.holds(si, d.synonymClass))
                found.push_back(si);
        }
    }
    return found;
}

} // namespace chronoline::events
