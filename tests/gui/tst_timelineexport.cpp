#include "TestEvents.h"
#include "TimelineImageExport.h"
#include "TimelinePicture.h"

#include "timeline/CsvExport.h"
#include "timeline/Timeline.h"
#include "timeline/TimelineJsExport.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace chronoline;
using chronoline::test::makeEvent;

namespace {

// A timeline made by hand, so these tests check the exporters and not the tagger.
Timeline handMadeTimeline(int copies = 1)
{
    Events events;
    for (int i = 0; i < copies; ++i) {
        const QByteArray n = QByteArray::number(i);
        events.push_back(makeEvent(QByteArray(QByteArray("a") + n).constData(), "Russia's invasion", "2022", "2022-01-01", "2023-01-01"));
        events.push_back(makeEvent(QByteArray(QByteArray("b") + n).constData(), "Balloon shot down", "2023-02", nullptr, "2023-02-01", "BEFORE"));
        events.push_back(makeEvent(QByteArray(QByteArray("c") + n).constData(), "Sullivan said, \"Xi should hear\"", "2023-03-13", "2023-03-13", "2023-03-14"));
        events.push_back(makeEvent(QByteArray(QByteArray("d") + n).constData(), "Xi to visit Moscow", "2023-W12", "2023-03-20", "2023-03-27"));
        events.push_back(makeEvent(QByteArray(QByteArray("e") + n).constData(), "G20 summit in New Delhi", "2023-09-09", "2023-09-09", "2023-09-11"));
        events.push_back(makeEvent(QByteArray(QByteArray("f") + n).constData(), "Arms accusations", "PXW", nullptr, nullptr));
    }
    events[3].status = EventStatus::Expected;
    events[1].certainty = Certainty::Inferred;
    AnalysisPipeline pipeline;
    pipeline.extract = [events](const Document &, const Segmentation &, const Timexes &) { return events; };
    Document doc;
    doc.text = QStringLiteral("A sentence.");
    doc.title = QStringLiteral("Xi to meet Putin");
    doc.dct = QDate(2023, 3, 14);
    return Timeline(doc, pipeline);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestTimelineExport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void png_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<double>("scale");
        QTest::newRow("default") << 1600 << 1.0;
        QTest::newRow("narrow") << 640 << 1.0;
        QTest::newRow("retina") << 1200 << 2.0;
    }
    void png()
    {
        QFETCH(int, width);
        QFETCH(double, scale);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.png"));
        QString error;
        QVERIFY2(exportTimelineImage(handMadeTimeline(), path, {width, scale}, &error), qPrintable(error));
        QImage image(path);
        QVERIFY(!image.isNull());
        QCOMPARE(image.width(), int(width * scale));
        const TimelinePicture picture(handMadeTimeline(), width);
        QCOMPARE(image.height(), int(std::ceil(picture.size().height() * scale)));
        // Not a blank page: the picture has ink in it.
        int ink = 0;
        for (int y = 0; y < image.height(); y += 4)
            for (int x = 0; x < image.width(); x += 4)
                ink += qGray(image.pixel(x, y)) < 128;
        QVERIFY(ink > 50);
    }

    void svgIsXml()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.svg"));
        QString error;
        QVERIFY2(exportTimelineImage(handMadeTimeline(), path, {1000, 1}, &error), qPrintable(error));
        QXmlStreamReader xml(readAll(path));
        QString root;
        int texts = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement) {
                if (root.isEmpty())
                    root = xml.name().toString();
                texts += xml.name() == u"text";
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(root, QStringLiteral("svg"));
        QVERIFY(texts > 10);
    }

    void pdfHasOnePage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.pdf"));
        QString error;
        QVERIFY2(exportTimelineImage(handMadeTimeline(), path, {1600, 1}, &error), qPrintable(error));
        const QByteArray pdf = readAll(path);
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.trimmed().endsWith("%%EOF"));
        const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?!s)"));
        QCOMPARE(QString::fromLatin1(pdf).count(page), 1);
    }

    void refusesUnknownSuffixAndKeepsOldFile()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!exportTimelineImage(handMadeTimeline(), dir.filePath(QStringLiteral("t.gif")), {}, &error));
        QVERIFY(error.contains(u".png"));
        // A failed export leaves what was there before (QSaveFile).
        const QString path = dir.filePath(QStringLiteral("keep.png"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("old");
        f.close();
        QVERIFY(!exportTimelineImage(handMadeTimeline(), path, {100, 1}, &error));
        QCOMPARE(readAll(path), QByteArray("old"));
    }

    void csv()
    {
        const QString csv = QString::fromUtf8(timelineToCsv(handMadeTimeline()));
        const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 7);
        QVERIFY(lines[0].startsWith(u"id,start,end,value,mod,granularity,date,title"));
        QVERIFY(lines[1].startsWith(u"a0,2022-01-01,2023-01-01,2022,,year,2022,Russia's invasion,"));
        QVERIFY(lines[2].startsWith(u"b0,,2023-02-01,2023-02,BEFORE,month,before Feb 2023,"));
        // Quotes and commas are quoted, quotes doubled.
        QVERIFY(lines[3].contains(u",\"Sullivan said, \"\"Xi should hear\"\"\","));
        QVERIFY(lines[6].startsWith(u"f0,,,PXW,,unknown,unplaced (PXW),Arms accusations"));
    }

    void timelineJs()
    {
        const QJsonObject root = QJsonDocument::fromJson(timelineToTimelineJs(handMadeTimeline())).object();
        QCOMPARE(root[u"title"][u"text"][u"headline"].toString(), QStringLiteral("Xi to meet Putin"));
        const QJsonArray events = root[u"events"].toArray();
        QCOMPARE(events.size(), 5);   // the unplaced one cannot be shown
        auto slide = [&events](const char *id) {
            for (const auto &v : events)
                if (v[u"unique_id"].toString() == QLatin1String(id))
                    return v.toObject();
            return QJsonObject();
        };
        // A year has only a year; a month only year and month.
        QCOMPARE(slide("a0")[u"start_date"].toObject(), (QJsonObject{{u"year"_qs, 2022}}));
        QVERIFY(!slide("a0").contains(u"end_date"));
        QCOMPARE(slide("b0")[u"start_date"].toObject(), (QJsonObject{{u"year"_qs, 2023}, {u"month"_qs, 1}}));
        QCOMPARE(slide("b0")[u"display_date"].toString(), QStringLiteral("before Feb 2023"));
        // A day is a day; a week spans its days and says which week it is.
        QCOMPARE(slide("c0")[u"start_date"].toObject(),
                 (QJsonObject{{u"year"_qs, 2023}, {u"month"_qs, 3}, {u"day"_qs, 13}}));
        QVERIFY(!slide("c0").contains(u"display_date"));
        QCOMPARE(slide("d0")[u"end_date"].toObject(),
                 (QJsonObject{{u"year"_qs, 2023}, {u"month"_qs, 3}, {u"day"_qs, 26}}));
        QCOMPARE(slide("d0")[u"display_date"].toString(), QStringLiteral("week 12, 2023"));
        QCOMPARE(slide("d0")[u"group"].toString(), QStringLiteral("Expected"));
        QCOMPARE(slide("e0")[u"end_date"][u"day"].toInt(), 10);
        QCOMPARE(slide("e0")[u"text"][u"headline"].toString(), QStringLiteral("G20 summit in New Delhi"));
        QCOMPARE(slide("e0")[u"text"][u"text"].toString(), QStringLiteral("A sentence."));
    }
};

QTEST_MAIN(TestTimelineExport)
#include "tst_timelineexport.moc"
