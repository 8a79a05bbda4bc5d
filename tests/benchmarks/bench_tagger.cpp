// Prints the temporal tagger's throughput on a large news-like text, in MB/s of UTF-8 input,
// on one core. The text is the bundled sample article plus, where ../shared is present,
// every TimeBank and AQUAINT document, repeated to about 50 MB.
//
//   bench_tagger [MEGABYTES]

#include "temporal/TemporalTagger.h"
#include "timeml/TimeMLReader.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>

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
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const double targetMb = argc > 1 ? QString::fromLocal8Bit(argv[1]).toDouble() : 50.0;

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
    return found > 0 ? 0 : 1;
}
