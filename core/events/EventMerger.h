#pragma once

#include "events/EventDraft.h"

#include <vector>

namespace chronoline::events {

// One event, several mentions: folds together drafts a reader would call the
// same event. Two reports by the same source dated the same are one ("Sullivan
// said on Monday ..." twice); two other events are one when their triggers
// name the same kind of event (events_synonyms.txt), they share a participant,
// their times nest and their status agrees: "Xi is set to meet Putin as early
// as next week" and "Xi would travel to the Russian capital on March 21".
// The merged event keeps the first mention's title and is dated by the most
// precise mention.
class EventMerger {
public:
    static constexpr int window = 60;   // sentences between mentions of one event, at most

    // `live` lists the drafts taking part, in any order; it comes back in text
    // order without those folded into another. Drafts are marked, never moved:
    // they are heavy, and a long text has tens of thousands.
    void merge(std::vector<EventDraft> &drafts, std::vector<size_t> &live) const;

    static bool sameKind(const EventDraft &a, const EventDraft &b);
    static bool shareParticipant(const Event &a, const Event &b);
    static bool nested(const Event &a, const Event &b);

private:
    static void fold(EventDraft &into, EventDraft &from);
};

} // namespace chronoline::events
