#include "events/SentenceSynonyms.h"

#include <algorithm>

namespace chronoline::events {

SentenceSynonyms::SentenceSynonyms(const SentenceCache &cache, const EventLexicon &lexicon)
    : m_cache(cache), m_scanner(lexicon), m_from(size_t(cache.count()), -1)
{
}

bool SentenceSynonyms::holds(int i, int synonymClass)
{
    int &from = m_from[size_t(i)];
    if (from < 0) {
        // Only the words' lexicon entries matter, not their tags: an analysis
        // already made serves, else a scan of the words alone.
        const AnalysedSentence *s = m_cache.analysedIfAny(i);
        if (!s) {
            const Sentence &span = m_cache.span(i);
            m_scanner.scan(m_cache.text(), span.start, span.end, i, m_wordsOnly);
            s = &m_wordsOnly;
        }
        from = int(m_pool.size());
        m_pool.push_back(0);
        for (const Word &w : s->words) {
            if (w.entry && w.entry->synonymClass >= 0) {
                m_pool.push_back(w.entry->synonymClass);
                ++m_pool[size_t(from)];
            }
        }
    }
    const auto first = m_pool.begin() + from + 1;
    const auto last = first + m_pool[size_t(from)];
    return std::find(first, last, synonymClass) != last;
}

} // namespace chronoline::events
