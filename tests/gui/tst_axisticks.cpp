#include "AxisTicks.h"
#include "TimelineItem.h"

#include <QTest>

using namespace chronoline;

Q_DECLARE_METATYPE(chronoline::TickStep)

namespace {

// A monospaced stand-in for font metrics: 7 px a character. Real fonts go
// through the same code; a fixed measure keeps the rows exact.
double width7(const QString &s)
{
    return 7.0 * s.size();
}

QString stepName(TickStep s)
{
    static const char *units[] = {"hour", "day", "week", "month", "year"};
    return QString::number(s.count) + u' ' + QLatin1String(units[int(s.unit)]);
}

double day(int y, int m, int d)
{
    return dayNumber(QDate(y, m, d));
}

} // namespace

class TestAxisTicks : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // From millennia down to hours: the span shown over 1000 px decides the
    // step, the finest whose labels (7 px a character, 12 px apart) fit.
    void step_data()
    {
        QTest::addColumn<double>("from");
        QTest::addColumn<double>("to");
        QTest::addColumn<TickStep>("step");
        QTest::addColumn<QString>("firstLabel");
        QTest::addColumn<QString>("context");
        QTest::newRow("six hours") << day(2023, 3, 14) + 0.25 << day(2023, 3, 14) + 0.5
                                   << TickStep{TickUnit::Hour, 1} << QStringLiteral("06:00")
                                   << QStringLiteral("Tue 14 March 2023");
        QTest::newRow("three days") << day(2023, 3, 13) << day(2023, 3, 16) << TickStep{TickUnit::Hour, 6}
                                    << QStringLiteral("00:00") << QStringLiteral("Mon 13 March 2023");
        QTest::newRow("a month") << day(2023, 3, 1) << day(2023, 4, 1) << TickStep{TickUnit::Day, 1}
                                 << QStringLiteral("1") << QStringLiteral("March 2023");
        // Days would need 19 px each; weeks have 77.
        QTest::newRow("a quarter") << day(2023, 1, 2) << day(2023, 4, 3) << TickStep{TickUnit::Week, 1}
                                   << QStringLiteral("2") << QStringLiteral("January 2023");
        QTest::newRow("half a year") << day(2023, 1, 2) << day(2023, 7, 1) << TickStep{TickUnit::Week, 1}
                                     << QStringLiteral("2") << QStringLiteral("January 2023");
        QTest::newRow("two years") << day(2022, 1, 1) << day(2024, 1, 1) << TickStep{TickUnit::Month, 1}
                                   << QStringLiteral("Jan") << QStringLiteral("2022");
        QTest::newRow("a decade") << day(2010, 1, 1) << day(2020, 1, 1) << TickStep{TickUnit::Month, 6}
                                  << QStringLiteral("Jan") << QStringLiteral("2010");
        QTest::newRow("forty years") << day(1980, 1, 1) << day(2020, 1, 1) << TickStep{TickUnit::Year, 2}
                                     << QStringLiteral("1980") << QString();
        QTest::newRow("two centuries") << day(1800, 1, 1) << day(2000, 1, 1) << TickStep{TickUnit::Year, 10}
                                       << QStringLiteral("1800") << QString();
        QTest::newRow("three millennia") << day(-1000, 1, 1) << day(2000, 1, 1)
                                         << TickStep{TickUnit::Year, 200} << QStringLiteral("1000 BC")
                                         << QString();
    }
    void step()
    {
        QFETCH(double, from);
        QFETCH(double, to);
        QFETCH(TickStep, step);
        QFETCH(QString, firstLabel);
        QFETCH(QString, context);
        const TimeScale scale(from, 1000 / (to - from), 1000);
        const AxisTicks ticks = axisTicks(scale, width7, 12);
        QCOMPARE(stepName(ticks.step), stepName(step));
        QVERIFY(!ticks.ticks.empty());
        QCOMPARE(ticks.ticks.front().label, firstLabel);
        QCOMPARE(ticks.context.empty() ? QString() : ticks.context.front().label, context);
    }

    // The promise of the axis: at any zoom, no label runs into the next.
    void labelsNeverOverlap()
    {
        TimeScale scale(day(2023, 3, 14), TimeScale::MaxPixelsPerDay, 1000);
        int steps = 0;
        while (scale.pixelsPerDay() > TimeScale::MinPixelsPerDay * 1.01) {
            const AxisTicks ticks = axisTicks(scale, width7, 12);
            for (size_t i = 1; i < ticks.ticks.size(); ++i) {
                const double room = scale.x(ticks.ticks[i].day) - scale.x(ticks.ticks[i - 1].day);
                QVERIFY2(width7(ticks.ticks[i - 1].label) + 12 <= room,
                         qPrintable(QStringLiteral("%1 and %2 at %3 px/day")
                                        .arg(ticks.ticks[i - 1].label, ticks.ticks[i].label)
                                        .arg(scale.pixelsPerDay())));
            }
            QVERIFY(ticks.ticks.size() < 200);
            scale = scale.zoomedAbout(500, 1 / 1.25);
            ++steps;
        }
        QVERIFY(steps > 50);
    }

    void tickDays_data()
    {
        QTest::addColumn<TickStep>("step");
        QTest::addColumn<double>("from");
        QTest::addColumn<double>("to");
        QTest::addColumn<QList<double>>("expected");
        QTest::newRow("weeks start on Monday")
            << TickStep{TickUnit::Week, 1} << day(2023, 3, 15) << day(2023, 3, 28)
            << QList<double>{day(2023, 3, 13), day(2023, 3, 20), day(2023, 3, 27)};
        QTest::newRow("quarters") << TickStep{TickUnit::Month, 3} << day(2023, 2, 10) << day(2023, 8, 1)
                                  << QList<double>{day(2023, 1, 1), day(2023, 4, 1), day(2023, 7, 1)};
        QTest::newRow("decades") << TickStep{TickUnit::Year, 10} << day(1995, 6, 1) << day(2021, 1, 1)
                                 << QList<double>{day(1990, 1, 1), day(2000, 1, 1), day(2010, 1, 1),
                                                  day(2020, 1, 1)};
        QTest::newRow("six hours") << TickStep{TickUnit::Hour, 6} << day(2023, 3, 14) + 0.1
                                   << day(2023, 3, 14) + 0.6
                                   << QList<double>{day(2023, 3, 14), day(2023, 3, 14) + 0.25,
                                                    day(2023, 3, 14) + 0.5};
        QTest::newRow("empty range") << TickStep{TickUnit::Day, 1} << 10.0 << 5.0 << QList<double>{};
    }
    void tickDays()
    {
        QFETCH(TickStep, step);
        QFETCH(double, from);
        QFETCH(double, to);
        QFETCH(QList<double>, expected);
        const std::vector<double> days = chronoline::tickDays(step, from, to);
        QCOMPARE(QList<double>(days.begin(), days.end()), expected);
    }
};

QTEST_APPLESS_MAIN(TestAxisTicks)
#include "tst_axisticks.moc"
