#pragma once

#include <QDate>

namespace chronoline {

// A day as a QDate together with its year, month and day numbers, worked out once: a QDate
// converts from its Julian day number at every year() or month(), and the resolver asks for
// the reference day's year and month again and again. An invalid day has numbers 0, as
// QDate gives them.
struct CalendarDay {
    QDate date;
    int year = 0;
    int month = 0;
    int day = 0;

    CalendarDay() = default;
    explicit CalendarDay(QDate d) : date(d) { d.getDate(&year, &month, &day); }
    // The same as CalendarDay(QDate(y, m, d)), without converting back: a valid QDate made
    // from numbers gives those numbers back.
    static CalendarDay of(int y, int m, int d)
    {
        CalendarDay c;
        c.date = QDate(y, m, d);
        if (c.date.isValid()) {
            c.year = y;
            c.month = m;
            c.day = d;
        }
        return c;
    }
    bool isValid() const { return date.isValid(); }
};

} // namespace chronoline
