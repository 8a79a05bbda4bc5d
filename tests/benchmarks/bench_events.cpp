// What event extraction adds to `extract` on a large news text: segmentation
// and tagging alone, then with the event extractor, best of three runs each.
// The text is the TempEval-3 training articles (when the shared data is there)
// and the bundled article, repeated to about 20 MB. Prints figures; asserts nothing.
#include "events/EventExtractor.h"
#include "temporal/TemporalTagger.h"
#include "text/Segmenter.h"
#include "timeml/TimeMLReader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>
#include <functional>

using namespace chronoline;
using namespace Qt::StringLiterals;

namespace {

double bestOf(int runs, const std::function<size_t()> &work, size_t &count)
{
    double best = 1e300;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        count = work();
        best = std::min(best, double(timer.nsecsElapsed()) / 1e6);
    }
    return best;
}

QString newsText()
{
    QString corpus;
    QFile file(QStringLiteral(CHRONOLINE_RESOURCES_DIR "/samples/xi-putin-moscow.txt"));
    if (file.open(QIODevice::ReadOnly))
        corpus += QString::fromUtf8(file.readAll()) + u"\n\n"_s;
    const QString root = QStringLiteral(CHRONOLINE_SHARED_DIR "/data/tempeval3/train");
    for (const QString &sub : {u"TimeBank"_s, u"AQUAINT"_s}) {
        const QDir dir(root + u'/' + sub);
        for (const QString &name : dir.entryList({u"*.tml"_s}, QDir::Files, QDir::Name)) {
            if (const auto doc = TimeMLReader::readFile(dir.filePath(name)))
                corpus += doc->text.trimmed() + u"\n\n"_s;
        }
    }
    return corpus;
}

} // namespace

int main()
{
    const QString corpus = newsText();
    if (corpus.isEmpty()) {
        std::fprintf(stderr, "no text to measure\n");
        return 1;
    }
    QString text;
    constexpr qsizetype target = 20 * 1000 * 1000;
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
    extractor.extract(document, segmenter.segment(corpus.left(2000)), tagger.tag(corpus.left(2000), document.dct));

    Segmentation segmentation;
    Timexes timexes;
    size_t count = 0;
    const double segmentMs = bestOf(3, [&] {
        segmentation = segmenter.segment(text);
        return segmentation.sentences.size();
    }, count);
    const size_t sentences = count;
    const double tagMs = bestOf(3, [&] {
        timexes = tagger.tag(text, document.dct);
        return timexes.size();
    }, count);
    const double eventsMs = bestOf(3, [&] { return extractor.extract(document, segmentation, timexes).size(); },
                                   count);
    const double without = segmentMs + tagMs;
    const double with = without + eventsMs;
    std::printf("text: %.1f MB UTF-8, %zu sentences, %zu time expressions, %zu events\n", megabytes,
                sentences, timexes.size(), count);
    std::printf("segment          %8.1f ms  %7.1f MB/s\n", segmentMs, megabytes / (segmentMs / 1000.0));
    std::printf("tag              %8.1f ms  %7.1f MB/s\n", tagMs, megabytes / (tagMs / 1000.0));
    std::printf("events           %8.1f ms  %7.1f MB/s\n", eventsMs, megabytes / (eventsMs / 1000.0));
    std::printf("extract without events %8.1f ms, with events %8.1f ms: events add %.0f%% (budget 50%%)\n",
                without, with, 100.0 * eventsMs / without);
    return 0;
}
