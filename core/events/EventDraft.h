#pragma once

#include "events/Event.h"
#include "events/Predicate.h"

#include <QStringList>

namespace chronoline::events {

// An event on its way through the extractor's stages: the Event being filled
// in, and what the later stages (merging, linking, scoring) need to know about
// where it came from.
struct EventDraft {
    enum class Kind {
        Clause,     // a time expression dates a clause's predicate
        Report,     // ... and that predicate reports another clause
        Noun,       // a time expression dates an event noun
        Inferred,   // no expression of its own: placed from a neighbour
    };
    Event event;
    Kind kind = Kind::Clause;
    int sentence = -1;          // segmentation index of the main evidence
    int clause = -1;
    int head = -1;              // trigger word in that sentence
    int content = -1;           // reports: the reported clause
    Predicate predicate;
    int timex = -1;             // indices into the Timexes, or -1
    int endTimex = -1;
    int synonymClass = -1;
    QString keyPhrase;          // premodifier + noun as written ("peace proposal"), for linking mentions
    qsizetype position = 0;     // where the evidence starts, for ordering ties
    bool merged = false;        // folded into another draft
};

} // namespace chronoline::events
