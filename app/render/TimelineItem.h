#pragma once

#include "events/Event.h"
#include "timeline/Granularity.h"

#include <QString>

namespace chronoline {

// How an event is drawn, decided by what the text said about its time.
enum class ItemShape {
    Point,     // a day or a clock time
    Bracket,   // a period named as a whole: week, month, quarter, season, year
    Bar,       // a range with two ends ("September 9 to September 10")
};

// One event as the timeline draws it: its span in day numbers (see TimeScale)
// and the visual flags. Built from an Event so that the view and the exporter
// agree on every shape.
struct TimelineItem {
    int row = -1;            // index of the event in the model / event list
    QString id;
    QString label;           // the event's title
    double start = 0;        // first instant covered; a point has start == end
    double end = 0;
    ItemShape shape = ItemShape::Point;
    Granularity granularity = Granularity::Unknown;
    bool openStart = false;  // BEFORE: no known beginning
    bool openEnd = false;    // AFTER: no known end
    bool approx = false;     // APPROX and similar: soft edges
    bool inferred = false;   // dated from context, not by its own expression
    bool expected = false;   // planned or scheduled, not yet happened
    bool ongoing = false;
    double salience = 0.5;

    // The instant used for ordering and keyboard stepping.
    double anchor() const { return openStart ? end : start; }

    // Returns an item with row -1 when the event has no interval.
    static TimelineItem fromEvent(const Event &event, int row);
};

// Day number (Julian day, fractions for hours) of a date's midnight.
double dayNumber(QDate date);

} // namespace chronoline
