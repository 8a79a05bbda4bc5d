#pragma once

#include <QDate>

// Pure calendar arithmetic, free of any language: ISO weeks, quarters, seasons, Easter,
// "the Nth weekday of a month".
namespace chronoline::datemath {

struct IsoWeek {
    int year = 0;
    int week = 0;
};

IsoWeek isoWeek(QDate date);
QDate mondayOfIsoWeek(int year, int week);
int isoWeeksInYear(int year);
int quarterOf(int month);                     // 1..4
int halfOf(int month);                        // 1..2
QDate westernEaster(int year);                // Gregorian computus
// weekday 1 = Monday .. 7 = Sunday; n >= 1 counts from the start, n < 0 from the end (-1 last).
QDate nthWeekdayOfMonth(int year, int month, int weekday, int n);
// The nearest `weekday` strictly before (direction < 0) or after (direction > 0) `from`.
QDate weekdayFrom(QDate from, int weekday, int direction);
int seasonStartMonth(QStringView season);     // SP 3, SU 6, FA 9, WI 12
// Without a QDate (which converts from its Julian day at every year() or month()), for the
// resolver's inner loops; both agree with QDate's proleptic Gregorian calendar.
int daysInMonth(int year, int month);         // month 1..12, year >= 1
qint64 daysFromCivil(int year, int month, int day);   // a day count: differences are QDate::daysTo
QStringView seasonOfMonth(int month);

} // namespace chronoline::datemath
