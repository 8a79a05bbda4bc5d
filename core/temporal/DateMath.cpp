#include "temporal/DateMath.h"

namespace chronoline::datemath {

IsoWeek isoWeek(QDate date)
{
    int year = 0;
    const int week = date.weekNumber(&year);
    return {year, week};
}

QDate mondayOfIsoWeek(int year, int week)
{
    // January 4th is always in ISO week 1.
    const QDate jan4(year, 1, 4);
    const QDate monday1 = jan4.addDays(1 - jan4.dayOfWeek());
    return monday1.addDays(7 * (week - 1));
}

int isoWeeksInYear(int year)
{
    return isoWeek(QDate(year, 12, 28)).week;
}

int quarterOf(int month) { return (month - 1) / 3 + 1; }
int halfOf(int month) { return month <= 6 ? 1 : 2; }

QDate westernEaster(int year)
{
    // The anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

QDate nthWeekdayOfMonth(int year, int month, int weekday, int n)
{
    if (n > 0) {
        const QDate first(year, month, 1);
        const int shift = (weekday - first.dayOfWeek() + 7) % 7;
        const QDate result = first.addDays(shift + 7 * (n - 1));
        return result.month() == month ? result : QDate();
    }
    const QDate last = QDate(year, month, 1).addMonths(1).addDays(-1);
    const int shift = (last.dayOfWeek() - weekday + 7) % 7;
    const QDate result = last.addDays(-shift - 7 * (-n - 1));
    return result.month() == month ? result : QDate();
}

QDate weekdayFrom(QDate from, int weekday, int direction)
{
    if (direction < 0) {
        int back = (from.dayOfWeek() - weekday + 7) % 7;
        return from.addDays(-(back == 0 ? 7 : back));
    }
    int ahead = (weekday - from.dayOfWeek() + 7) % 7;
    return from.addDays(ahead == 0 ? 7 : ahead);
}

int daysInMonth(int year, int month)
{
    static constexpr int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

qint64 daysFromCivil(int year, int month, int day)
{
    // Days since 1970-01-01 (H. Hinnant's days_from_civil): March starts the computational
    // year, so that February's leap day falls at its end.
    const qint64 y = qint64(year) - (month <= 2 ? 1 : 0);
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yearOfEra = y - era * 400;
    const qint64 dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const qint64 dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

int seasonStartMonth(QStringView season)
{
    if (season == u"SP") return 3;
    if (season == u"SU") return 6;
    if (season == u"FA") return 9;
    return 12;
}

QStringView seasonOfMonth(int month)
{
    if (month >= 3 && month <= 5) return u"SP";
    if (month >= 6 && month <= 8) return u"SU";
    if (month >= 9 && month <= 11) return u"FA";
    return u"WI";
}

} // namespace chronoline::datemath
