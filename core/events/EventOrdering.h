#pragma once

#include "events/EventDraft.h"

#include <vector>

namespace chronoline::events {

// Puts events in time order and numbers them e1, e2, ... An event is placed at
// the start of its interval; one open at the start (ON_OR_BEFORE a month) just
// before whatever starts with that month; one with no interval at the end. Ties
// keep text order.
class EventOrdering {
public:
    Events sorted(std::vector<EventDraft> drafts) const;
};

} // namespace chronoline::events
