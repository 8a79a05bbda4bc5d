// The document date found without being told: datelines and bylines in the
// opening lines, metadata date values, and dates in file names and addresses.
#include "document/DateParsing.h"
#include "document/DatelineFinder.h"
#include "document/FilenameDate.h"

#include <QTest>

using namespace chronoline;
using namespace Qt::StringLiterals;

class TestDctFinder : public QObject
{
    Q_OBJECT

private slots:
    void dateline_data();
    void dateline();
    void datelineSpan();
    void datelineOnlyNearStart();
    void dateValue_data();
    void dateValue();
    void fileName_data();
    void fileName();
    void monthNames_data();
    void monthNames();
};

void TestDctFinder::dateline_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("yearHint");
    QTest::addColumn<QDate>("expected"); // invalid: no dateline may be found

    const QString body = u"\n\nThe talks were the first since the summer.\n"_s;
    QTest::newRow("reuters, year from hint")
        << u"WASHINGTON, March 14 (Reuters) - The Senate voted on Tuesday."_s << 2023 << QDate(2023, 3, 14);
    QTest::newRow("reuters, no year anywhere")
        << u"WASHINGTON, March 14 (Reuters) - The Senate voted on Tuesday."_s << 0 << QDate();
    QTest::newRow("reuters, year from update stamp")
        << u"Updated: 3/15/2023 10:05 AM ET\n\nLONDON, March 14 (Reuters) - Prices fell."_s << 0 << QDate(2023, 3, 14);
    QTest::newRow("place with region, em dash")
        << u"KYIV, Ukraine, March 14, 2023 — Air raid sirens sounded."_s << 0 << QDate(2023, 3, 14);
    QTest::newRow("title-case place, agency, en dash")
        << u"Brussels, 9 May 2022 (AFP) – Ministers met."_s << 0 << QDate(2022, 5, 9);
    QTest::newRow("published day-first")
        << u"Xi heads to Moscow\nPublished 14 March 2023\n"_s + body << 0 << QDate(2023, 3, 14);
    QTest::newRow("published with time first")
        << u"Published 10:05 AM ET, March 14, 2023"_s + body << 0 << QDate(2023, 3, 14);
    QTest::newRow("posted on iso")
        << u"Posted on: 2023-03-14"_s + body << 0 << QDate(2023, 3, 14);
    QTest::newRow("update stamp alone")
        << u"Updated: 3/14/2023 10:05 AM ET"_s + body << 0 << QDate(2023, 3, 14);
    QTest::newRow("published beats later update")
        << u"Updated March 20, 2023\nFirst published March 14, 2023"_s + body << 0 << QDate(2023, 3, 14);
    QTest::newRow("byline with date")
        << u"By Jane Doe | March 14, 2023"_s + body << 0 << QDate(2023, 3, 14);
    QTest::newRow("date line with weekday")
        << u"Tuesday, March 14, 2023 10:05 AM\n"_s + body << 0 << QDate(2023, 3, 14);
    QTest::newRow("date line alone")
        << u"Senate passes budget\nMarch 14, 2023\n"_s + body << 0 << QDate(2023, 3, 14);
    QTest::newRow("rfc-like date line")
        << u"Tue, 14 Mar 2023\n"_s + body << 0 << QDate(2023, 3, 14);
    QTest::newRow("ordinal")
        << u"Published on the 14th of March 2023"_s + body << 0 << QDate(2023, 3, 14);
    QTest::newRow("day-first numeric")
        << u"Updated 25/12/2022"_s + body << 0 << QDate(2022, 12, 25);

    // The negative corpus: dates that are not the publication date.
    QTest::newRow("no date")
        << u"The Senate voted on Tuesday.\nIt was the first vote since the summer."_s << 2023 << QDate();
    QTest::newRow("date inside a sentence")
        << u"The ministers agreed that the talks of March 14, 2023 had failed."_s << 0 << QDate();
    QTest::newRow("yearless date in a sentence")
        << u"Officials said on March 14 that the talks had failed."_s << 2023 << QDate();
    QTest::newRow("lower-case month word")
        << u"Posted may 5 2023"_s << 0 << QDate();
    QTest::newRow("impossible date")
        << u"Published February 30, 2023"_s << 0 << QDate();
    QTest::newRow("implausible year")
        << u"Published March 14, 3023"_s << 0 << QDate();
    QTest::newRow("mark is not march")
        << u"Mark 14, 2023 was a good year."_s << 0 << QDate();
}

void TestDctFinder::dateline()
{
    QFETCH(QString, text);
    QFETCH(int, yearHint);
    QFETCH(QDate, expected);
    const auto found = findDateline(text, yearHint);
    if (!expected.isValid()) {
        QVERIFY2(!found, qPrintable(found ? found->date.toString(Qt::ISODate) : QString()));
        return;
    }
    QVERIFY(found);
    QCOMPARE(found->date, expected);
}

void TestDctFinder::datelineSpan()
{
    const QString text = u"WASHINGTON, March 14 (Reuters) - The Senate voted."_s;
    const auto found = findDateline(text, 2023);
    QVERIFY(found);
    QCOMPARE(found->kind, DatelineKind::WireDateline);
    QVERIFY(found->yearFromHint);
    QCOMPARE(found->start, 0);
    QCOMPARE(text.mid(found->start, found->end - found->start), u"WASHINGTON, March 14 (Reuters) -"_s);
}

void TestDctFinder::datelineOnlyNearStart()
{
    QString text;
    for (int i = 0; i < 12; ++i)
        text += u"A line of the story that says nothing about when it was written.\n"_s;
    text += u"Published 14 March 2023\n"_s;
    QVERIFY(!findDateline(text));
    QVERIFY(findDateline(QString(u"Published 14 March 2023\n"_s + text)));
}

void TestDctFinder::dateValue_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("iso date") << u"2023-03-14"_s << QDate(2023, 3, 14);
    QTest::newRow("iso date-time utc") << u"2023-03-14T10:05:00Z"_s << QDate(2023, 3, 14);
    // The publisher's local day, not the UTC one (23:30 at -05:00 is the 15th in UTC).
    QTest::newRow("iso with offset") << u"2023-03-14T23:30:00-05:00"_s << QDate(2023, 3, 14);
    QTest::newRow("iso with space") << u"2023-03-14 10:05"_s << QDate(2023, 3, 14);
    QTest::newRow("compact") << u"20230314"_s << QDate(2023, 3, 14);
    QTest::newRow("compact time") << u"20230314T100500"_s << QDate(2023, 3, 14);
    QTest::newRow("slashed iso") << u"2023/03/14"_s << QDate(2023, 3, 14);
    QTest::newRow("rfc 2822") << u"Tue, 14 Mar 2023 10:05:00 GMT"_s << QDate(2023, 3, 14);
    QTest::newRow("written") << u"March 14, 2023"_s << QDate(2023, 3, 14);
    QTest::newRow("us numeric") << u"3/14/2023"_s << QDate(2023, 3, 14);
    QTest::newRow("padded") << u"  2023-03-14  "_s << QDate(2023, 3, 14);
    QTest::newRow("no year") << u"March 14"_s << QDate();
    QTest::newRow("bad month") << u"2023-13-01"_s << QDate();
    QTest::newRow("garbage") << u"yesterday"_s << QDate();
    QTest::newRow("empty") << QString() << QDate();
}

void TestDctFinder::dateValue()
{
    QFETCH(QString, value);
    QFETCH(QDate, expected);
    const auto date = parseDateValue(value);
    QCOMPARE(date.value_or(QDate()), expected);
}

void TestDctFinder::fileName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("iso prefix") << u"/home/a/2023-03-14-xi-visit.txt"_s << QDate(2023, 3, 14);
    QTest::newRow("underscores") << u"xi_2023_03_14.md"_s << QDate(2023, 3, 14);
    QTest::newRow("compact") << u"C:\\news\\xi-20230314.pdf"_s << QDate(2023, 3, 14);
    QTest::newRow("url folders") << u"https://example.org/world/2023/03/14/xi-visit.html"_s << QDate(2023, 3, 14);
    QTest::newRow("folder name") << u"/archive/2023-03-14/article.html"_s << QDate(2023, 3, 14);
    QTest::newRow("file name beats folder") << u"/archive/2020-01-01/story-2023-03-14.txt"_s << QDate(2023, 3, 14);
    QTest::newRow("query ignored") << u"https://example.org/story?id=20230314"_s << QDate();
    QTest::newRow("id too long") << u"story-1202303145.html"_s << QDate();
    QTest::newRow("not a date") << u"report-20231399.pdf"_s << QDate();
    QTest::newRow("mixed separators") << u"2023-03_14.txt"_s << QDate();
    QTest::newRow("none") << u"article.html"_s << QDate();
}

void TestDctFinder::fileName()
{
    QFETCH(QString, name);
    QFETCH(QDate, expected);
    QCOMPARE(dateFromFileName(name).value_or(QDate()), expected);
}

void TestDctFinder::monthNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("month");
    QTest::newRow("full") << u"March"_s << 3;
    QTest::newRow("abbreviated") << u"Mar"_s << 3;
    QTest::newRow("with period") << u"Sept."_s << 9;
    QTest::newRow("upper case") << u"MAY"_s << 5;
    QTest::newRow("lower-case verb") << u"may"_s << 0;
    QTest::newRow("not a month") << u"Mark"_s << 0;
}

void TestDctFinder::monthNames()
{
    QFETCH(QString, name);
    QFETCH(int, month);
    QCOMPARE(monthFromName(name), month);
}

QTEST_GUILESS_MAIN(TestDctFinder)
#include "tst_dctfinder.moc"
