#include "events/EventExtraction.h"

#include "events/EventMerger.h"
#include "events/EventOrdering.h"
#include "events/FallbackSentences.h"
#include "events/MentionLinker.h"
#include "events/SalienceScorer.h"

#include <algorithm>
#include <iterator>

namespace chronoline::events {

EventExtraction::EventExtraction(const Document &document, const Timexes &timexes,
                                 std::vector<Sentence> sentences)
    : m_document(document), m_timexes(timexes), m_lexicon(EventLexicon::english()),
      m_cache(document.text, std::move(sentences), timexes, m_lexicon),
      m_predicates(m_lexicon), m_anchorer(m_lexicon, m_predicates),
      m_builder(m_lexicon, m_predicates, m_cache, document), m_inferrer(m_lexicon, m_predicates, m_cache),
      m_titles(m_lexicon, m_predicates, m_cache)
{
    // Drafts are heavy to move, and a long text has tens of thousands: room for
    // one per expression (guessed from the text's length while they are still to
    // come: news has one per 280 characters or so) spares the moves of a growing vector.
    m_drafts.reserve(std::max(timexes.size(), size_t(document.text.size() / 256)) + 16);
}

void EventExtraction::addSentences(std::span<const Sentence> sentences)
{
    m_cache.addSentences(sentences);
}

void EventExtraction::advance(qsizetype knownTo)
{
    m_cache.indexTimexes(knownTo);
    while (m_done + stretch <= m_cache.settled()) {
        runStretch(m_done, m_done + stretch);
        m_done += stretch;
    }
}

void EventExtraction::runStretch(int from, int to)
{
    // Titles look back up to TitleBuilder::lookBack sentences for a name.
    m_cache.releaseBefore(from - TitleBuilder::lookBack);
    std::vector<EventDraft> dated = m_builder.build(m_anchorer.anchor(m_cache, from, to));
    std::vector<EventDraft> found = m_inferrer.find(dated);
    for (EventDraft &d : dated) {
        m_titles.build(d);
        m_drafts.push_back(std::move(d));
    }
    std::move(found.begin(), found.end(), std::back_inserter(m_inferred));
}

Events EventExtraction::finish()
{
    if (m_timexes.empty())
        return {};
    if (m_cache.count() == 0)
        m_cache.addSentences(fallbackSentences(m_document.text));
    m_cache.indexTimexes(m_document.text.size());
    for (; m_done < m_cache.count(); m_done += stretch)
        runStretch(m_done, std::min(m_cache.count(), m_done + stretch));
    for (EventDraft &d : m_inferred) {
        m_titles.build(d);
        m_drafts.push_back(std::move(d));
    }
    m_inferred.clear();
    // A draft whose clause yields no words at all is not a headline anyone could
    // read. The later stages work through a list of the drafts still taking
    // part rather than erasing the others: a draft is heavy to move.
    std::vector<size_t> live;
    live.reserve(m_drafts.size());
    for (size_t i = 0; i < m_drafts.size(); ++i) {
        if (!m_drafts[i].event.title.isEmpty())
            live.push_back(i);
    }
    EventMerger().merge(m_drafts, live);
    MentionLinker(m_cache, m_builder, m_lexicon).link(m_drafts, live);
    SalienceScorer().score(m_drafts, live, m_cache.count());
    return EventOrdering().sorted(m_drafts, live);
}

} // namespace chronoline::events
