#include "timeml/TimeMLReader.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace chronoline;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString corpusDir = QStringLiteral(CHRONOLINE_SHARED_DIR "/data/tempeval3/train");

// A small document exercising every part the reader returns.
const QByteArray sample = R"(<?xml version="1.0" ?>
<TimeML xmlns:xsi="urn:example:no-double-slash-for-moc">
<DOCID> NYT001 </DOCID>
<DCT><TIMEX3 tid="t0" type="TIME" value="1998-10-25T21:00" temporalFunction="false" functionInDocument="CREATION_TIME">October 25</TIMEX3></DCT>
<TITLE>Rates <b>fall</b></TITLE>
<TEXT>
Rates <EVENT eid="e1" class="OCCURRENCE">fell</EVENT> &amp; rose <TIMEX3 tid="t1" type="DATE" value="1998-10-19" temporalFunction="true" functionInDocument="NONE" anchorTimeID="t0">last Monday</TIMEX3>, <SIGNAL sid="s1">for</SIGNAL> <TIMEX3 tid="t2" type="DURATION" value="P3D" mod="APPROX">about three days</TIMEX3> &lt;ok&gt; <TIMEX3 tid="t3" type="SET" value="P1W" quant="EACH" freq="2X">twice each week</TIMEX3>.
</TEXT>
<MAKEINSTANCE eiid="ei1" eventID="e1" tense="PAST"/>
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1" />
<TLINK lid="l2" relType="BEFORE" timeID="t1" relatedToTime="t0" />
</TimeML>
)";

int countTypes(const TimeMLDocument &doc, TimexType type)
{
    return int(std::count_if(doc.timexes.begin(), doc.timexes.end(),
                             [type](const Timex &t) { return t.type == type; }));
}

} // namespace

class TestTimeMLReader : public QObject {
    Q_OBJECT

private slots:
    void readsHeader()
    {
        QString error;
        const auto doc = TimeMLReader::parse(sample, &error);
        QVERIFY2(doc, qPrintable(error));
        QCOMPARE(doc->docId, u"NYT001"_s);
        QCOMPARE(doc->title, u"Rates fall"_s);
        QVERIFY(doc->dct);
        QCOMPARE(doc->dct->tid, u"t0"_s);
        QCOMPARE(doc->dct->type, u"TIME"_s);
        QCOMPARE(doc->dct->value, u"1998-10-25T21:00"_s);
        QCOMPARE(doc->dct->text, u"October 25"_s);
        QCOMPARE(doc->dctDate, std::optional<QDate>(QDate(1998, 10, 25)));
    }

    void readsTextAsCharacterData()
    {
        const auto doc = TimeMLReader::parse(sample);
        QVERIFY(doc);
        QCOMPARE(doc->text, u"\nRates fell & rose last Monday, for about three days <ok> twice each week.\n"_s);
    }

    void readsTimexes()
    {
        const auto doc = TimeMLReader::parse(sample);
        QVERIFY(doc);
        QCOMPARE(doc->timexes.size(), 3u);
        const Timex &t1 = doc->timexes[0];
        QCOMPARE(t1.id, u"t1"_s);
        QCOMPARE(t1.start, 19);
        QCOMPARE(t1.end, 30);
        QCOMPARE(t1.text, u"last Monday"_s);
        QCOMPARE(t1.type, TimexType::Date);
        QCOMPARE(t1.value, u"1998-10-19"_s);
        QCOMPARE(t1.anchor, u"t0"_s);
        QCOMPARE(t1.mod, QString());
        const Timex &t2 = doc->timexes[1];
        QCOMPARE(t2.type, TimexType::Duration);
        QCOMPARE(t2.mod, u"APPROX"_s);
        QCOMPARE(t2.anchor, QString());
        const Timex &t3 = doc->timexes[2];
        QCOMPARE(t3.type, TimexType::Set);
        QCOMPARE(t3.quant, u"EACH"_s);
        QCOMPARE(t3.freq, u"2X"_s);
        for (const Timex &t : doc->timexes)
            QCOMPARE(doc->text.mid(t.start, t.end - t.start), t.text);
    }

    void readsEventsAndLinks()
    {
        const auto doc = TimeMLReader::parse(sample);
        QVERIFY(doc);
        QCOMPARE(doc->events.size(), 1u);
        QCOMPARE(doc->events[0].eid, u"e1"_s);
        QCOMPARE(doc->events[0].eventClass, u"OCCURRENCE"_s);
        QCOMPARE(doc->events[0].start, 7);
        QCOMPARE(doc->events[0].end, 11);
        QCOMPARE(doc->events[0].text, u"fell"_s);
        QCOMPARE(doc->eventOfInstance.value(u"ei1"_s), u"e1"_s);
        QCOMPARE(doc->tlinks.size(), 2u);
        const TimeMLTlink &l1 = doc->tlinks[0];
        QCOMPARE(l1.lid, u"l1"_s);
        QCOMPARE(l1.relType, u"IS_INCLUDED"_s);
        QCOMPARE(l1.eventInstanceId, u"ei1"_s);
        QCOMPARE(l1.relatedToTime, u"t1"_s);
        QCOMPARE(l1.timeId, QString());
        QCOMPARE(doc->tlinks[1].timeId, u"t1"_s);
        QCOMPARE(doc->tlinks[1].relatedToEventInstance, QString());
    }

    void offsetsAreUtf16WithNonBmpText()
    {
        const QByteArray xml = "<TimeML><TEXT>\xF0\x9F\x98\x80 on <TIMEX3 tid=\"t1\" type=\"DATE\" "
                               "value=\"2020-05-01\">May 1</TIMEX3></TEXT></TimeML>";
        const auto doc = TimeMLReader::parse(xml);
        QVERIFY(doc);
        QCOMPARE(doc->timexes.size(), 1u);
        QCOMPARE(doc->timexes[0].start, 6);   // emoji is two UTF-16 units
        QCOMPARE(doc->timexes[0].text, u"May 1"_s);
        QVERIFY(!doc->dct);
        QVERIFY(!doc->dctDate);
    }

    void dctDay_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QDate>("day");   // invalid: none
        QTest::newRow("day") << u"1998-01-08"_s << QDate(1998, 1, 8);
        QTest::newRow("time") << u"1998-10-25T21:00"_s << QDate(1998, 10, 25);
        QTest::newRow("month") << u"1998-10"_s << QDate();
        QTest::newRow("bad day") << u"1998-02-30"_s << QDate();
        QTest::newRow("trailing digit") << u"1998-10-250"_s << QDate();
        QTest::newRow("empty") << QString() << QDate();
    }

    void dctDay()
    {
        QFETCH(QString, value);
        QFETCH(QDate, day);
        const auto got = dayOfTimexValue(value);
        QCOMPARE(got.has_value(), day.isValid());
        if (got)
            QCOMPARE(*got, day);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("expected");   // part of the message
        QTest::newRow("empty") << QByteArray() << u"empty"_s;
        QTest::newRow("blank") << QByteArray("  \n ") << u"empty"_s;
        QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff\xfe", 5) << u"line 1"_s;
        QTest::newRow("plain text") << QByteArray("Just some words.") << u"line 1"_s;
        QTest::newRow("unclosed") << QByteArray("<TimeML>\n<TEXT>a <TIMEX3 tid=\"t1\" type=\"DATE\">b</TEXT>")
                                  << u"line 2"_s;
        QTest::newRow("truncated") << QByteArray("<TimeML><TEXT>abc") << u"line 1"_s;
        QTest::newRow("no TEXT") << QByteArray("<TimeML><DOCID>x</DOCID></TimeML>") << u"<TEXT>"_s;
        QTest::newRow("two TEXT") << QByteArray("<TimeML><TEXT>a</TEXT>\n<TEXT>b</TEXT></TimeML>")
                                  << u"line 2"_s;
        QTest::newRow("bad type") << QByteArray("<TimeML><TEXT>\n<TIMEX3 tid=\"t1\" type=\"DAY\">x</TIMEX3></TEXT></TimeML>")
                                  << u"DAY"_s;
        QTest::newRow("invalid utf-8") << QByteArray("<TimeML>\n<TEXT>caf\xc3 x</TEXT></TimeML>") << u"line 2"_s;
        QTest::newRow("undeclared entity") << QByteArray("<TimeML><TEXT>a &nbsp; b</TEXT></TimeML>")
                                           << u"nbsp"_s;
    }

    void malformed()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, expected);
        QString error;
        const auto doc = TimeMLReader::parse(xml, &error);
        QVERIFY(!doc);
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(!error.contains(u'\n'));
    }

    void missingFileNamesThePath()
    {
        QString error;
        const QString path = u"/nonexistent/nothing.tml"_s;
        QVERIFY(!TimeMLReader::readFile(path, &error));
        QVERIFY2(error.startsWith(path), qPrintable(error));
    }

    void corpusFile()
    {
        QString error;
        const auto doc = TimeMLReader::readFile(corpusDir + u"/TimeBank/ABC19980108.1830.0711.tml"_s, &error);
        QVERIFY2(doc, qPrintable(error));
        QCOMPARE(doc->docId, u"ABC19980108.1830.0711"_s);
        QCOMPARE(doc->dctDate, std::optional<QDate>(QDate(1998, 1, 8)));
        QVERIFY(doc->text.startsWith(u"\nOn the other hand, it's turning out to be another very bad financial week for Asia."_s));
        QVERIFY(!doc->timexes.empty());
        QCOMPARE(doc->timexes[0].id, u"t83"_s);
        QCOMPARE(doc->timexes[0].text, u"week"_s);
        QCOMPARE(doc->timexes[1].text, u"the last twenty four hours"_s);
        QCOMPARE(doc->timexes[1].anchor, u"t0"_s);
        QCOMPARE(doc->events[0].text, u"turning"_s);
        QVERIFY(!doc->tlinks.empty());
        QCOMPARE(doc->tlinks.back().lid, u"l61"_s);
    }

    // The whole training corpus reads, with the counts its README states, and
    // each expression's text matches what a plain regex finds in the raw file.
    void wholeCorpus_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<int>("files");
        QTest::addColumn<QList<int>>("counts");   // DATE, DURATION, TIME, SET
        QTest::newRow("TimeBank") << u"TimeBank"_s << 183 << QList<int>{1016, 189, 22, 16};
        QTest::newRow("AQUAINT") << u"AQUAINT"_s << 73 << QList<int>{489, 68, 8, 14};
    }

    void wholeCorpus()
    {
        QFETCH(QString, folder);
        QFETCH(int, files);
        QFETCH(QList<int>, counts);
        const QDir dir(corpusDir + u'/' + folder);
        const QStringList names = dir.entryList({u"*.tml"_s}, QDir::Files, QDir::Name);
        QCOMPARE(names.size(), files);
        static const QRegularExpression inner(u"<TIMEX3 [^>]*>(.*?)</TIMEX3>"_s,
                                              QRegularExpression::DotMatchesEverythingOption);
        QList<int> seen{0, 0, 0, 0};
        for (const QString &name : names) {
            QString error;
            const auto doc = TimeMLReader::readFile(dir.filePath(name), &error);
            QVERIFY2(doc, qPrintable(error));
            QVERIFY2(doc->dctDate, qPrintable(name));
            seen[0] += countTypes(*doc, TimexType::Date);
            seen[1] += countTypes(*doc, TimexType::Duration);
            seen[2] += countTypes(*doc, TimexType::Time);
            seen[3] += countTypes(*doc, TimexType::Set);

            QFile raw(dir.filePath(name));
            QVERIFY(raw.open(QIODevice::ReadOnly));
            QString xml = QString::fromUtf8(raw.readAll()).replace(u"\r\n"_s, u"\n"_s);
            xml = xml.mid(xml.indexOf(u"<TEXT>"_s));
            QStringList expected;
            for (auto it = inner.globalMatch(xml); it.hasNext();)
                expected << it.next().captured(1).replace(u"&amp;"_s, u"&"_s);
            QStringList got;
            for (const Timex &t : doc->timexes) {
                QCOMPARE(doc->text.mid(t.start, t.end - t.start), t.text);
                got << t.text;
            }
            QCOMPARE(got, expected);
        }
        QCOMPARE(seen, counts);
    }
};

QTEST_GUILESS_MAIN(TestTimeMLReader)
#include "tst_timemlreader.moc"
