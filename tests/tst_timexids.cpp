// TimexIds hands out "t1", "t2", ... as views of blocks spelled once; each must read exactly as
// the id it stands for, across block edges and past the last block, and stay '\0'-terminated
// for code that reads constData().
#include "temporal/TimexIds.h"

#include <QtTest>

#include <thread>
#include <vector>

using namespace chronoline;

class TestTimexIds : public QObject {
    Q_OBJECT
private slots:
    void spellsEveryId()
    {
        for (qsizetype n : {1, 2, 9, 10, 4095, 4096, 4097, 8192, 8193, 123456, 4194304, 4194305, 9999999}) {
            const QString id = TimexIds::id(n);
            QCOMPARE(id, QLatin1Char('t') + QString::number(n));
            QCOMPARE(id.constData()[id.size()], QChar(u'\0'));
        }
    }

    void countsUpAcrossDigits()
    {
        // ids are spelled by counting up within a block: 9 -> 10, 99 -> 100, 9999 -> 10000, ...
        for (qsizetype n = 1; n <= 20000; ++n)
            QCOMPARE(TimexIds::id(n), QLatin1Char('t') + QString::number(n));
        for (qsizetype n = 999990; n <= 1000010; ++n)
            QCOMPARE(TimexIds::id(n), QLatin1Char('t') + QString::number(n));
    }

    void sameFromManyThreads()
    {
        // blocks are built on first use: threads racing for a new block see one spelling
        std::vector<std::thread> threads;
        std::vector<int> wrong(4, 0);
        for (int k = 0; k < 4; ++k) {
            threads.emplace_back([k, &wrong] {
                for (qsizetype n = 20000 + k; n < 60000; n += 4)
                    wrong[size_t(k)] += TimexIds::id(n) != QLatin1Char('t') + QString::number(n);
            });
        }
        for (std::thread &t : threads)
            t.join();
        QCOMPARE(wrong, std::vector<int>(4, 0));
    }

    void outlivesCopiesAndEdits()
    {
        QString id = TimexIds::id(77);
        const QString copy = id;
        id += u'x';   // detaches from the block
        QCOMPARE(copy, QStringLiteral("t77"));
        QCOMPARE(TimexIds::id(77), QStringLiteral("t77"));
    }
};

QTEST_GUILESS_MAIN(TestTimexIds)
#include "tst_timexids.moc"
