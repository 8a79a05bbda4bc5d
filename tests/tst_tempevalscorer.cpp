#include "timeml/TempEvalScorer.h"

#include <QTest>

using namespace chronoline;
using namespace Qt::Literals::StringLiterals;

namespace {

Timex tx(qsizetype start, qsizetype end, TimexType type = TimexType::Date, QString value = u"X"_s)
{
    Timex t;
    t.id = u"t%1"_s.arg(start);
    t.start = start;
    t.end = end;
    t.type = type;
    t.value = std::move(value);
    return t;
}

using Pairs = QList<std::tuple<int, int, bool>>;   // gold, system, strict

Pairs pairsOf(const TimexAlignment &a)
{
    Pairs out;
    for (const TimexPair &p : a.pairs)
        out.append({int(p.gold), int(p.system), p.strict});
    return out;
}

QList<int> ints(const std::vector<std::size_t> &v)
{
    return QList<int>(v.begin(), v.end());
}

} // namespace

Q_DECLARE_METATYPE(Timexes)

class TestTempEvalScorer : public QObject {
    Q_OBJECT

private slots:
    void align_data()
    {
        QTest::addColumn<Timexes>("gold");
        QTest::addColumn<Timexes>("system");
        QTest::addColumn<Pairs>("pairs");
        QTest::addColumn<QList<int>>("missed");
        QTest::addColumn<QList<int>>("spurious");

        QTest::newRow("identical") << Timexes{tx(0, 5)} << Timexes{tx(0, 5)}
                                   << Pairs{{0, 0, true}} << QList<int>{} << QList<int>{};
        QTest::newRow("overlap") << Timexes{tx(0, 5)} << Timexes{tx(3, 9)}
                                 << Pairs{{0, 0, false}} << QList<int>{} << QList<int>{};
        QTest::newRow("touching is not overlap") << Timexes{tx(0, 5)} << Timexes{tx(5, 9)}
                                                 << Pairs{} << QList<int>{0} << QList<int>{0};
        QTest::newRow("disjoint") << Timexes{tx(0, 5), tx(10, 12)} << Timexes{tx(20, 25)}
                                  << Pairs{} << QList<int>{0, 1} << QList<int>{0};
        // One long system span over two gold ones matches only one of them:
        // the larger overlap.
        QTest::newRow("one system, two gold") << Timexes{tx(0, 3), tx(4, 12)} << Timexes{tx(0, 12)}
                                              << Pairs{{1, 0, false}} << QList<int>{0} << QList<int>{};
        QTest::newRow("two system, one gold") << Timexes{tx(0, 12)} << Timexes{tx(0, 3), tx(4, 12)}
                                              << Pairs{{0, 1, false}} << QList<int>{} << QList<int>{0};
        // The exact match is taken first even though the overlap pass would
        // have paired gold 0 with the longer system span.
        QTest::newRow("strict first") << Timexes{tx(0, 10), tx(2, 4)} << Timexes{tx(2, 4), tx(0, 9)}
                                      << Pairs{{0, 1, false}, {1, 0, true}} << QList<int>{} << QList<int>{};
        QTest::newRow("duplicate system") << Timexes{tx(0, 5)} << Timexes{tx(0, 5), tx(0, 5)}
                                          << Pairs{{0, 0, true}} << QList<int>{} << QList<int>{1};
        QTest::newRow("empty extent only exact") << Timexes{tx(3, 3), tx(6, 6)} << Timexes{tx(0, 5), tx(6, 6)}
                                                 << Pairs{{1, 1, true}} << QList<int>{0} << QList<int>{0};
        QTest::newRow("unsorted system") << Timexes{tx(0, 4), tx(10, 14)} << Timexes{tx(11, 14), tx(0, 4)}
                                         << Pairs{{0, 1, true}, {1, 0, false}} << QList<int>{} << QList<int>{};
        QTest::newRow("nothing") << Timexes{} << Timexes{} << Pairs{} << QList<int>{} << QList<int>{};
    }

    void align()
    {
        QFETCH(Timexes, gold);
        QFETCH(Timexes, system);
        QFETCH(Pairs, pairs);
        QFETCH(QList<int>, missed);
        QFETCH(QList<int>, spurious);
        const TimexAlignment a = alignTimexes(gold, system);
        QCOMPARE(pairsOf(a), pairs);
        QCOMPARE(ints(a.missed), missed);
        QCOMPARE(ints(a.spurious), spurious);
    }

    // gold: A [0,5) DATE 2001, B [10,20) DURATION P1D, C [30,35) DATE 2002
    // system: A exact, B' [12,20) DATE P1D (overlap, wrong type), D [40,45) spurious
    // strict 1, relaxed 2, type right 1 of 2, value right 2 of 2.
    void handComputedScores()
    {
        const Timexes gold{tx(0, 5, TimexType::Date, u"2001"_s),
                           tx(10, 20, TimexType::Duration, u"P1D"_s),
                           tx(30, 35, TimexType::Date, u"2002"_s)};
        const Timexes system{tx(0, 5, TimexType::Date, u"2001"_s),
                             tx(12, 20, TimexType::Date, u"P1D"_s),
                             tx(40, 45, TimexType::Date, u"2003"_s)};
        TempEvalScorer scorer;
        scorer.addFile(gold, system);
        const TempEvalScores &s = scorer.scores();
        QCOMPARE(s.total.gold, 3);
        QCOMPARE(s.total.system, 3);
        QCOMPARE(s.total.strict, 1);
        QCOMPARE(s.total.relaxed, 2);
        QCOMPARE(s.total.typeCorrect, 1);
        QCOMPARE(s.total.valueCorrect, 2);
        QCOMPARE(s.strict().precision, 1.0 / 3);
        QCOMPARE(s.strict().recall, 1.0 / 3);
        QCOMPARE(s.strict().f1, 1.0 / 3);
        QCOMPARE(s.relaxed().precision, 2.0 / 3);
        QCOMPARE(s.relaxed().f1, 2.0 / 3);
        QCOMPARE(s.typeAccuracy(), 0.5);
        QCOMPARE(s.typeF1(), 1.0 / 3);
        QCOMPARE(s.valueAccuracy(), 1.0);
        QCOMPARE(s.valueF1(), 2.0 / 3);
        QCOMPARE(s.byGoldType.at(TimexType::Date).gold, 2);
        QCOMPARE(s.byGoldType.at(TimexType::Date).relaxed, 1);
        QCOMPARE(s.byGoldType.at(TimexType::Duration).typeCorrect, 0);
    }

    // Precision and recall differ, so F1 is the harmonic mean, not either one:
    // gold 4, system 2, relaxed 2 -> P 1, R 0.5, F1 2/3.
    void harmonicMean()
    {
        TempEvalScorer scorer;
        scorer.addFile({tx(0, 2), tx(4, 6), tx(8, 10), tx(12, 14)}, {tx(0, 2), tx(5, 7)});
        const auto r = scorer.scores().relaxed();
        QCOMPARE(r.precision, 1.0);
        QCOMPARE(r.recall, 0.5);
        QCOMPARE(r.f1, 2.0 / 3);
        QCOMPARE(scorer.scores().strict().f1, 2 * 0.5 * 0.25 / 0.75);
    }

    // Micro-averaging pools counts: file 1 perfect (1 of 1), file 2 all
    // missed (0 of 3). P = 1/1, R = 1/4, F1 = 0.4; a macro average of the
    // per-file recalls would give 0.5 instead.
    void microAveraged()
    {
        TempEvalScorer scorer;
        scorer.addFile({tx(0, 4, TimexType::Date, u"1998"_s)}, {tx(0, 4, TimexType::Date, u"1998"_s)});
        scorer.addFile({tx(0, 4), tx(6, 8), tx(9, 12)}, {});
        const TempEvalScores &s = scorer.scores();
        QCOMPARE(s.files, 2);
        QCOMPARE(s.relaxed().precision, 1.0);
        QCOMPARE(s.relaxed().recall, 0.25);
        QCOMPARE(s.relaxed().f1, 0.4);
        QCOMPARE(s.valueF1(), 0.4);
    }

    void missingSystemFile()
    {
        TempEvalScorer scorer;
        scorer.addFile({tx(0, 4)}, {tx(0, 4)});
        scorer.addMissingSystemFile(u"b.tml"_s, {tx(0, 4), tx(5, 9)});
        const TempEvalScores &s = scorer.scores();
        QCOMPARE(s.files, 2);
        QCOMPARE(s.missingSystemFiles, QStringList{u"b.tml"_s});
        QCOMPARE(s.total.gold, 3);
        QCOMPARE(s.relaxed().recall, 1.0 / 3);
        QCOMPARE(s.relaxed().precision, 1.0);
    }

    // Zero denominators give 0, never NaN and never a perfect score.
    void emptyInputs()
    {
        TempEvalScorer none;
        QCOMPARE(none.scores().relaxed().f1, 0.0);
        QCOMPARE(none.scores().typeAccuracy(), 0.0);
        TempEvalScorer silent;
        silent.addFile({tx(0, 4)}, {});
        QCOMPARE(silent.scores().strict().precision, 0.0);
        QCOMPARE(silent.scores().strict().recall, 0.0);
        QCOMPARE(silent.scores().valueF1(), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestTempEvalScorer)
#include "tst_tempevalscorer.moc"
