#pragma once

#include "events/Event.h"
#include "events/Predicate.h"

#include <QDate>

#include <optional>

namespace chronoline::events {

// Past, ongoing or expected, from the verb group's cues ("will", "is set to",
// "plans to", "scheduled for") and from where the event's time lies against the
// document date. A cue loses to a date already behind the document date ("was
// expected to visit last week" is past).
class StatusClassifier {
public:
    EventStatus classify(const Predicate &predicate, bool futureCue,
                         const std::optional<EventInterval> &interval, std::optional<QDate> dct) const;
};

} // namespace chronoline::events
