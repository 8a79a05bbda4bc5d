// ValueText builds TIMEX3 values and ids on the stack; it must spell numbers exactly as the
// QString code it replaced did (zero padding after the minus sign, any width, any size) and
// survive texts longer than its fixed buffer.
#include "temporal/ValueText.h"

#include <QtTest>

#include <limits>

using namespace chronoline;
using namespace Qt::StringLiterals;

namespace {
// What the resolver wrote before: the digits, zero padded to `width`, after any minus sign.
QString reference(qint64 v, int width)
{
    const QString digits = QString::number(v < 0 ? -(v + 1) + 1ULL : quint64(v));
    return (v < 0 ? u"-"_s : QString()) + QString(std::max<qsizetype>(0, width - digits.size()), u'0') + digits;
}
}

class TestValueText : public QObject {
    Q_OBJECT
private slots:
    void numbersAsBefore()
    {
        const qint64 values[] = {0, 1, 9, 10, 99, 100, 999, 1000, 2023, 9999, 10000, 123456, -1, -5, -44, -2023,
                                 std::numeric_limits<int>::max(), std::numeric_limits<int>::min(),
                                 std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::min()};
        for (qint64 v : values) {
            for (int width : {1, 2, 3, 4, 6}) {
                ValueText t;
                t.appendNumber(v, width);
                QCOMPARE(t.toString(), reference(v, width));
            }
        }
    }

    void piecesInOrder()
    {
        ValueText t;
        t.append("XXXX");
        t.append(u'-');
        t.appendNumber(3, 2);
        t.append(u"-WE"_s);
        QCOMPARE(t.toString(), u"XXXX-03-WE"_s);
    }

    void growsPastItsBuffer()
    {
        const QString word = QString(300, u'a');
        ValueText t;
        t.append(u'P');
        t.append(word);
        t.appendNumber(42);
        QCOMPARE(t.toString(), u"P"_s + word + u"42"_s);
    }
};

QTEST_GUILESS_MAIN(TestValueText)
#include "tst_valuetext.moc"
