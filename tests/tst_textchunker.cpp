// Where the tagger cuts a long text into pieces: a blank line first, then a
// sentence end, then white space, never inside a surrogate pair.
#include "temporal/TextChunker.h"

#include <QTest>

using namespace chronoline;
using namespace Qt::StringLiterals;

class TestTextChunker : public QObject
{
    Q_OBJECT

private slots:
    void pieceEnd_data();
    void pieceEnd();
    void coversTheText();
};

void TestTextChunker::pieceEnd_data()
{
    // With a limit of 40, the cut is searched for in units 30..40 of each piece.
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("start");
    QTest::addColumn<qsizetype>("expected");
    const QString words = u"aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj"_s;   // spaces at 4, 9, ... 44
    QTest::newRow("rest fits") << u"short text"_s << qsizetype(0) << qsizetype(10);
    QTest::newRow("rest fits from start") << words << qsizetype(20) << qsizetype(words.size());
    QTest::newRow("last space") << words << qsizetype(0) << qsizetype(39);
    QTest::newRow("sentence end") << u"aaaa bbbb cccc dddd eeee ffff gg. Hhh iiii jjjj kkkk"_s
                                  << qsizetype(0) << qsizetype(33);
    QTest::newRow("sentence end before a digit") << u"aaaa bbbb cccc dddd eeee ffff gg. 300 iiii jjjj kk"_s
                                                 << qsizetype(0) << qsizetype(33);
    QTest::newRow("abbreviation before lower case") << u"aaaa bbbb cccc dddd eeee ffff gg. hhh iiii jjjj kk"_s
                                                    << qsizetype(0) << qsizetype(37);
    QTest::newRow("blank line beats sentence end") << u"aaaa bbbb cccc dddd eeee fffff.\n \nHh. Iii jjjj kkkk"_s
                                                   << qsizetype(0) << qsizetype(33);
    QTest::newRow("CR LF is no blank line") << u"aaaa bbbb cccc dddd eeee ffff g\r\nhhhhhh iiii jjjj"_s
                                            << qsizetype(0) << qsizetype(39);
    QTest::newRow("CR LF CR LF is") << u"aaaa bbbb cccc dddd eeee fffff\r\n\r\nhhhh iiii jjjj"_s
                                    << qsizetype(0) << qsizetype(33);
    QTest::newRow("no white space") << QString(100, u'x') << qsizetype(0) << qsizetype(40);
    QTest::newRow("not inside a surrogate pair") << QString(39, u'x') + u"\U0001F44D"_s + QString(50, u'x')
                                                 << qsizetype(0) << qsizetype(39);
    QTest::newRow("from an offset") << words << qsizetype(5) << qsizetype(44);
}

void TestTextChunker::pieceEnd()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, start);
    QFETCH(qsizetype, expected);
    QCOMPARE(TextChunker(40).pieceEnd(text, start), expected);
}

// Pieces follow one another, each no longer than the limit and never empty.
void TestTextChunker::coversTheText()
{
    QString text;
    for (int i = 0; text.size() < 5000; ++i)
        text += (i % 7 == 6) ? u"End. \n\n"_s : (i % 5 == 4) ? u"\U0001F44Dxxxxxxxxxxxxxxxxxxx"_s : u"word "_s;
    const TextChunker chunker(64);
    qsizetype start = 0;
    int pieces = 0;
    while (start < text.size()) {
        const qsizetype end = chunker.pieceEnd(text, start);
        QVERIFY(end > start);
        QVERIFY(end - start <= 64);
        QVERIFY(!(text[end - 1].isHighSurrogate() && end < text.size() && text[end].isLowSurrogate()));
        start = end;
        ++pieces;
    }
    QCOMPARE(start, text.size());
    QVERIFY(pieces > 5000 / 64);
}

QTEST_GUILESS_MAIN(TestTextChunker)
#include "tst_textchunker.moc"
