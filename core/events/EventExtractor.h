#pragma once

#include "document/Document.h"
#include "events/Event.h"
#include "temporal/Timex.h"
#include "text/TextSpans.h"

namespace chronoline {

// Builds the events a careful reader would put on a timeline from a tagged
// document: each anchored to its time expression (or inferred), with a
// headline-style title, trigger, participants, status, certainty, salience and
// every mention. Events come back sorted by time. To extract while the tagger
// is still at work, use events::EventExtraction directly.
class EventExtractor {
public:
    static const EventExtractor &english();
    Events extract(const Document &document, const Segmentation &segmentation,
                   const Timexes &timexes) const;
};

} // namespace chronoline
