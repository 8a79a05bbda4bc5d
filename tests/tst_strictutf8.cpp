#include "text/StrictUtf8.h"

#include <QTest>

using namespace chronoline;
using namespace Qt::Literals::StringLiterals;

class TestStrictUtf8 : public QObject {
    Q_OBJECT

private slots:
    void valid_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::newRow("ascii") << QByteArray("On May 1.") << u"On May 1."_s;
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("bom dropped") << QByteArray("\xEF\xBB\xBFhi") << u"hi"_s;
        QTest::newRow("emoji") << QByteArray("\xF0\x9F\x98\x80 x") << u"\U0001F600 x"_s;
        QTest::newRow("nul is valid utf-8") << QByteArray("a\0b", 3) << QString(u"a"_s + QChar(0) + u"b"_s);
    }

    void valid()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QString error;
        const auto decoded = decodeUtf8Strictly(bytes, &error);
        QVERIFY2(decoded, qPrintable(error));
        QCOMPARE(*decoded, text);
        QVERIFY(!findInvalidUtf8(bytes));
    }

    void invalid_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        QTest::newRow("latin-1") << QByteArray("caf\xE9\n") << u"invalid UTF-8 on line 1 (byte offset 0)"_s;
        QTest::newRow("third line") << QByteArray("a\nb\nc \xFF d\n") << u"invalid UTF-8 on line 3 (byte offset 4)"_s;
        QTest::newRow("truncated at end") << QByteArray("ok\n\xE2\x82") << u"invalid UTF-8 on line 2 (byte offset 3)"_s;
        QTest::newRow("truncated before newline") << QByteArray("\xE2\x82\nok") << u"invalid UTF-8 on line 1 (byte offset 0)"_s;
        QTest::newRow("overlong") << QByteArray("\xC0\xAF") << u"invalid UTF-8 on line 1 (byte offset 0)"_s;
        QTest::newRow("surrogate") << QByteArray("x\n\xED\xA0\x80") << u"invalid UTF-8 on line 2 (byte offset 2)"_s;
    }

    void invalid()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        QString got;
        QVERIFY(!decodeUtf8Strictly(bytes, &got));
        QCOMPARE(got, error);
        QCOMPARE(findInvalidUtf8(bytes), std::optional<QString>(error));
    }
};

QTEST_GUILESS_MAIN(TestStrictUtf8)
#include "tst_strictutf8.moc"
