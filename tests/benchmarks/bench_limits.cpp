// Times each stage of `chronoline-cli extract` on pathological inputs made in
// memory, and prints the process's peak RSS after each, so that the cost of a
// stage on an input it was never meant for can be seen and bounded.
//
//   bench_limits [MEGABYTES]     (default 48)
//
// Inputs: the sample article joined into one line; the same with no sentence
// punctuation at all; a million dates ("On March 3, 2021 ..." repeated);
// 10,000 and 100,000 nested HTML elements. PDFs of many pages: bench_pdf_pages.

#include "document/DocumentLoader.h"
#include "timeline/AnalysisPipeline.h"
#include "timeline/JsonExport.h"
#include "timeline/Timeline.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include "PeakRss.h"

#include <cstdio>

using namespace chronoline;
using chronoline::bench::peakRssMb;
using namespace Qt::StringLiterals;

namespace {

QByteArray repeatedTo(const QByteArray &unit, qsizetype bytes)
{
    QByteArray out;
    out.reserve(bytes + unit.size());
    while (out.size() < bytes)
        out += unit;
    out.truncate(bytes);
    return out;
}

void report(const char *stage, QElapsedTimer &clock)
{
    std::printf("  %-10s %8.2f s   peak RSS %7.0f MB\n", stage, double(clock.nsecsElapsed()) / 1e9, peakRssMb());
    std::fflush(stdout);
    clock.restart();
}

// Load, segment + tag + extract (the Timeline), and JSON, as `extract` does.
void run(const char *name, const QByteArray &bytes, const QString &nameHint)
{
    std::printf("%s: %.1f MB\n", name, double(bytes.size()) / 1e6);
    QElapsedTimer clock;
    clock.start();
    LoadOptions options;
    options.dct = QDate(2023, 3, 14);
    LoadResult loaded = loadDocumentFromBytes(bytes, nameHint, options);
    report("load", clock);
    if (!loaded.ok()) {
        std::printf("  stopped: %s\n", qPrintable(loaded.error));
        return;
    }
    const AnalysisPipeline pipeline = AnalysisPipeline::english();
    const Segmentation segmentation = pipeline.segment(loaded.document->text);
    report("segment", clock);
    const Timexes timexes = pipeline.tag(loaded.document->text, loaded.document->dct);
    report("tag", clock);
    const Events events = pipeline.extract(*loaded.document, segmentation, timexes);
    report("extract", clock);
    const QByteArray json = JsonExport::toJson(*loaded.document, timexes, events);
    report("json", clock);
    std::printf("  %zu sentences, %zu expressions, %zu events, %.1f MB of JSON\n",
                segmentation.sentences.size(), timexes.size(), events.size(), double(json.size()) / 1e6);
}

QByteArray nestedHtml(int depth)
{
    QByteArray html = "<html><body>";
    for (int i = 0; i < depth; ++i)
        html += "<div>";
    html += "<p>The talks ended on March 14, 2023, officials said.</p>";
    for (int i = 0; i < depth; ++i)
        html += "</div>";
    return html + "</body></html>";
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qsizetype bytes = qsizetype((argc > 1 ? QString::fromLocal8Bit(argv[1]).toDouble() : 48.0) * 1024 * 1024);
    QFile sampleFile(u":/samples/xi-putin-moscow.txt"_s);
    if (!sampleFile.open(QIODevice::ReadOnly))
        return 1;
    QByteArray sample = sampleFile.readAll();
    sample.replace('\n', ' ');
    const QStringList only = app.arguments().mid(2);
    auto wanted = [&](const char *name) { return only.isEmpty() || only.contains(QLatin1StringView(name)); };

    if (wanted("one-line"))
        run("one-line", repeatedTo(sample, bytes), u"one-line.txt"_s);
    if (wanted("no-breaks")) {
        QByteArray words = sample;
        for (char c : {'.', '?', '!'})
            words.replace(c, ' ');
        run("no-breaks", repeatedTo(words, bytes), u"no-breaks.txt"_s);
    }
    if (wanted("dates"))
        run("dates", repeatedTo("On March 3, 2021 the committee met again. ", 42'000'000), u"dates.txt"_s);
    if (wanted("nested-html")) {
        run("nested-html-10k", nestedHtml(10'000), u"nested.html"_s);
        run("nested-html-100k", nestedHtml(100'000), u"nested.html"_s);
    }
    return 0;
}
