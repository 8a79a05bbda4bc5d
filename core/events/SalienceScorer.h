#pragma once

#include "events/EventDraft.h"

#include <span>
#include <vector>

namespace chronoline::events {

// Salience from 0 to 1, so the viewer can show the key events first. What
// raises it: a precise date, several mentions, named participants, a place
// early in the story, something still to come. What lowers it: being a
// reporting frame (what was said weighs more than the saying) or inferred.
class SalienceScorer {
public:
    void score(std::vector<EventDraft> &drafts, std::span<const size_t> live, int sentenceCount) const;
};

} // namespace chronoline::events
