#include "timeml/TimeMLReader.h"
#include "timeml/TimeMLWriter.h"

#include <QDir>
#include <QTest>

using namespace chronoline;
using namespace Qt::Literals::StringLiterals;

namespace {

Timex makeTimex(QString id, qsizetype start, qsizetype end, const QString &text, TimexType type,
                QString value)
{
    Timex t;
    t.id = std::move(id);
    t.start = start;
    t.end = end;
    t.text = text.mid(start, end - start);
    t.type = type;
    t.value = std::move(value);
    return t;
}

TimeMLDocument smallDocument()
{
    TimeMLDocument doc;
    doc.docId = u"DOC1"_s;
    doc.dct = TimeMLDct{u"t0"_s, u"DATE"_s, u"2023-03-21"_s, u"March 21, 2023"_s};
    doc.text = u"On Monday & <later> that week."_s;
    doc.timexes.push_back(makeTimex(u"t1"_s, 3, 9, doc.text, TimexType::Date, u"2023-03-20"_s));
    doc.timexes.back().anchor = u"t0"_s;
    doc.timexes.push_back(makeTimex(u"t2"_s, 20, 29, doc.text, TimexType::Date, u"2023-W12"_s));
    doc.timexes.back().mod = u"END"_s;
    return doc;
}

} // namespace

class TestTimeMLWriter : public QObject {
    Q_OBJECT

private slots:
    void writesCorpusLayout()
    {
        const auto result = TimeMLWriter::write(smallDocument());
        QVERIFY(result.dropped.empty());
        const QByteArray expected =
            "<?xml version=\"1.0\" ?>\n"
            "<TimeML xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
            "xsi:noNamespaceSchemaLocation=\"http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd\">\n\n"
            "<DOCID>DOC1</DOCID>\n\n"
            "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2023-03-21\" temporalFunction=\"false\" "
            "functionInDocument=\"CREATION_TIME\">March 21, 2023</TIMEX3></DCT>\n\n"
            "<TEXT>On <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2023-03-20\" anchorTimeID=\"t0\" "
            "temporalFunction=\"true\" functionInDocument=\"NONE\">Monday</TIMEX3> &amp; &lt;later&gt; "
            "<TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2023-W12\" mod=\"END\" temporalFunction=\"false\" "
            "functionInDocument=\"NONE\">that week</TIMEX3>.</TEXT>\n\n</TimeML>\n";
        QCOMPARE(result.xml, expected);
    }

    void writesSetAttributes()
    {
        TimeMLDocument doc;
        doc.text = u"twice a week"_s;
        doc.timexes.push_back(makeTimex(u"t1"_s, 0, 12, doc.text, TimexType::Set, u"P1W"_s));
        doc.timexes.back().quant = u"EACH"_s;
        doc.timexes.back().freq = u"2X"_s;
        const QByteArray xml = TimeMLWriter::write(doc).xml;
        QVERIFY2(xml.contains("<TIMEX3 tid=\"t1\" type=\"SET\" value=\"P1W\" quant=\"EACH\" freq=\"2X\" "
                              "temporalFunction=\"false\" functionInDocument=\"NONE\">twice a week</TIMEX3>"),
                 xml.constData());
        QVERIFY(!xml.contains("<DCT>"));   // no DCT known, none invented
    }

    void escapes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("escaped");
        QTest::addColumn<QString>("attribute");
        QTest::newRow("markup") << u"a<b>&c"_s << u"a&lt;b&gt;&amp;c"_s << u"a&lt;b&gt;&amp;c"_s;
        QTest::newRow("quotes") << u"say \"hi\" 'x'"_s << u"say \"hi\" 'x'"_s << u"say &quot;hi&quot; 'x'"_s;
        QTest::newRow("line ends") << u"a\r\nb\tc"_s << u"a&#13;\nb\tc"_s << u"a&#13;&#10;b&#9;c"_s;
        QTest::newRow("control") << u"a\u0001b"_s << u"a\uFFFDb"_s << u"a\uFFFDb"_s;
        QTest::newRow("emoji kept") << u"\U0001F600!"_s << u"\U0001F600!"_s << u"\U0001F600!"_s;
        QTest::newRow("lone surrogate") << QString(QChar(0xD800)) + u'x' << u"\uFFFDx"_s << u"\uFFFDx"_s;
    }

    void escapes()
    {
        QFETCH(QString, text);
        QFETCH(QString, escaped);
        QFETCH(QString, attribute);
        QCOMPARE(TimeMLWriter::escapeText(text), escaped);
        QCOMPARE(TimeMLWriter::escapeAttribute(text), attribute);
    }

    // Inline tags cannot cross, and offsets past the text cannot be written.
    void dropsWhatCannotBeInline()
    {
        TimeMLDocument doc;
        doc.text = u"from March 3 to 5"_s;
        doc.timexes.push_back(makeTimex(u"t1"_s, 5, 12, doc.text, TimexType::Date, u"XXXX-03-03"_s));
        doc.timexes.push_back(makeTimex(u"t2"_s, 11, 17, doc.text, TimexType::Date, u"XXXX-03-05"_s));
        doc.timexes.push_back(makeTimex(u"t3"_s, 16, 40, doc.text, TimexType::Date, u"X"_s));
        const auto result = TimeMLWriter::write(doc);
        QCOMPARE(result.dropped.size(), 2u);
        QCOMPARE(result.dropped[0].id, u"t2"_s);
        QCOMPARE(result.dropped[1].id, u"t3"_s);
        QString error;
        const auto back = TimeMLReader::parse(result.xml, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->text, doc.text);
        QCOMPARE(back->timexes.size(), 1u);
        QCOMPARE(back->timexes[0], doc.timexes[0]);
    }

    // Unsorted input is written in text order.
    void sortsByOffset()
    {
        TimeMLDocument doc = smallDocument();
        std::swap(doc.timexes[0], doc.timexes[1]);
        const auto back = TimeMLReader::parse(TimeMLWriter::write(doc).xml);
        QVERIFY(back);
        QCOMPARE(back->timexes.size(), 2u);
        QCOMPARE(back->timexes[0].id, u"t1"_s);
        QCOMPARE(back->timexes[1].id, u"t2"_s);
    }

    void roundTripHandBuilt_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << u"On Monday & <later> that week."_s;
        QTest::newRow("crlf and emoji") << u"\r\n\U0001F600 On Monday\r\n& <later>\tthat week.\r\n"_s;
        QTest::newRow("quotes") << u"\"On Monday\" > that week's end"_s;
    }

    void roundTripHandBuilt()
    {
        QFETCH(QString, text);
        TimeMLDocument doc = smallDocument();
        doc.text = text;
        const qsizetype monday = text.indexOf(u"Monday"_s);
        const qsizetype week = text.indexOf(u"that week"_s);
        QVERIFY(monday >= 0 && week >= 0);
        doc.timexes[0] = makeTimex(u"t1"_s, monday, monday + 6, text, TimexType::Date, u"2023-03-20"_s);
        doc.timexes[1] = makeTimex(u"t2"_s, week, week + 9, text, TimexType::Duration, u"P1W"_s);
        doc.timexes[1].anchor = u"t1"_s;
        QString error;
        const auto back = TimeMLReader::parse(TimeMLWriter::write(doc).xml, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->text, doc.text);
        QCOMPARE(back->timexes, doc.timexes);
        QCOMPARE(back->docId, doc.docId);
        QCOMPARE(back->dct, doc.dct);
    }

    // Every corpus file: read -> write -> read keeps text, expressions and header.
    void roundTripCorpus()
    {
        const QString root = QStringLiteral(CHRONOLINE_SHARED_DIR "/data/tempeval3/train");
        int files = 0;
        for (const QString &folder : {u"TimeBank"_s, u"AQUAINT"_s}) {
            const QDir dir(root + u'/' + folder);
            for (const QString &name : dir.entryList({u"*.tml"_s}, QDir::Files, QDir::Name)) {
                QString error;
                const auto doc = TimeMLReader::readFile(dir.filePath(name), &error);
                QVERIFY2(doc, qPrintable(error));
                const auto written = TimeMLWriter::write(*doc);
                QVERIFY2(written.dropped.empty(), qPrintable(name));
                const auto back = TimeMLReader::parse(written.xml, &error);
                QVERIFY2(back, qPrintable(name + u": "_s + error));
                QCOMPARE(back->text, doc->text);
                QCOMPARE(back->timexes, doc->timexes);
                QCOMPARE(back->docId, doc->docId);
                QCOMPARE(back->dct, doc->dct);
                ++files;
            }
        }
        QCOMPARE(files, 256);
    }
};

QTEST_GUILESS_MAIN(TestTimeMLWriter)
#include "tst_timemlwriter.moc"
