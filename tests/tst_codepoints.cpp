#include "text/CodePoints.h"

#include <QTest>

using namespace chronoline;
using namespace Qt::Literals::StringLiterals;

class TestCodePoints : public QObject {
    Q_OBJECT

private slots:
    void toCodePoints_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("utf16");
        QTest::addColumn<int>("codePoint");
        const QString ascii = u"March 3"_s;
        const QString emoji = u"\U0001F600 May 1"_s;               // 2 units, then " May 1"
        const QString two = u"a\U0001F1FA\U0001F1F8b"_s;            // flag: two non-BMP code points
        QTest::newRow("ascii start") << ascii << 0 << 0;
        QTest::newRow("ascii middle") << ascii << 6 << 6;
        QTest::newRow("ascii end") << ascii << 7 << 7;
        QTest::newRow("before emoji") << emoji << 0 << 0;
        QTest::newRow("inside emoji") << emoji << 1 << 0;
        QTest::newRow("after emoji") << emoji << 2 << 1;
        QTest::newRow("May") << emoji << 3 << 2;
        QTest::newRow("end") << emoji << 8 << 7;
        QTest::newRow("after first flag half") << two << 3 << 2;
        QTest::newRow("b") << two << 5 << 3;
        QTest::newRow("past end clamps") << emoji << 99 << 7;
        QTest::newRow("negative clamps") << emoji << -4 << 0;
        QTest::newRow("lone high surrogate is one code point")
            << QString(u"a"_s + QChar(0xD83D) + u"b"_s) << 2 << 2;
    }

    void toCodePoints()
    {
        QFETCH(QString, text);
        QFETCH(int, utf16);
        QFETCH(int, codePoint);
        const CodePointMap map(text);
        QCOMPARE(map.toCodePoints(utf16), codePoint);
    }

    // Agrees with Qt's own UCS-4 conversion on every boundary, both ways.
    void agreesWithToUcs4_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("none") << u"plain text, no surrogates"_s;
        QTest::newRow("mixed") << u"\U0001F600a\U0001D11E\u00e9\U0001F600\U0001F600 z"_s;
        QTest::newRow("only") << u"\U00010000\U0010FFFF"_s;
        QTest::newRow("empty") << QString();
    }

    void agreesWithToUcs4()
    {
        QFETCH(QString, text);
        const CodePointMap map(text);
        QCOMPARE(map.codePointLength(), text.toUcs4().size());
        qsizetype codePoint = 0;
        for (qsizetype i = 0; i <= text.size(); ++i) {
            if (i < text.size() && text[i].isLowSurrogate())
                continue;   // not a boundary
            QCOMPARE(map.toCodePoints(i), codePoint);
            QCOMPARE(map.toUtf16(codePoint), i);
            QCOMPARE(text.left(i).toUcs4().size(), codePoint);
            ++codePoint;
        }
    }
};

QTEST_GUILESS_MAIN(TestCodePoints)
#include "tst_codepoints.moc"
