#include "TestEvents.h"
#include "TimelineItem.h"

#include <QTest>

using namespace chronoline;
using chronoline::test::makeEvent;

Q_DECLARE_METATYPE(chronoline::Event)
Q_DECLARE_METATYPE(chronoline::ItemShape)

// How each kind of time an article gives is drawn.
class TestTimelineItem : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void shape_data()
    {
        QTest::addColumn<Event>("event");
        QTest::addColumn<ItemShape>("shape");
        QTest::addColumn<double>("startOffset");   // from midnight of the interval's first day
        QTest::addColumn<double>("length");        // days
        QTest::addColumn<bool>("openStart");
        QTest::addColumn<bool>("openEnd");
        QTest::addColumn<bool>("approx");
        QTest::newRow("a day is a point at noon")
            << makeEvent("e1", "Sullivan said", "2023-03-13", "2023-03-13", "2023-03-14") << ItemShape::Point
            << 0.5 << 0.0 << false << false << false;
        QTest::newRow("a clock time is a point at that time")
            << makeEvent("e1", "Attack", "2023-03-14T15:36", "2023-03-14", "2023-03-15") << ItemShape::Point
            << 0.65 << 0.0 << false << false << false;
        QTest::newRow("an evening is a bracket over the evening")
            << makeEvent("e1", "Speech", "2023-03-14TEV", "2023-03-14", "2023-03-15") << ItemShape::Bracket
            << 0.75 << 0.25 << false << false << false;
        QTest::newRow("a week is a bracket")
            << makeEvent("e1", "Trip", "2023-W12", "2023-03-20", "2023-03-27") << ItemShape::Bracket << 0.0
            << 7.0 << false << false << false;
        QTest::newRow("a month is a bracket")
            << makeEvent("e1", "Proposal", "2023-02", "2023-02-01", "2023-03-01") << ItemShape::Bracket << 0.0
            << 28.0 << false << false << false;
        QTest::newRow("a season is a bracket")
            << makeEvent("e1", "Talks", "2023-SU", "2023-06-01", "2023-09-01") << ItemShape::Bracket << 0.0
            << 92.0 << false << false << false;
        QTest::newRow("a year is a bracket")
            << makeEvent("e1", "Invasion", "2022", "2022-01-01", "2023-01-01") << ItemShape::Bracket << 0.0
            << 365.0 << false << false << false;
        QTest::newRow("a range of days is a bar")
            << makeEvent("e1", "G20 summit", "2023-09-09", "2023-09-09", "2023-09-11") << ItemShape::Bar << 0.0
            << 2.0 << false << false << false;
        QTest::newRow("before is open at the start")
            << makeEvent("e1", "Balloon", "2023-02", nullptr, "2023-02-01", "BEFORE") << ItemShape::Bracket
            << 0.0 << 0.0 << true << false << false;
        QTest::newRow("after is open at the end")
            << makeEvent("e1", "Talks", "2023-03-13", "2023-03-14", nullptr, "AFTER") << ItemShape::Bar << 0.0
            << 0.0 << false << true << false;
        QTest::newRow("approx has soft edges")
            << makeEvent("e1", "Around", "2022", "2022-01-01", "2023-01-01", "APPROX") << ItemShape::Bracket
            << 0.0 << 365.0 << false << false << true;
    }
    void shape()
    {
        QFETCH(Event, event);
        QFETCH(ItemShape, shape);
        QFETCH(double, startOffset);
        QFETCH(double, length);
        QFETCH(bool, openStart);
        QFETCH(bool, openEnd);
        QFETCH(bool, approx);
        const TimelineItem item = TimelineItem::fromEvent(event, 7);
        QCOMPARE(item.row, 7);
        QCOMPARE(item.shape, shape);
        const QDate first = event.interval->start ? *event.interval->start : *event.interval->end;
        QVERIFY(qAbs(item.start - (dayNumber(first) + startOffset)) < 1e-3);
        QVERIFY(qAbs((item.end - item.start) - length) < 1e-3);
        QCOMPARE(item.openStart, openStart);
        QCOMPARE(item.openEnd, openEnd);
        QCOMPARE(item.approx, approx);
    }

    void flags()
    {
        Event e = makeEvent("e1", "Xi to visit Moscow", "2023-03-21", "2023-03-21", "2023-03-22");
        e.status = EventStatus::Expected;
        e.certainty = Certainty::Inferred;
        const TimelineItem item = TimelineItem::fromEvent(e, 0);
        QVERIFY(item.expected);
        QVERIFY(item.inferred);
        QVERIFY(!item.ongoing);
        QCOMPARE(item.label, e.title);
        QCOMPARE(item.id, e.id);
    }

    void noIntervalIsNotAnItem()
    {
        const Event e = makeEvent("e1", "Arms accusations", "PXW", nullptr, nullptr);
        QCOMPARE(TimelineItem::fromEvent(e, 3).row, -1);
    }
};

QTEST_APPLESS_MAIN(TestTimelineItem)
#include "tst_timelineitem.moc"
