#pragma once

#include <QString>
#include <QStringView>

namespace chronoline {

// How precisely a TIMEX3 value pins down a time, coarsest first. The viewer
// draws a Day as a point and anything coarser as a bracket over its span.
enum class Granularity {
    Unknown,     // durations, PRESENT_REF, values with X placeholders
    Century,     // "19"
    Decade,      // "199"
    Year,        // "2023", "BC0044"
    Half,        // "2023-H1"
    Quarter,     // "2023-Q3"
    Season,      // "2023-SU"
    Month,       // "2023-03"
    Week,        // "2023-W12"
    Weekend,     // "2023-W12-WE"
    Day,         // "2023-03-14"
    PartOfDay,   // "2023-03-14TEV"
    Time,        // "2023-03-14T15:40"
};

Granularity granularityOfValue(QStringView value);
QString granularityName(Granularity g);   // "day", "week", ...

} // namespace chronoline
