#include "LaneLayout.h"

#include <QRandomGenerator>
#include <QTest>

using namespace chronoline;

Q_DECLARE_METATYPE(std::vector<chronoline::LaneSpan>)
Q_DECLARE_METATYPE(std::vector<int>)

class TestLaneLayout : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void layout_data()
    {
        QTest::addColumn<std::vector<LaneSpan>>("spans");
        QTest::addColumn<int>("maxLanes");
        QTest::addColumn<std::vector<int>>("lanes");
        QTest::addColumn<int>("overflow");
        QTest::newRow("apart share a lane") << std::vector<LaneSpan>{{0, 10, 0}, {20, 30, 0}, {40, 50, 0}} << 4
                                            << std::vector<int>{0, 0, 0} << 0;
        QTest::newRow("gap counts") << std::vector<LaneSpan>{{0, 10, 0}, {14, 30, 0}} << 4
                                    << std::vector<int>{0, 1} << 0;
        QTest::newRow("exactly the gap") << std::vector<LaneSpan>{{0, 10, 0}, {15, 30, 0}} << 4
                                         << std::vector<int>{0, 0} << 0;
        QTest::newRow("stack") << std::vector<LaneSpan>{{0, 100, 0}, {10, 20, 0}, {30, 40, 0}, {50, 60, 0}} << 4
                               << std::vector<int>{0, 1, 1, 1} << 0;
        QTest::newRow("order of input does not matter")
            << std::vector<LaneSpan>{{50, 60, 0}, {0, 100, 0}, {30, 40, 0}} << 4 << std::vector<int>{1, 0, 1} << 0;
        QTest::newRow("overflow") << std::vector<LaneSpan>{{0, 10, 0}, {0, 10, 0}, {0, 10, 0}} << 2
                                  << std::vector<int>{0, 1, -1} << 1;
        // The key event keeps its place even though it comes later in time.
        QTest::newRow("priority wins the room")
            << std::vector<LaneSpan>{{0, 50, 0}, {20, 40, 3}} << 1 << std::vector<int>{-1, 0} << 1;
        QTest::newRow("lower priority fills the gaps")
            << std::vector<LaneSpan>{{0, 10, 3}, {100, 110, 3}, {30, 60, 0}, {50, 95, 0}} << 1
            << std::vector<int>{0, 0, 0, -1} << 1;
        QTest::newRow("no lanes") << std::vector<LaneSpan>{{0, 10, 0}} << 0 << std::vector<int>{-1} << 1;
        QTest::newRow("nothing") << std::vector<LaneSpan>{} << 3 << std::vector<int>{} << 0;
    }
    void layout()
    {
        QFETCH(std::vector<LaneSpan>, spans);
        QFETCH(int, maxLanes);
        QFETCH(std::vector<int>, lanes);
        QFETCH(int, overflow);
        const LaneAssignment a = layoutLanes(spans, maxLanes, 5);
        QCOMPARE(a.lanes, lanes);
        QCOMPARE(a.overflow, overflow);
    }

    // Whatever the input, no two spans in a lane come within the gap, and with
    // one priority the lanes used are the fewest possible (the deepest overlap).
    void randomSpansNeverOverlap()
    {
        QRandomGenerator rng(42);
        for (int round = 0; round < 50; ++round) {
            std::vector<LaneSpan> spans;
            for (int i = 0; i < 200; ++i) {
                const double x0 = rng.bounded(2000);
                spans.push_back({x0, x0 + 5 + rng.bounded(150), round % 2 ? int(rng.bounded(4)) : 0});
            }
            const double gap = 6;
            const LaneAssignment a = layoutLanes(spans, 400, gap);
            QCOMPARE(a.overflow, 0);
            for (size_t i = 0; i < spans.size(); ++i) {
                for (size_t j = i + 1; j < spans.size(); ++j) {
                    if (a.lanes[i] != a.lanes[j])
                        continue;
                    const bool apart = spans[i].x1 + gap <= spans[j].x0 || spans[j].x1 + gap <= spans[i].x0;
                    QVERIFY2(apart, qPrintable(QStringLiteral("round %1: spans %2 and %3").arg(round).arg(i).arg(j)));
                }
            }
            if (round % 2 == 0) {
                int deepest = 0;
                for (const LaneSpan &s : spans) {
                    int depth = 0;
                    for (const LaneSpan &t : spans)
                        depth += t.x0 <= s.x0 && s.x0 < t.x1 + gap;
                    deepest = std::max(deepest, depth);
                }
                QCOMPARE(a.laneCount, deepest);
            }
        }
    }
};

QTEST_APPLESS_MAIN(TestLaneLayout)
#include "tst_lanelayout.moc"
