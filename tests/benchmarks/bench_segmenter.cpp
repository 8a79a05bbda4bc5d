// Throughput of the segmenter stages over a large text built from the bundled
// article. Prints figures; asserts nothing.
#include "text/Segmenter.h"

#include <QElapsedTimer>
#include <QFile>

#include <cstdio>
#include <functional>

using namespace chronoline;
using namespace Qt::StringLiterals;

namespace {

// Best of several runs, in milliseconds, so that one scheduling hiccup on a
// shared machine does not decide the figure.
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

} // namespace

int main()
{
    QFile file(QStringLiteral(CHRONOLINE_RESOURCES_DIR "/samples/xi-putin-moscow.txt"));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read the sample article\n");
        return 1;
    }
    const QString sample = QString::fromUtf8(file.readAll()) + u"\n\n"_s;
    QString text;
    constexpr qsizetype kTarget = 50 * 1000 * 1000;   // UTF-16 units, about 50 MB of UTF-8
    text.reserve(kTarget + sample.size());
    while (text.size() < kTarget)
        text += sample;
    const double megabytes = double(text.toUtf8().size()) / 1e6;

    const Segmenter &segmenter = Segmenter::english();
    const auto report = [&](const char *stage, const std::function<size_t()> &work) {
        size_t count = 0;
        const double ms = bestOf(3, work, count);
        std::printf("%-12s %9zu spans  %8.1f ms  %7.1f MB/s\n", stage, count, ms,
                    megabytes / (ms / 1000.0));
    };
    std::printf("text: %.1f MB UTF-8, %lld UTF-16 units\n", megabytes, qlonglong(text.size()));
    report("paragraphs", [&] { return segmenter.paragraphs(text).size(); });
    report("sentences", [&] { return segmenter.sentences(text).size(); });
    report("tokens", [&] { return segmenter.tokens(text).size(); });
    report("segment", [&] { return segmenter.segment(text).tokens.size(); });
    return 0;
}
