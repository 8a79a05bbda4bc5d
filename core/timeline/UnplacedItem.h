#pragma once

#include <QString>

namespace chronoline {

// Something the text dates that has no place on the time axis yet: an event
// with no interval, or a date expression whose value could not be resolved
// (typically a relative date in a document with no known date). The viewer
// keeps these in a tray beside the axis instead of guessing a position.
struct UnplacedItem {
    enum class Kind { Event, Timex };
    Kind kind = Kind::Event;
    QString id;            // event id ("e3") or timex id ("t7")
    QString label;         // event title or the expression's text
    QString value;         // TIMEX3 value, e.g. "XXXX-XX" or "PXW"
    qsizetype start = 0;   // where the text says it (UTF-16 offsets)
    qsizetype end = 0;
    bool operator==(const UnplacedItem &) const = default;
};

} // namespace chronoline
