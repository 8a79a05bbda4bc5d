// Writes a PDF of many pages with QPdfWriter (the sample article over and over)
// and times loading it, page by page, then the analysis, printing peak RSS.
//
//   bench_pdf_pages [PAGES]     (default 2000)

#include "document/DocumentLoader.h"
#include "timeline/AnalysisPipeline.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>

#include "PeakRss.h"

#include <cstdio>

using namespace chronoline;
using chronoline::bench::peakRssMb;
using namespace Qt::StringLiterals;

namespace {

// About 45 lines of the sample article per A4 page, in 10 pt type.
QByteArray writePdf(const QStringList &lines, int pages)
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(72);
    writer.setPageSize(QPageSize(QPageSize::A4));
    QPainter painter(&writer);
    QFont font(u"DejaVu Sans"_s);
    font.setPointSizeF(10);
    painter.setFont(font);
    qsizetype next = 0;
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        for (int row = 0; row < 45; ++row)
            painter.drawText(QPointF(20, 30 + row * 16), lines[next++ % lines.size()]);
    }
    painter.end();
    return pdf;
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const int pages = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 2000;
    QFile sample(u":/samples/xi-putin-moscow.txt"_s);
    if (!sample.open(QIODevice::ReadOnly))
        return 1;
    // Lines short enough for the page.
    QStringList lines;
    for (const QString &paragraph : QString::fromUtf8(sample.readAll()).split(u'\n', Qt::SkipEmptyParts)) {
        QString line;
        for (const QString &word : paragraph.split(u' ')) {
            if (line.size() + word.size() > 90) {
                lines.append(line);
                line.clear();
            }
            line += (line.isEmpty() ? QString() : u" "_s) + word;
        }
        lines.append(line);
    }

    QElapsedTimer clock;
    clock.start();
    const QByteArray pdf = writePdf(lines, pages);
    std::printf("wrote %d pages, %.1f MB, in %.2f s\n", pages, double(pdf.size()) / 1e6, clock.nsecsElapsed() / 1e9);

    clock.restart();
    int reports = 0;
    LoadOptions options;
    options.progress = [&reports](const LoadProgress &) {
        ++reports;
        return true;
    };
    const LoadResult loaded = loadDocumentFromBytes(pdf, u"pages.pdf"_s, options);
    std::printf("load: %.2f s, %d progress reports, peak RSS %.0f MB\n", clock.nsecsElapsed() / 1e9, reports,
                peakRssMb());
    if (!loaded.ok()) {
        std::printf("stopped: %s\n", qPrintable(loaded.error));
        return 0;
    }
    clock.restart();
    const AnalysisPipeline pipeline = AnalysisPipeline::english();
    const Segmentation segmentation = pipeline.segment(loaded.document->text);
    const Timexes timexes = pipeline.tag(loaded.document->text, QDate(2023, 3, 14));
    const Events events = pipeline.extract(*loaded.document, segmentation, timexes);
    std::printf("analysis: %.2f s, %.1f MB of text, %zu expressions, %zu events, peak RSS %.0f MB\n",
                clock.nsecsElapsed() / 1e9, double(loaded.document->text.size()) / 1e6, timexes.size(),
                events.size(), peakRssMb());
    return 0;
}
