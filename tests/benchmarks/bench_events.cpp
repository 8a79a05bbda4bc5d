// What event extraction adds to `chronoline-cli extract` on a large news text,
// stage by stage (best of three runs each, in one warm process; bench_extract
// times the command itself): decoding the UTF-8 input, tagging and the JSON
// output without events, then with the sentence segmentation and the event
// extractor that only the events need, and the events in the JSON. First the
// stages one after another on one core, then as extract runs them: split, tag
// and extract overlapped on two threads (OverlappedAnalysis), the document and
// its expressions written out on a thread of their own as soon as they are
// known, then the events (JsonExportStream; the JSON goes to a device that
// keeps nothing, as it goes to a file in extract). The text is
// the TempEval-3 training articles (when the shared data is there) and the bundled article,
// repeated to about 20 MB (or the size in MB given as the one argument, e.g. 1
// for a run under callgrind): dense in dates, 2.5 events per kilobyte. Prints
// figures; asserts nothing.
#include "events/EventExtractor.h"
#include "temporal/TemporalTagger.h"
#include "text/Segmenter.h"
#include "timeline/JsonExport.h"
#include "timeline/JsonExportStream.h"
#include "timeline/OverlappedAnalysis.h"

#include "NewsText.h"

#include <QElapsedTimer>
#include <QIODevice>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <functional>
#include <optional>
#include <span>
#include <thread>

using namespace chronoline;
using namespace Qt::StringLiterals;

namespace {

// CPU time of this thread in milliseconds: on a shared machine, wall time also
// counts other programs' turns, so comparisons of two builds read this one.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

struct Timing {
    double wallMs = 1e300;
    double cpuMs = 1e300;
};

// The best of `runs` runs, wall and CPU time each.
Timing bestOf(int runs, const std::function<size_t()> &work, size_t &count)
{
    Timing best;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = threadCpuMs();
        count = work();
        best.cpuMs = std::min(best.cpuMs, threadCpuMs() - cpuStart);
        best.wallMs = std::min(best.wallMs, double(timer.nsecsElapsed()) / 1e6);
    }
    return best;
}

// Takes whatever is written and keeps none of it: the JSON as extract writes
// it, a chunk at a time, without the cost of where it goes.
class NullDevice : public QIODevice {
protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 length) override { return length; }
};

} // namespace

int main(int argc, char **argv)
{
    const double sizeMb = argc > 1 ? std::atof(argv[1]) : 20.0;
    if (!(sizeMb > 0.0)) {
        std::fprintf(stderr, "usage: bench_events [SIZE_MB]\n");
        return 2;
    }
    const QString corpus = bench::newsText();
    if (corpus.isEmpty()) {
        std::fprintf(stderr, "no text to measure\n");
        return 1;
    }
    QString text;
    const qsizetype target = qsizetype(sizeMb * 1000 * 1000);
    text.reserve(target + corpus.size());
    while (text.size() < target)
        text += corpus;
    const double megabytes = double(text.toUtf8().size()) / 1e6;
    Document document;
    document.text = text;
    document.dct = QDate(2023, 3, 14);

    const Segmenter &segmenter = Segmenter::english();
    const TemporalTagger &tagger = TemporalTagger::english();
    const EventExtractor &extractor = EventExtractor::english();
    // Warm the lazily loaded language data before timing.
    extractor.extract(document, segmenter.segmentSentences(corpus.left(2000)), tagger.tag(corpus.left(2000), document.dct));

    Segmentation segmentation;
    Timexes timexes;
    Events events;
    size_t count = 0;
    const QByteArray utf8 = text.toUtf8();
    const Timing decode = bestOf(3, [&] { return size_t(QString::fromUtf8(utf8).size()); }, count);
    const Timing segment = bestOf(3, [&] {
        segmentation = segmenter.segmentSentences(text);   // as the pipeline segments
        return segmentation.sentences.size();
    }, count);
    const size_t sentences = count;
    const Timing tag = bestOf(3, [&] {
        timexes = tagger.tag(text, document.dct);
        return timexes.size();
    }, count);
    const Timing extract = bestOf(3, [&] {
        events = extractor.extract(document, segmentation, timexes);
        return events.size();
    }, count);
    const Timing overlapped = bestOf(3, [&] { return OverlappedAnalysis::run(document).events.size(); }, count);
    NullDevice sink;
    sink.open(QIODevice::WriteOnly);
    const Timing jsonWithout = bestOf(3, [&] { return size_t(JsonExport::write(sink, document, timexes, {})); }, count);
    const Timing jsonWith = bestOf(3, [&] { return size_t(JsonExport::write(sink, document, timexes, events)); }, count);
    // As extract runs it: the analysis overlapped, the document and its
    // expressions written on a thread of their own once they are known, then
    // the events.
    const Timing asExtract = bestOf(3, [&] {
        std::optional<JsonExportStream> json;
        std::jthread head;
        const OverlappedAnalysis::Result r
                = OverlappedAnalysis::run(document, nullptr, [&](const Document &d, std::span<const Timex> t) {
                      json.emplace(sink, d);
                      head = std::jthread([&json, t] { json->head(t, true); });
                  });
        head.join();
        return size_t(json->finish(r.events)) + r.events.size();
    }, count);
    const double decodeMs = decode.wallMs, segmentMs = segment.wallMs, tagMs = tag.wallMs;
    const double eventsMs = extract.wallMs, jsonWithoutMs = jsonWithout.wallMs, jsonWithMs = jsonWith.wallMs;
    count = events.size();
    size_t mentions = 0;
    for (const Event &e : events)
        mentions += e.mentions.size();
    const double with = decodeMs + segmentMs + tagMs + eventsMs + jsonWithMs;
    std::printf("text: %.1f MB UTF-8, %zu sentences, %zu time expressions, %zu events\n", megabytes,
                sentences, timexes.size(), count);
    std::printf("event mentions: %zu\n", mentions);
    std::printf("decode           %8.1f ms                (CPU %8.1f ms)\n", decodeMs, decode.cpuMs);
    std::printf("segment          %8.1f ms  %7.1f MB/s  (CPU %8.1f ms)\n", segmentMs, megabytes / (segmentMs / 1000.0),
                segment.cpuMs);
    std::printf("tag              %8.1f ms  %7.1f MB/s  (CPU %8.1f ms)\n", tagMs, megabytes / (tagMs / 1000.0), tag.cpuMs);
    std::printf("events           %8.1f ms  %7.1f MB/s  (CPU %8.1f ms)\n", eventsMs, megabytes / (eventsMs / 1000.0),
                extract.cpuMs);
    std::printf("json             %8.1f ms without events, %8.1f ms with  (CPU %.1f and %.1f ms)\n", jsonWithoutMs,
                jsonWithMs, jsonWithout.cpuMs, jsonWith.cpuMs);
    std::printf("split, tag and events overlapped on two threads %8.1f ms  (CPU of this thread %8.1f ms)\n",
                overlapped.wallMs, overlapped.cpuMs);
    std::printf("... and the JSON written as extract writes it  %8.1f ms\n", asExtract.wallMs);
    // How much longer `extract` runs with events than without, every stage
    // counted. Only the events need the sentences (`extract --no-events`
    // skips them), so the figure counts segmentation as their cost.
    const double baseline = decodeMs + tagMs + jsonWithoutMs;
    const double added = 100.0 * (with - baseline) / baseline;
    std::printf("one core, stages in turn: extract without events %8.1f ms, with events %8.1f ms: "
                "sentences and events add %.0f%%\n",
                baseline, with, added);
    const double overlappedWith = decodeMs + asExtract.wallMs;
    const double overlappedAdded = 100.0 * (overlappedWith - baseline) / baseline;
    std::printf("as extract runs them (overlapped): without events %8.1f ms, with events %8.1f ms: "
                "sentences and events add %.0f%% (budget 50%%, %s)\n",
                baseline, overlappedWith, overlappedAdded, overlappedAdded <= 50.0 ? "met" : "over");
    return 0;
}
