#pragma once

#include <QDate>
#include <QString>

namespace chronoline {

// A resolved calendar position at some granularity: the year 1990s, the quarter 2023-Q3, the
// day 2023-03-21 in the evening. It formats itself as a TIMEX3 value; unknown parts print as X.
struct TimePoint {
    enum class Grain { None, Millennium, Century, Decade, Year, Half, Quarter, Season, Month, Week,
                       Weekend, Day, PartOfDay, Hour, Minute };
    Grain grain = Grain::None;
    bool yearKnown = true;
    bool monthKnown = true;
    bool dayKnown = true;
    int year = 0;
    int month = 0;
    int day = 0;
    int week = 0;          // ISO week (its year is `year`)
    int quarter = 0;
    int half = 0;
    int decade = 0;        // 199 for the 1990s
    int century = 0;       // 19 for the 1900s (the 20th century)
    int weekday = 0;       // for "XXXX-WXX-1" with no year known
    QString season;        // SP SU FA WI
    QString partOfDay;     // MO AF EV NI
    int hour = -1;
    int minute = 0;
    bool bc = false;

    bool isValid() const { return grain != Grain::None; }
    QDate date() const { return QDate(year, month, day); }
    static TimePoint ofDay(QDate d);
    QString value() const;
};

} // namespace chronoline
