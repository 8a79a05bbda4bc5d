#pragma once

#include "events/EventDraft.h"

#include <span>
#include <vector>

namespace chronoline::events {

// Puts events in time order and numbers them e1, e2, ... An event is placed at
// the start of its interval; one open at the start (ON_OR_BEFORE a month) just
// before whatever starts with that month; one with no interval at the end. Ties
// keep text order.
class EventOrdering {
public:
    // The events of the drafts listed in `live` (in text order), moved out of them.
    Events sorted(std::vector<EventDraft> &drafts, std::span<const size_t> live) const;
};

} // namespace chronoline::events
