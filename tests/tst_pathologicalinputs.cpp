// Inputs no article looks like, made in the test: each must come through the
// whole analysis (load, segment, tag, extract, JSON) in bounded time with
// bounded output, or stop with a clear message. The full-size figures (48 MB,
// a million dates, 100,000 nested elements) come from bench_limits.
#include "document/DocumentLoader.h"
#include "temporal/TemporalTagger.h"
#include "text/SentenceSplitter.h"
#include "timeline/AnalysisPipeline.h"
#include "timeline/JsonExport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace chronoline;
using namespace Qt::StringLiterals;

namespace {

// Generous for a sanitizer build on a shared machine; each case takes well
// under a second in a release build, and minutes before its fix.
constexpr qint64 kMaxMs = 30000;

QString sampleText()
{
    QFile file(QStringLiteral(CHRONOLINE_RESOURCES_DIR "/samples/xi-putin-moscow.txt"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

struct Analysis {
    Timexes timexes;
    Events events;
    size_t jsonBytes = 0;
};

Analysis analyse(const Document &doc)
{
    const AnalysisPipeline pipeline = AnalysisPipeline::english();
    Analysis a;
    const Segmentation segmentation = pipeline.segment(doc.text);
    a.timexes = pipeline.tag(doc.text, doc.dct);
    a.events = pipeline.extract(doc, segmentation, a.timexes);
    a.jsonBytes = JsonExport::toJson(doc, a.timexes, a.events).size();
    return a;
}

} // namespace

class TestPathologicalInputs : public QObject
{
    Q_OBJECT

private slots:
    void oneLineWithoutSentences();
    void manyDates();
    void taggingAcrossPieces();
    void deeplyNestedHtml();
};

// Half a megabyte of the sample on one line with no sentence punctuation: one
// "sentence" that every event quoted whole (gigabytes of output at 2 MB) until
// the splitter cut over-long sentences.
void TestPathologicalInputs::oneLineWithoutSentences()
{
    QString unit = sampleText();
    QVERIFY(!unit.isEmpty());
    for (const QChar c : {u'.', u'!', u'?', u'\n'})
        unit.replace(c, u' ');
    Document doc;
    while (doc.text.size() < 512 * 1024)
        doc.text += unit;
    doc.dct = QDate(2023, 3, 14);

    QElapsedTimer clock;
    clock.start();
    const Analysis a = analyse(doc);
    QVERIFY2(clock.elapsed() < kMaxMs, qPrintable(u"took %1 ms"_s.arg(clock.elapsed())));
    QVERIFY(a.timexes.size() > 100);
    QVERIFY(!a.events.empty());
    for (const Event &e : a.events) {
        QVERIFY2(e.sentence.text.size() <= SentenceSplitter::kMaxSentenceLength,
                 qPrintable(u"event %1 quotes %2 characters"_s.arg(e.id).arg(e.sentence.text.size())));
    }
    // Output grows with the text, not with the text times the events.
    QVERIFY2(a.jsonBytes < size_t(40 * doc.text.size()), qPrintable(QString::number(a.jsonBytes)));
}

// 26,000 dates on one line (a million take bench_limits): however the tagger cuts
// the text into pieces, no date is lost or cut at a seam.
void TestPathologicalInputs::manyDates()
{
    const QString unit = u"On March 3, 2021 the committee met again. "_s;
    const int count = 26000;
    Document doc;
    doc.text = unit.repeated(count);
    doc.dct = QDate(2023, 3, 14);

    QElapsedTimer clock;
    clock.start();
    const Analysis a = analyse(doc);
    QVERIFY2(clock.elapsed() < kMaxMs, qPrintable(u"took %1 ms"_s.arg(clock.elapsed())));
    QCOMPARE(a.timexes.size(), size_t(count));
    for (size_t i = 0; i < a.timexes.size(); ++i) {
        const Timex &t = a.timexes[i];
        QCOMPARE(t.value, u"2021-03-03"_s);
        QCOMPARE(t.start % unit.size(), qsizetype(3));
        QCOMPARE(t.id, u"t%1"_s.arg(i + 1));
    }
    QCOMPARE(a.events.size(), size_t(count));
}

// Two megabytes of whole articles, which the tagger takes in pieces, give every
// copy of the article exactly the expressions of the copy before it.
void TestPathologicalInputs::taggingAcrossPieces()
{
    const QString unit = sampleText().trimmed() + u"\n\n"_s;
    const int copies = int(1024 * 1024 / unit.size()) + 2;
    const QString text = unit.repeated(copies);
    const Timexes timexes = TemporalTagger::english().tag(text, QDate(2023, 3, 14));
    QCOMPARE(timexes.size() % size_t(copies), size_t(0));
    const size_t perCopy = timexes.size() / size_t(copies);
    QVERIFY(perCopy > 5);
    // From the second copy on, each starts after the same narrative context.
    for (size_t i = perCopy; i < timexes.size(); ++i) {
        const Timex &t = timexes[i];
        const Timex &same = timexes[perCopy + i % perCopy];
        QCOMPARE(t.start % unit.size(), same.start % unit.size());
        QCOMPARE(t.text, same.text);
        QCOMPARE(t.value, same.value);
    }
}

// 10,000 nested elements (the parser's own limit is 256 without XML_PARSE_HUGE):
// the text at the bottom and halfway down is kept, and nothing overflows the stack.
void TestPathologicalInputs::deeplyNestedHtml()
{
    const int depth = 10000;
    QByteArray html = "<html><body>";
    for (int i = 0; i < depth; ++i) {
        html += "<div>";
        if (i == depth / 2)
            html += "<p>Halfway down, the talks were said to resume on Monday.</p>";
    }
    html += "<p>The talks ended on March 14, 2023, officials said.</p>";
    for (int i = 0; i < depth; ++i)
        html += "</div>";
    html += "</body></html>";

    QElapsedTimer clock;
    clock.start();
    const LoadResult r = loadDocumentFromBytes(html, u"nested.html"_s);
    QVERIFY2(clock.elapsed() < kMaxMs, qPrintable(u"took %1 ms"_s.arg(clock.elapsed())));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY2(r.document->text.contains(u"The talks ended on March 14, 2023, officials said."_s),
             qPrintable(r.document->text.left(500)));
    QVERIFY(r.document->text.contains(u"Halfway down, the talks were said to resume on Monday."_s));
}

QTEST_GUILESS_MAIN(TestPathologicalInputs)
#include "tst_pathologicalinputs.moc"
