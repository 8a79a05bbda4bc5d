// `chronoline-cli extract` as a user runs it, on a large news text: the whole
// process (reading and decoding the file, finding the date, segmentation,
// tagging, events, writing the JSON to a file), with events and with
// --no-events, which skips the sentences and the events. Where bench_events
// times the stages in one warm process, this counts everything a run costs,
// fresh memory included. Runs alternate, and each figure is the best of them,
// wall time and CPU time (user + system) of the child process. With events the
// command uses two threads, so its wall time also depends on the second core
// being free: ten runs by default, as this machine's speed drifts from one
// moment to the next. Prints figures; asserts nothing.
//
// bench_extract [SIZE_MB [RUNS]]   (defaults 20 and 10)
#include "NewsText.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

using namespace chronoline;

namespace {

double cpuSeconds(const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; }

// User plus system time of the children waited for so far.
double childrenCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return cpuSeconds(usage.ru_utime) + cpuSeconds(usage.ru_stime);
}

struct Timing {
    double wall = 1e300;
    double cpu = 1e300;
    qint64 outputBytes = 0;
    bool ok = true;
};

void runOnce(const QStringList &arguments, const QString &outputPath, Timing &best)
{
    QProcess process;
    process.setStandardOutputFile(outputPath);
    process.setStandardErrorFile(QProcess::nullDevice());
    const double cpuBefore = childrenCpuSeconds();
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(CHRONOLINE_CLI), arguments);
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        best.ok = false;
        return;
    }
    best.wall = std::min(best.wall, double(timer.nsecsElapsed()) / 1e9);
    best.cpu = std::min(best.cpu, childrenCpuSeconds() - cpuBefore);
    best.outputBytes = QFile(outputPath).size();
}

} // namespace

int main(int argc, char **argv)
{
    const double sizeMb = argc > 1 ? std::atof(argv[1]) : 20.0;
    const int runs = argc > 2 ? std::atoi(argv[2]) : 10;
    if (!(sizeMb > 0.0) || runs < 1) {
        std::fprintf(stderr, "usage: bench_extract [SIZE_MB [RUNS]]\n");
        return 2;
    }
    const QByteArray corpus = bench::newsText().toUtf8();
    if (corpus.isEmpty()) {
        std::fprintf(stderr, "no text to measure\n");
        return 1;
    }
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("news.txt"));
    const QString output = dir.filePath(QStringLiteral("out.json"));
    QByteArray text;
    const qsizetype target = qsizetype(sizeMb * 1000 * 1000);
    text.reserve(target + corpus.size());
    while (text.size() < target)
        text += corpus;
    QFile file(input);
    if (!dir.isValid() || !file.open(QIODevice::WriteOnly) || file.write(text) != text.size()) {
        std::fprintf(stderr, "cannot write the text to measure\n");
        return 1;
    }
    file.close();

    const QStringList withEvents{QStringLiteral("extract"), input, QStringLiteral("--dct"), QStringLiteral("2023-03-14")};
    const QStringList withoutEvents = withEvents + QStringList{QStringLiteral("--no-events")};
    Timing with, without;
    for (int i = 0; i < runs; ++i) {
        runOnce(withoutEvents, output, without);
        runOnce(withEvents, output, with);
    }
    if (!with.ok || !without.ok) {
        std::fprintf(stderr, "chronoline-cli extract failed on the text\n");
        return 1;
    }
    std::printf("text: %.1f MB UTF-8, best of %d runs each\n", double(text.size()) / 1e6, runs);
    std::printf("extract --no-events  %7.3f s wall  %7.3f s CPU  (%.1f MB of JSON)\n", without.wall, without.cpu,
                double(without.outputBytes) / 1e6);
    std::printf("extract              %7.3f s wall  %7.3f s CPU  (%.1f MB of JSON)\n", with.wall, with.cpu,
                double(with.outputBytes) / 1e6);
    // Here the sentences count as the events' cost, since nothing else in
    // `extract` needs them.
    std::printf("sentences and events add %.0f%% (wall), %.0f%% (CPU)\n", 100.0 * (with.wall - without.wall) / without.wall,
                100.0 * (with.cpu - without.cpu) / without.cpu);
    return 0;
}
