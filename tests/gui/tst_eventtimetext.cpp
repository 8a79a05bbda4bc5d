#include "TestEvents.h"

#include "timeline/EventTimeText.h"
#include "timeline/Granularity.h"

#include <QTest>

using namespace chronoline;
using chronoline::test::makeEvent;

Q_DECLARE_METATYPE(chronoline::Granularity)
Q_DECLARE_METATYPE(chronoline::Event)

// How a reader is told when an event happens, at the precision the text gave.
class TestEventTimeText : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void granularity_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<Granularity>("granularity");
        QTest::newRow("century") << QStringLiteral("19") << Granularity::Century;
        QTest::newRow("decade") << QStringLiteral("199") << Granularity::Decade;
        QTest::newRow("year") << QStringLiteral("2023") << Granularity::Year;
        QTest::newRow("BC year") << QStringLiteral("BC0044") << Granularity::Year;
        QTest::newRow("half") << QStringLiteral("2023-H1") << Granularity::Half;
        QTest::newRow("quarter") << QStringLiteral("2023-Q3") << Granularity::Quarter;
        QTest::newRow("season") << QStringLiteral("2023-SU") << Granularity::Season;
        QTest::newRow("month") << QStringLiteral("2023-03") << Granularity::Month;
        QTest::newRow("week") << QStringLiteral("2023-W12") << Granularity::Week;
        QTest::newRow("weekend") << QStringLiteral("2023-W12-WE") << Granularity::Weekend;
        QTest::newRow("day") << QStringLiteral("2023-03-14") << Granularity::Day;
        QTest::newRow("evening") << QStringLiteral("2023-03-14TEV") << Granularity::PartOfDay;
        QTest::newRow("time") << QStringLiteral("2023-03-14T15:40") << Granularity::Time;
        QTest::newRow("duration") << QStringLiteral("P5Y") << Granularity::Unknown;
        QTest::newRow("vague duration") << QStringLiteral("PXW") << Granularity::Unknown;
        QTest::newRow("unresolved") << QStringLiteral("XXXX-09-09") << Granularity::Unknown;
        QTest::newRow("present") << QStringLiteral("PRESENT_REF") << Granularity::Unknown;
        QTest::newRow("empty") << QString() << Granularity::Unknown;
    }
    void granularity()
    {
        QFETCH(QString, value);
        QFETCH(Granularity, granularity);
        QCOMPARE(granularityOfValue(value), granularity);
    }

    void text_data()
    {
        QTest::addColumn<Event>("event");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("vague");   // a structured start and end would misstate it
        QTest::newRow("day") << makeEvent("e", "t", "2023-03-21", "2023-03-21", "2023-03-22")
                             << QStringLiteral("21 Mar 2023") << false;
        QTest::newRow("week") << makeEvent("e", "t", "2023-W12", "2023-03-20", "2023-03-27")
                              << QStringLiteral("week 12, 2023") << true;
        QTest::newRow("month") << makeEvent("e", "t", "2023-02", "2023-02-01", "2023-03-01")
                               << QStringLiteral("Feb 2023") << false;
        QTest::newRow("quarter") << makeEvent("e", "t", "2026-Q4", "2026-10-01", "2027-01-01")
                                 << QStringLiteral("Q4 2026") << true;
        QTest::newRow("season") << makeEvent("e", "t", "2023-SU", "2023-06-01", "2023-09-01")
                                << QStringLiteral("summer 2023") << true;
        QTest::newRow("year") << makeEvent("e", "t", "2022", "2022-01-01", "2023-01-01")
                              << QStringLiteral("2022") << false;
        QTest::newRow("decade") << makeEvent("e", "t", "199", "1990-01-01", "2000-01-01")
                                << QStringLiteral("1990s") << true;
        QTest::newRow("range in a month") << makeEvent("e", "t", "2023-09-09", "2023-09-09", "2023-09-11")
                                          << QStringLiteral("9\u201310 Sep 2023") << false;
        QTest::newRow("range over months") << makeEvent("e", "t", "2023-02-27", "2023-02-27", "2023-03-04")
                                           << QStringLiteral("27 Feb \u2013 3 Mar 2023") << false;
        QTest::newRow("before a month") << makeEvent("e", "t", "2023-02", nullptr, "2023-02-01", "BEFORE")
                                        << QStringLiteral("before Feb 2023") << true;
        QTest::newRow("after a day") << makeEvent("e", "t", "2023-03-13", "2023-03-14", nullptr, "AFTER")
                                     << QStringLiteral("after 13 Mar 2023") << true;
        QTest::newRow("approximate year") << makeEvent("e", "t", "2022", "2022-01-01", "2023-01-01", "APPROX")
                                          << QStringLiteral("about 2022") << true;
        QTest::newRow("late year") << makeEvent("e", "t", "2028", "2028-09-01", "2029-01-01", "END")
                                   << QStringLiteral("late 2028") << true;
        QTest::newRow("recent weeks") << makeEvent("e", "t", "PXW", nullptr, "2023-03-15")
                                      << QStringLiteral("until 14 Mar 2023") << true;
        QTest::newRow("evening") << makeEvent("e", "t", "2023-03-14TEV", "2023-03-14", "2023-03-15")
                                 << QStringLiteral("14 Mar 2023 evening") << true;
        QTest::newRow("clock time") << makeEvent("e", "t", "2023-03-14T15:40", "2023-03-14", "2023-03-15")
                                    << QStringLiteral("14 Mar 2023 15:40") << false;
        QTest::newRow("no interval") << makeEvent("e", "t", "XXXX-09-09", nullptr, nullptr)
                                     << QStringLiteral("unplaced (XXXX-09-09)") << true;
    }
    void text()
    {
        QFETCH(Event, event);
        QFETCH(QString, text);
        QFETCH(bool, vague);
        QCOMPARE(eventTimeText(event), text);
        QCOMPARE(isVagueTime(event), vague);
    }
};

QTEST_APPLESS_MAIN(TestEventTimeText)
#include "tst_eventtimetext.moc"
