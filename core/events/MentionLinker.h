#pragma once

#include "events/DraftBuilder.h"
#include "events/EventDraft.h"
#include "events/SentenceCache.h"

#include <span>
#include <vector>

namespace chronoline::events {

// Links an event to nearby sentences that speak of it without dating it:
// those repeating its key phrase ("China's peace proposal", "his third five-year
// term"), and those naming two of its participants with a trigger of the same
// kind ("Xi ... is expected to visit Moscow to meet with ... Putin"). Such a
// mention has no expression of its own. Only sentences within a window around
// the event are read, so the cost stays linear in the text.
class MentionLinker {
public:
    MentionLinker(SentenceCache &cache, const DraftBuilder &builder) : m_cache(cache), m_builder(builder) {}

    // Sentences either side: a key phrase is cheap to look for and a story
    // repeats it further away; names need the sentence analysed.
    static constexpr int phraseWindow = 15;
    static constexpr int nameWindow = 8;

    void link(std::vector<EventDraft> &drafts, std::span<const size_t> live) const;

private:
    SentenceCache &m_cache;
    const DraftBuilder &m_builder;
};

} // namespace chronoline::events
