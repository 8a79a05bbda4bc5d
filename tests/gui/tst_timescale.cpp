#include "TimeScale.h"

#include <QTest>

using namespace chronoline;

// The time-to-pixel mapping as arithmetic: every row states a scale and what
// it must give, so a change to the mapping shows up as a named row.
class TestTimeScale : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void mapping_data()
    {
        QTest::addColumn<double>("start");
        QTest::addColumn<double>("pixelsPerDay");
        QTest::addColumn<double>("day");
        QTest::addColumn<double>("x");
        QTest::newRow("origin") << 100.0 << 2.0 << 100.0 << 0.0;
        QTest::newRow("ten days in") << 100.0 << 2.0 << 110.0 << 20.0;
        QTest::newRow("before the start") << 100.0 << 2.0 << 95.0 << -10.0;
        QTest::newRow("an hour at full zoom") << 0.0 << TimeScale::MaxPixelsPerDay << 1.0 / 24 << 600.0;
        QTest::newRow("a century zoomed out") << 2415021.0 << 0.01 << 2415021.0 + 36525 << 365.25;
    }
    void mapping()
    {
        QFETCH(double, start);
        QFETCH(double, pixelsPerDay);
        QFETCH(double, day);
        QFETCH(double, x);
        const TimeScale s(start, pixelsPerDay, 800);
        QCOMPARE(s.x(day), x);
        QCOMPARE(s.day(x), day);   // and back
    }

    void zoomKeepsAnchor_data()
    {
        QTest::addColumn<double>("anchorX");
        QTest::addColumn<double>("factor");
        QTest::newRow("in at the left edge") << 0.0 << 2.0;
        QTest::newRow("in at the cursor") << 313.0 << 1.25;
        QTest::newRow("out at the right edge") << 800.0 << 0.5;
        QTest::newRow("out a lot") << 400.0 << 1e-3;
    }
    void zoomKeepsAnchor()
    {
        QFETCH(double, anchorX);
        QFETCH(double, factor);
        const TimeScale s(2460000, 4, 800);
        const TimeScale z = s.zoomedAbout(anchorX, factor);
        QCOMPARE(z.pixelsPerDay(), 4 * factor);
        QVERIFY(qAbs(z.day(anchorX) - s.day(anchorX)) < 1e-6);
        QCOMPARE(z.width(), 800.0);
    }

    void zoomIsClamped()
    {
        const TimeScale s(0, 1, 800);
        QCOMPARE(s.zoomedAbout(0, 1e9).pixelsPerDay(), TimeScale::MaxPixelsPerDay);
        QCOMPARE(s.zoomedAbout(0, 1e-12).pixelsPerDay(), TimeScale::MinPixelsPerDay);
        QCOMPARE(s.zoomedAbout(0, 0), s);   // a nonsense factor changes nothing
    }

    void pan()
    {
        const TimeScale s(1000, 10, 800);
        const TimeScale p = s.panned(50);   // content moves right: earlier days come into view
        QCOMPARE(p.startDay(), 995.0);
        QCOMPARE(p.x(1000), 50.0);
        QCOMPARE(p.pixelsPerDay(), 10.0);
    }

    void fitting_data()
    {
        QTest::addColumn<double>("first");
        QTest::addColumn<double>("last");
        QTest::addColumn<double>("margin");
        QTest::addColumn<double>("firstX");
        QTest::addColumn<double>("lastX");
        QTest::newRow("no margin") << 100.0 << 200.0 << 0.0 << 0.0 << 800.0;
        QTest::newRow("margins") << 100.0 << 200.0 << 50.0 << 50.0 << 750.0;
        // A single instant is shown as a day centred on the widget.
        QTest::newRow("one instant") << 100.0 << 100.0 << 0.0 << 400.0 << 400.0;
    }
    void fitting()
    {
        QFETCH(double, first);
        QFETCH(double, last);
        QFETCH(double, margin);
        QFETCH(double, firstX);
        QFETCH(double, lastX);
        const TimeScale s = TimeScale::fitting(first, last, 800, margin);
        QVERIFY(qAbs(s.x(first) - firstX) < 1e-6);
        QVERIFY(qAbs(s.x(last) - lastX) < 1e-6);
        QCOMPARE(s.endDay(), s.day(800));
    }
};

QTEST_APPLESS_MAIN(TestTimeScale)
#include "tst_timescale.moc"
