// TextChunker cuts long texts for the tagger; a cut must never cost an expression. These
// tests check where cuts fall and that a long text tags the same as its parts.
#include "temporal/TemporalTagger.h"
#include "temporal/TextChunker.h"

#include <QtTest>

using namespace chronoline;
using namespace Qt::StringLiterals;

class TestTextChunker : public QObject {
    Q_OBJECT
private slots:
    void shortTextIsOnePiece()
    {
        const QString text = u"Short text."_s;
        QCOMPARE(TextChunker::nextCut(text, 0, 1000), text.size());
    }

    void cutsBeforeABlankLine()
    {
        const QString first = QString(120, u'a') + u" end of the first paragraph."_s;
        const QString text = first + u"\n\nSecond paragraph "_s + QString(400, u'b');
        const qsizetype cut = TextChunker::nextCut(text, 0, 100);
        QCOMPARE(cut, first.size());
        QVERIFY(text.sliced(cut).startsWith(u"\n\n"_s));   // the break stays with the next piece
    }

    void oneLongLineIsCutAfterASentence()
    {
        // no line break anywhere: cut after "talks ended." and never after "Mar."
        QString text = QString(90, u'x') + u" on Mar. 21 the talks ended. The next round "_s;
        text += QString(400, u'y');
        const qsizetype cut = TextChunker::nextCut(text, 0, 90);
        QCOMPARE(text.left(cut).right(12), u"talks ended."_s);
    }

    void neverSplitsASurrogatePair()
    {
        QString text;
        for (int i = 0; i < 300; ++i)
            text += u"\U0001F600"_s;   // no spaces, no breaks: only a hard cut is possible
        for (qsizetype from = 0; from < text.size();) {
            const qsizetype cut = TextChunker::nextCut(text, from, 50);
            QVERIFY(cut > from);
            QVERIFY(cut == text.size() || !text[cut].isLowSurrogate());
            from = cut;
        }
    }

    void longTextLosesNoExpression_data()
    {
        QTest::addColumn<QString>("separator");
        QTest::newRow("paragraphs") << u"\n\n"_s;
        QTest::newRow("lines") << u"\n"_s;
        QTest::newRow("one line") << u" "_s;
    }

    void longTextLosesNoExpression()
    {
        QFETCH(QString, separator);
        const QString sentence = u"The board met on March 3, 2021 and again on Friday."_s;
        QString text;
        const int copies = 4000;   // about 200,000 characters: several pieces
        for (int i = 0; i < copies; ++i)
            text += sentence + separator;
        const Timexes found = TemporalTagger::english().tag(text, QDate(2021, 3, 10));
        QCOMPARE(found.size(), qsizetype(2 * copies));
        for (size_t i = 0; i < found.size(); ++i) {
            const Timex &t = found[i];
            QCOMPARE(t.text, text.sliced(t.start, t.end - t.start));
            QCOMPARE(t.value, i % 2 == 0 ? u"2021-03-03"_s : u"2021-03-05"_s);
        }
    }
};

QTEST_GUILESS_MAIN(TestTextChunker)
#include "tst_textchunker.moc"
