// Prints how long the timeline view takes to repaint and to zoom one step with
// 10,000 events, and how long exporting them to PNG takes. Targets: 8 ms per
// repaint or zoom step, under 1 s for the PNG.
//
//     bench_timeline_view [EVENTS]

#include "EventModel.h"
#include "TimelineImageExport.h"
#include "TimelineView.h"

#include "timeline/Timeline.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace chronoline;

namespace {

// Events spread over 25 years with the mix of granularities articles have.
Events makeEvents(int count)
{
    QRandomGenerator rng(2023);
    const QDate first(1999, 1, 1);
    Events events;
    events.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        const QDate d = first.addDays(rng.bounded(25 * 365));
        Event e;
        e.id = u'e' + QString::number(i + 1);
        e.title = QStringLiteral("Event %1 with a headline of some length").arg(i + 1);
        e.salience = rng.bounded(1.0);
        e.sentence = {0, 10, QStringLiteral("A sentence.")};
        switch (rng.bounded(5)) {
        case 0:
            e.value = d.toString(QStringLiteral("yyyy-MM"));
            e.interval = EventInterval{QDate(d.year(), d.month(), 1), QDate(d.year(), d.month(), 1).addMonths(1)};
            break;
        case 1:
            e.value = d.toString(Qt::ISODate);
            e.interval = EventInterval{d, d.addDays(1 + rng.bounded(5))};
            break;
        case 2:
            e.value = QString::number(d.year());
            e.interval = EventInterval{QDate(d.year(), 1, 1), QDate(d.year() + 1, 1, 1)};
            break;
        default:
            e.value = d.toString(Qt::ISODate);
            e.interval = EventInterval{d, d.addDays(1)};
            break;
        }
        events.push_back(std::move(e));
    }
    std::sort(events.begin(), events.end(), [](const Event &a, const Event &b) {
        return *a.interval->start < *b.interval->start;
    });
    return events;
}

struct Stats {
    double mean = 0;
    double worst = 0;
};

template<typename F>
Stats measure(int runs, F &&f)
{
    Stats s;
    QElapsedTimer t;
    for (int i = 0; i < runs; ++i) {
        t.start();
        f(i);
        const double ms = t.nsecsElapsed() / 1e6;
        s.mean += ms / runs;
        s.worst = std::max(s.worst, ms);
    }
    return s;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int count = argc > 1 ? std::max(1, atoi(argv[1])) : 10000;
    QTextStream out(stdout);

    const Events events = makeEvents(count);
    EventModel model;
    QItemSelectionModel selection(&model);
    TimelineView view;
    view.resize(1600, 600);
    view.setModel(&model);
    view.setSelectionModel(&selection);
    view.show();
    QCoreApplication::processEvents();

    QElapsedTimer load;
    load.start();
    model.setEvents(events);
    const double loadMs = load.nsecsElapsed() / 1e6;
    view.repaint();   // warm caches (glyphs) as a running viewer would have them

    const Stats repaint = measure(50, [&](int) { view.repaint(); });
    const Stats zoom = measure(50, [&](int i) {
        // Alternate in and out about a moving cursor so every step lays out anew.
        const double x = 200 + (i * 97) % 1200;
        view.setScale(view.scale().zoomedAbout(x, i % 2 ? 1 / 1.25 : 1.25));
        view.repaint();
    });
    const Stats layoutOnly = measure(50, [&](int i) {
        const double x = 200 + (i * 97) % 1200;
        view.setScale(view.scale().zoomedAbout(x, i % 2 ? 1 / 1.25 : 1.25));
    });
    view.fitAll();
    const Stats fitRepaint = measure(20, [&](int) { view.repaint(); });

    AnalysisPipeline pipeline;
    pipeline.extract = [&events](const Document &, const Segmentation &, const Timexes &) { return events; };
    Document doc;
    doc.title = QStringLiteral("Benchmark");
    doc.dct = QDate(2023, 3, 14);
    const Timeline timeline(doc, pipeline);
    QTemporaryDir dir;
    QString error;
    bool ok = true;
    const Stats png = measure(3, [&](int) {
        ok = ok && exportTimelineImage(timeline, dir.filePath(QStringLiteral("bench.png")), {1600, 1}, &error);
    });
    if (!ok) {
        out << "PNG export failed: " << error << '\n';
        return 1;
    }

    out << "events: " << count << " (" << view.scene().laneCount() << " lanes, " << view.scene().overflow()
        << " summarised at fit-all)\n";
    out << QStringLiteral("model reset + layout: %1 ms\n").arg(loadMs, 0, 'f', 2);
    out << QStringLiteral("full repaint: %1 ms mean, %2 ms worst (target <= 8)\n").arg(repaint.mean, 0, 'f', 2).arg(repaint.worst, 0, 'f', 2);
    out << QStringLiteral("repaint at fit-all: %1 ms mean, %2 ms worst\n").arg(fitRepaint.mean, 0, 'f', 2).arg(fitRepaint.worst, 0, 'f', 2);
    out << QStringLiteral("zoom step (layout + repaint): %1 ms mean, %2 ms worst (target <= 8)\n").arg(zoom.mean, 0, 'f', 2).arg(zoom.worst, 0, 'f', 2);
    out << QStringLiteral("  of which lane layout: %1 ms mean, %2 ms worst\n").arg(layoutOnly.mean, 0, 'f', 2).arg(layoutOnly.worst, 0, 'f', 2);
    out << QStringLiteral("PNG export, 1600 px: %1 ms mean, %2 ms worst (target < 1000)\n").arg(png.mean, 0, 'f', 1).arg(png.worst, 0, 'f', 1);
    return 0;
}
