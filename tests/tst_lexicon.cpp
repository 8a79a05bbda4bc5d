// The lexicon is the tagger's hash table. Its hash must join: the scanner tries a phrase
// ("the" + " " + "day") from its words' own hashes before spelling it out, so a join that
// disagreed with the hash of the whole would silently lose every phrase. These tests check
// that property on a table of forms, and that lookups find what was added and nothing else.
#include "temporal/LanguageData.h"
#include "temporal/Lexicon.h"
#include "temporal/TokenScanner.h"

#include <QtTest>

using namespace chronoline;
using namespace Qt::StringLiterals;

class TestLexicon : public QObject {
    Q_OBJECT
private slots:
    void hashJoinsFromTheParts_data()
    {
        QTest::addColumn<QString>("left");
        QTest::addColumn<QString>("right");
        QTest::newRow("words") << u"the"_s << u" day"_s;
        QTest::newRow("phrase") << u"new year's"_s << u" day"_s;
        QTest::newRow("hyphen") << u"year"_s << u"-"_s;
        QTest::newRow("empty right") << u"march"_s << QString();
        QTest::newRow("empty left") << QString() << u"march"_s;
        QTest::newRow("non-ASCII") << u"fête"_s << u" nationale"_s;
        QTest::newRow("long right") << u"a"_s << QString(300, u'z');   // beyond the power table
    }
    void hashJoinsFromTheParts()
    {
        QFETCH(QString, left);
        QFETCH(QString, right);
        QCOMPARE(Lexicon::join(Lexicon::hashOf(left), Lexicon::hashOf(right), right.size()),
                 Lexicon::hashOf(QString(left + right)));
    }

    void findsWhatWasAddedAndNothingElse()
    {
        Lexicon lexicon;
        QStringList forms;
        for (int i = 0; i < 3000; ++i)   // enough to make the table grow several times
            forms << u"form%1"_s.arg(i);
        QList<int> keys;
        for (const QString &form : forms)
            keys << lexicon.addKey(form);
        for (int i = 0; i < forms.size(); ++i) {
            QCOMPARE(lexicon.find(forms[i]), keys[i]);
            QVERIFY(lexicon.mayHave(Lexicon::hashOf(forms[i])));
            QCOMPARE(lexicon.form(keys[i]), forms[i]);
        }
        QCOMPARE(lexicon.find(u"form3000"_s), Lexicon::npos);
        QCOMPARE(lexicon.find(u"form"_s), Lexicon::npos);
        QCOMPARE(lexicon.find(QString()), Lexicon::npos);
        QCOMPARE(lexicon.addKey(u"form7"_s), keys[7]);   // adding again gives the same key
    }

    void aPhraseMarksItsFirstWordAndPrefixes()
    {
        Lexicon lexicon;
        lexicon.addKey(u"the day before yesterday"_s);
        const int the = lexicon.find(u"the"_s);
        QVERIFY(the != Lexicon::npos);
        QVERIFY(lexicon.startsPhrase(the));
        const int theDay = lexicon.find(u"the day"_s);
        QVERIFY(theDay != Lexicon::npos);
        QVERIFY(lexicon.continuesPhrase(theDay));
        QCOMPARE(lexicon.find(u"the day after"_s), Lexicon::npos);
    }

    // The scanner finds phrases through the joined hashes: a phrase of four tokens, one
    // with an apostrophe inside, and one that starts like a phrase but is none.
    void theScannerReadsPhrases_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("span");
        QTest::newRow("four words") << u"the day before yesterday"_s << 4;
        QTest::newRow("capitalised") << u"The day before yesterday"_s << 4;
        QTest::newRow("apostrophe") << u"New Year's Day"_s << 4;
        QTest::newRow("no phrase") << u"the day we met"_s << 2;   // "the day" is a phrase of its own
        QTest::newRow("nothing") << u"the company"_s << 1;
    }
    void theScannerReadsPhrases()
    {
        QFETCH(QString, text);
        QFETCH(int, span);
        const TokenScanner scanner(*LanguageData::english());
        ScannedText scanned;
        scanner.scan(text, scanned);
        QVERIFY(!scanned.tokens.empty());
        int longest = 1;
        const ScanToken &first = scanned.tokens.front();
        for (const TokenReading *r = scanned.begin(first); r != scanned.end(first); ++r)
            longest = std::max(longest, r->span);
        QCOMPARE(longest, span);
    }
};

QTEST_GUILESS_MAIN(TestLexicon)
#include "tst_lexicon.moc"
