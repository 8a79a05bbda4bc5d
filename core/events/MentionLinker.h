#pragma once

#include "events/DraftBuilder.h"
#include "events/EventDraft.h"
#include "events/EventLexicon.h"
#include "events/SentenceCache.h"
#include "events/SentenceSynonyms.h"

#include <span>
#include <vector>

namespace chronoline::events {

// Links an event to nearby sentences that speak of it without dating it:
// those repeating its key phrase ("China's peace proposal", "his third five-year
// term"), and those naming two of its participants with a trigger of the same
// kind ("Xi ... is expected to visit Moscow to meet with ... Putin"). Such a
// mention has no expression of its own. Only sentences within a window around
// the event are read, so the cost stays linear in the text.
//
// Finding the sentences (the searches, nearly all the work) runs on two
// threads for a long list of events; attaching them, one thread.
class MentionLinker {
public:
    MentionLinker(SentenceCache &cache, const DraftBuilder &builder, const EventLexicon &lexicon)
        : m_cache(cache), m_builder(builder), m_lexicon(lexicon) {}

    // Sentences either side: a key phrase is cheap to look for and a story
    // repeats it further away; names need the sentence analysed.
    static constexpr int phraseWindow = 15;
    static constexpr int nameWindow = 8;

    void link(std::vector<EventDraft> &drafts, std::span<const size_t> live) const;

    // From this many events on, two threads look for their mentions. Not a
    // constant, so that a test can hold one thread and two to the same result.
    static inline size_t twoThreadsFrom = 2000;

private:
    // The sentences that speak of draft d, in the order found (may repeat);
    // reads the cache only.
    std::vector<int> sentencesAbout(const EventDraft &d, SentenceSynonyms &synonyms) const;

    SentenceCache &m_cache;
    const DraftBuilder &m_builder;
    const EventLexicon &m_lexicon;
};

} // namespace chronoline::events
