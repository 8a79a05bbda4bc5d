// Prints the temporal tagger's throughput on a large news-like text, in MB/s of UTF-8 input,
// on one core. The text is the bundled sample article plus, where ../shared is present,
// every TimeBank and AQUAINT document, repeated to about 50 MB.
//
//   bench_tagger [MEGABYTES] [--stages]
//
// --stages also times the pipeline's stages on their own, cumulatively (scan; scan and
// match; scan, match and refine), best of five runs each: what the whole costs beyond the
// last is resolving values and making the output. (On a shared virtual machine the figures
// drift from minute to minute; compare builds in alternating runs.)

#include "temporal/CandidateRefiner.h"
#include "temporal/LanguageData.h"
#include "temporal/RuleMatcher.h"
#include "temporal/TemporalTagger.h"
#include "temporal/TextChunker.h"
#include "temporal/TokenScanner.h"
#include "timeml/TimeMLReader.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace chronoline;

namespace {
// CPU time of this thread: on a shared machine, wall time also counts other programs' turns.
double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

// The stages up to `last` (0 scan, 1 match, 2 refine) over the text, piece by piece as the
// tagger goes; returns the number of tokens, candidates and survivors, so that no stage's
// work can be left out by the compiler.
size_t runStages(const LanguageData &language, QStringView text, int last)
{
    const TokenScanner scanner(language);
    const RuleMatcher matcher(language);
    const CandidateRefiner refiner(language);
    ScannedText scanned;
    std::vector<Candidate> candidates;
    std::vector<Candidate *> kept;
    size_t count = 0;
    for (qsizetype base = 0; base < text.size();) {
        const qsizetype cut = TextChunker::nextCut(text, base, TemporalTagger::pieceLength);
        const QStringView piece = text.sliced(base, cut - base);
        scanner.scan(piece, scanned);
        count += scanned.tokens.size();
        if (last >= 1) {
            candidates.clear();
            matcher.match(piece, scanned, candidates);
            count += candidates.size();
        }
        if (last >= 2) {
            refiner.refine(scanned, candidates, kept);
            count += kept.size();
        }
        base = cut;
    }
    return count;
}
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const bool stages = args.contains(QStringLiteral("--stages"));
    double targetMb = 50.0;
    for (const QString &arg : args) {
        if (!arg.startsWith(u'-'))
            targetMb = arg.toDouble();
    }

    QString corpus;
    QFile sample(QStringLiteral(":/samples/xi-putin-moscow.txt"));
    if (sample.open(QIODevice::ReadOnly))
        corpus += QString::fromUtf8(sample.readAll()) + QStringLiteral("\n\n");
    QDirIterator it(QStringLiteral(CHRONOLINE_SHARED_DIR "/data/tempeval3/train"), {QStringLiteral("*.tml")},
                    QDir::Files, QDirIterator::Subdirectories);
    int documents = 0;
    while (it.hasNext()) {
        const auto doc = TimeMLReader::readFile(it.next());
        if (doc) {
            corpus += doc->text + QStringLiteral("\n\n");
            ++documents;
        }
    }
    QString text;
    while (text.toUtf8().size() < qsizetype(targetMb * 1e6) && !corpus.isEmpty())
        text += corpus;
    const double mb = double(text.toUtf8().size()) / 1e6;
    std::printf("text: %.1f MB of UTF-8 (%d TimeML documents and the sample, repeated)\n", mb, documents);

    const TemporalTagger &tagger = TemporalTagger::english();
    tagger.tag(corpus.left(10000), QDate(1998, 1, 1));   // load the language data first

    double best = 0, bestCpu = 0;
    size_t found = 0;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = threadCpuSeconds();
        const Timexes timexes = tagger.tag(text, QDate(1998, 1, 1));
        const double cpu = threadCpuSeconds() - cpuStart;
        const double seconds = timer.nsecsElapsed() / 1e9;
        found = timexes.size();
        best = std::max(best, mb / seconds);
        bestCpu = std::max(bestCpu, mb / cpu);
        std::printf("run %d: %.3f s wall (%.1f MB/s), %.3f s CPU (%.1f MB/s), %zu expressions\n", run + 1,
                    seconds, mb / seconds, cpu, mb / cpu, found);
    }
    std::printf("tagger throughput (best of 3, one thread): %.1f MB/s wall, %.1f MB/s of CPU time\n", best,
                bestCpu);
    if (stages) {
        const LanguageData &language = *LanguageData::english();
        const char *names[] = {"scan", "scan+match", "scan+match+refine"};
        for (int last = 0; last < 3; ++last) {
            double fastest = 1e300;
            for (int run = 0; run < 5; ++run) {
                const double cpuStart = threadCpuSeconds();
                runStages(language, text, last);
                fastest = std::min(fastest, threadCpuSeconds() - cpuStart);
            }
            std::printf("%-18s %.3f s CPU (%.1f MB/s)\n", names[last], fastest, mb / fastest);
        }
    }
    return found > 0 ? 0 : 1;
}
