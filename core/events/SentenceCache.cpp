#include "events/SentenceCache.h"

#include <algorithm>

namespace chronoline::events {

SentenceCache::SentenceCache(QStringView text, std::vector<Sentence> sentences, const Timexes &timexes,
                             const EventLexicon &lexicon)
    : m_text(text), m_spans(std::move(sentences)), m_timexes(timexes), m_timexFrom(m_spans.size() + 1, 0),
      m_analysed(m_spans.size()), m_texts(m_spans.size()),
      m_analyser(lexicon)
{
}

void SentenceCache::addSentences(std::span<const Sentence> sentences)
{
    m_spans.insert(m_spans.end(), sentences.begin(), sentences.end());
    m_timexFrom.resize(m_spans.size() + 1, 0);
    m_analysed.resize(m_spans.size());
    m_texts.resize(m_spans.size());
}

void SentenceCache::adopt(int i, std::unique_ptr<AnalysedSentence> analysed)
{
    if (i >= m_releasedBefore && i < count() && !m_analysed[size_t(i)])
        m_analysed[size_t(i)] = std::move(analysed);
}

void SentenceCache::reserveSentences(size_t count)
{
    m_spans.reserve(count);
    m_timexFrom.reserve(count + 1);
    m_analysed.reserve(count);
    m_texts.reserve(count);
}

void SentenceCache::indexTimexes(qsizetype knownTo)
{
    // Sentence i's expressions are m_timexOrder[m_timexFrom[i] .. m_timexFrom[i + 1]);
    // the end of that range is written when sentence i is settled.
    const auto settleThrough = [&](int sentence) {
        for (; m_settled < sentence; ++m_settled) {
            const auto first = m_timexOrder.begin() + m_timexFrom[size_t(m_settled)];
            // In text order, should a piece give them otherwise.
            std::sort(first, m_timexOrder.end(), [&](int a, int b) {
                return m_timexes[size_t(a)].start < m_timexes[size_t(b)].start;
            });
            m_timexFrom[size_t(m_settled) + 1] = int(m_timexOrder.size());
        }
    };
    for (; m_indexedTimexes < int(m_timexes.size()); ++m_indexedTimexes) {
        const qsizetype start = m_timexes[size_t(m_indexedTimexes)].start;
        if (start >= knownTo)
            break;   // its sentence may be still to come
        const int s = sentenceOf(start);
        if (s < 0)
            continue;
        // Expressions come in text order, so every sentence before this one is complete.
        Q_ASSERT(s >= m_settled);
        settleThrough(std::max(s, m_settled));
        m_timexOrder.push_back(m_indexedTimexes);
    }
    int through = m_settled;
    while (through < count() && m_spans[size_t(through)].end <= knownTo)
        ++through;
    settleThrough(through);
}

int SentenceCache::sentenceOf(qsizetype position) const
{
    auto it = std::upper_bound(m_spans.begin(), m_spans.end(), position,
                               [](qsizetype pos, const Sentence &s) { return pos < s.start; });
    if (it == m_spans.begin())
        return -1;
    --it;
    return position < it->end ? int(it - m_spans.begin()) : -1;
}

const AnalysedSentence &SentenceCache::sentence(int i)
{
    Q_ASSERT(i < m_settled);
    std::unique_ptr<AnalysedSentence> &slot = m_analysed[size_t(i)];
    if (slot)
        return *slot;
    const Sentence &span = m_spans[size_t(i)];
    slot = AnalysedSentence::reused(m_spare);
    m_marks.clear();
    for (int t : timexesIn(i))
        m_marks.push_back({m_timexes[size_t(t)].start, m_timexes[size_t(t)].end, t});
    m_analyser.analyse(m_text, span, i, m_marks, *slot);
    return *slot;
}

const QString &SentenceCache::textOf(int i)
{
    QString &text = m_texts[size_t(i)];
    if (text.isNull()) {
        const Sentence &span = m_spans[size_t(i)];
        text = m_text.sliced(span.start, span.end - span.start).toString();
    }
    return text;
}

std::vector<std::unique_ptr<AnalysedSentence>> SentenceCache::takeSpares(size_t keep)
{
    std::vector<std::unique_ptr<AnalysedSentence>> taken;
    if (m_spare.size() > keep) {
        taken.assign(std::make_move_iterator(m_spare.begin() + qsizetype(keep)),
                     std::make_move_iterator(m_spare.end()));
        m_spare.resize(keep);
    }
    return taken;
}

void SentenceCache::releaseBefore(int sentence)
{
    sentence = std::min(sentence, count());
    for (int i = m_releasedBefore; i < sentence; ++i) {
        if (m_analysed[size_t(i)])
            m_spare.push_back(std::move(m_analysed[size_t(i)]));
    }
    m_releasedBefore = std::max(m_releasedBefore, sentence);
}

} // namespace chronoline::events
