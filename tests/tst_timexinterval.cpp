// The calendar span of TIMEX3 values, as the event extractor and the viewer
// place them. One row per value shape and mod; "-" means an open end and
// "none" that the value has no place on the axis.
#include "timeline/TimexInterval.h"

#include <QTest>

using namespace chronoline;
using namespace Qt::StringLiterals;

class TestTimexInterval : public QObject {
    Q_OBJECT

private:
    static QString render(const std::optional<EventInterval> &i)
    {
        if (!i)
            return u"none"_s;
        const auto end = [](const std::optional<QDate> &d) {
            // ISO format prints nothing for BC years, so spell them out.
            if (!d)
                return u"-"_s;
            return d->year() < 0 ? QString::asprintf("-%04d-%02d-%02d", -d->year(), d->month(), d->day())
                                 : d->toString(Qt::ISODate);
        };
        return end(i->start) + u".." + end(i->end);
    }

private slots:
    void values_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("mod");
        QTest::addColumn<QString>("expected");

        // Granularities, coarsest first.
        QTest::newRow("century") << u"19"_s << QString() << u"1900-01-01..2000-01-01"_s;
        QTest::newRow("century 21st") << u"20"_s << QString() << u"2000-01-01..2100-01-01"_s;
        QTest::newRow("decade") << u"199"_s << QString() << u"1990-01-01..2000-01-01"_s;
        QTest::newRow("year") << u"2022"_s << QString() << u"2022-01-01..2023-01-01"_s;
        QTest::newRow("BC year") << u"BC0044"_s << QString() << u"-0044-01-01..-0043-01-01"_s;
        QTest::newRow("half 1") << u"2023-H1"_s << QString() << u"2023-01-01..2023-07-01"_s;
        QTest::newRow("half 2") << u"2023-H2"_s << QString() << u"2023-07-01..2024-01-01"_s;
        QTest::newRow("quarter 1") << u"2023-Q1"_s << QString() << u"2023-01-01..2023-04-01"_s;
        QTest::newRow("quarter 3") << u"2026-Q3"_s << QString() << u"2026-07-01..2026-10-01"_s;
        QTest::newRow("quarter 4") << u"2026-Q4"_s << QString() << u"2026-10-01..2027-01-01"_s;
        QTest::newRow("spring") << u"2023-SP"_s << QString() << u"2023-03-01..2023-06-01"_s;
        QTest::newRow("summer") << u"2023-SU"_s << QString() << u"2023-06-01..2023-09-01"_s;
        QTest::newRow("fall") << u"2023-FA"_s << QString() << u"2023-09-01..2023-12-01"_s;
        QTest::newRow("winter spans new year") << u"2023-WI"_s << QString() << u"2023-12-01..2024-03-01"_s;
        QTest::newRow("month") << u"2023-02"_s << QString() << u"2023-02-01..2023-03-01"_s;
        QTest::newRow("month december") << u"2023-12"_s << QString() << u"2023-12-01..2024-01-01"_s;
        QTest::newRow("month leap february") << u"2024-02"_s << QString() << u"2024-02-01..2024-03-01"_s;
        QTest::newRow("iso week 12") << u"2023-W12"_s << QString() << u"2023-03-20..2023-03-27"_s;
        QTest::newRow("iso week 10") << u"2023-W10"_s << QString() << u"2023-03-06..2023-03-13"_s;
        QTest::newRow("iso week 1 starts in december") << u"2025-W01"_s << QString()
                                                       << u"2024-12-30..2025-01-06"_s;
        QTest::newRow("iso week 53") << u"2020-W53"_s << QString() << u"2020-12-28..2021-01-04"_s;
        QTest::newRow("no week 53 in 2023") << u"2023-W53"_s << QString() << u"none"_s;
        QTest::newRow("weekend") << u"2023-W12-WE"_s << QString() << u"2023-03-25..2023-03-27"_s;
        QTest::newRow("iso week day") << u"2023-W12-2"_s << QString() << u"2023-03-21..2023-03-22"_s;
        QTest::newRow("day") << u"2023-03-21"_s << QString() << u"2023-03-21..2023-03-22"_s;
        QTest::newRow("day end of year") << u"2023-12-31"_s << QString() << u"2023-12-31..2024-01-01"_s;
        QTest::newRow("part of day") << u"2023-03-14TEV"_s << QString() << u"2023-03-14..2023-03-15"_s;
        QTest::newRow("clock time") << u"2023-03-14T15:40"_s << QString() << u"2023-03-14..2023-03-15"_s;

        // Unknown parts.
        QTest::newRow("unknown day") << u"2023-03-XX"_s << QString() << u"2023-03-01..2023-04-01"_s;
        QTest::newRow("unknown month and day") << u"2023-XX-XX"_s << QString() << u"2023-01-01..2024-01-01"_s;
        QTest::newRow("unknown year") << u"XXXX-09-09"_s << QString() << u"none"_s;
        QTest::newRow("unknown week") << u"2023-WXX"_s << QString() << u"none"_s;
        QTest::newRow("invalid day") << u"2023-02-30"_s << QString() << u"none"_s;
        QTest::newRow("invalid month") << u"2023-13"_s << QString() << u"none"_s;

        // Values with no place of their own.
        QTest::newRow("duration") << u"P5Y"_s << QString() << u"none"_s;
        QTest::newRow("vague duration") << u"PXW"_s << QString() << u"none"_s;
        QTest::newRow("set") << u"XXXX-WXX-2"_s << QString() << u"none"_s;
        QTest::newRow("past ref without reference") << u"PAST_REF"_s << QString() << u"none"_s;
        QTest::newRow("empty") << QString() << QString() << u"none"_s;

        // Mods.
        QTest::newRow("before month") << u"2023-02"_s << u"BEFORE"_s << u"-..2023-02-01"_s;
        QTest::newRow("on or before month") << u"2023-02"_s << u"ON_OR_BEFORE"_s << u"-..2023-03-01"_s;
        QTest::newRow("after year") << u"2022"_s << u"AFTER"_s << u"2023-01-01..-"_s;
        QTest::newRow("on or after day") << u"2023-03-13"_s << u"ON_OR_AFTER"_s << u"2023-03-13..-"_s;
        QTest::newRow("start of year") << u"2023"_s << u"START"_s << u"2023-01-01..2023-05-02"_s;
        QTest::newRow("mid year") << u"2023"_s << u"MID"_s << u"2023-05-02..2023-09-02"_s;
        QTest::newRow("end of year") << u"2023"_s << u"END"_s << u"2023-09-02..2024-01-01"_s;
        QTest::newRow("early march") << u"2023-03"_s << u"START"_s << u"2023-03-01..2023-03-11"_s;
        QTest::newRow("late 1990s") << u"199"_s << u"END"_s << u"1996-09-01..2000-01-01"_s;
        QTest::newRow("start of a day stays the day") << u"2023-03-14"_s << u"START"_s
                                                      << u"2023-03-14..2023-03-15"_s;
        QTest::newRow("approx changes nothing") << u"2022"_s << u"APPROX"_s << u"2022-01-01..2023-01-01"_s;
        QTest::newRow("duration mod on a date") << u"2022"_s << u"MORE_THAN"_s
                                                << u"2022-01-01..2023-01-01"_s;
    }

    void values()
    {
        QFETCH(QString, value);
        QFETCH(QString, mod);
        QFETCH(QString, expected);
        QCOMPARE(render(intervalForValue(value, mod)), expected);
    }

    void references_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("mod");
        QTest::addColumn<QString>("expected");
        QTest::newRow("present") << u"PRESENT_REF"_s << QString() << u"2023-03-14..2023-03-15"_s;
        QTest::newRow("past") << u"PAST_REF"_s << QString() << u"-..2023-03-14"_s;
        QTest::newRow("future") << u"FUTURE_REF"_s << QString() << u"2023-03-15..-"_s;
        QTest::newRow("dates ignore the reference") << u"2023-W12"_s << QString()
                                                    << u"2023-03-20..2023-03-27"_s;
        QTest::newRow("durations still none") << u"P2Y"_s << QString() << u"none"_s;
    }

    void references()
    {
        QFETCH(QString, value);
        QFETCH(QString, mod);
        QFETCH(QString, expected);
        QCOMPARE(render(intervalForValue(value, mod, QDate(2023, 3, 14))), expected);
    }

    void windows_data()
    {
        QTest::addColumn<QString>("duration");
        QTest::addColumn<QString>("expected");
        QTest::newRow("recent weeks") << u"PXW"_s << u"-..2023-03-15"_s;
        QTest::newRow("past two years") << u"P2Y"_s << u"2021-03-14..2023-03-15"_s;
        QTest::newRow("past three months") << u"P3M"_s << u"2022-12-14..2023-03-15"_s;
        QTest::newRow("past week") << u"P1W"_s << u"2023-03-07..2023-03-15"_s;
        QTest::newRow("past ten days") << u"P10D"_s << u"2023-03-04..2023-03-15"_s;
        QTest::newRow("past decade") << u"P1DE"_s << u"2013-03-14..2023-03-15"_s;
        QTest::newRow("past year and a half") << u"P1.5Y"_s << u"2021-09-14..2023-03-15"_s;
        QTest::newRow("past 48 hours") << u"PT48H"_s << u"2023-03-12..2023-03-15"_s;
        QTest::newRow("past hour") << u"PT1H"_s << u"2023-03-14..2023-03-15"_s;
        QTest::newRow("not a duration") << u"2023-03"_s << u"none"_s;
        QTest::newRow("unknown unit") << u"P2Z"_s << u"none"_s;
    }

    void windows()
    {
        QFETCH(QString, duration);
        QFETCH(QString, expected);
        QCOMPARE(render(intervalEndingAt(duration, QDate(2023, 3, 14))), expected);
    }
};

QTEST_APPLESS_MAIN(TestTimexInterval)
#include "tst_timexinterval.moc"
