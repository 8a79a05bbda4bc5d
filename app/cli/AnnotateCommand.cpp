#include "AnnotateCommand.h"

#include "CommandLine.h"
#include "Console.h"
#include "ParallelFor.h"
#include "TmlFiles.h"

#include "timeline/AnalysisPipeline.h"
#include "timeml/TimeMLReader.h"
#include "timeml/TimeMLWriter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSaveFile>

namespace chronoline::cli {

namespace {

const QString command = QStringLiteral("annotate");

struct Annotated {
    QByteArray xml;
    QString error;       // set when the input could not be read
    qsizetype dropped = 0;
};

// Same DOCID, DCT and text; the tagger's expressions instead of the gold ones.
Annotated annotate(const QString &path, std::optional<QDate> dctOption,
                   const AnalysisPipeline &pipeline)
{
    Annotated result;
    auto gold = TimeMLReader::readFile(path, &result.error);
    if (!gold)
        return result;
    TimeMLDocument out;
    out.docId = gold->docId;
    out.text = std::move(gold->text);
    out.dct = gold->dct;
    std::optional<QDate> dct = gold->dctDate;
    if (dctOption) {
        // The output's anchors ("t0") must refer to the date actually used.
        dct = dctOption;
        const QString value = dctOption->toString(Qt::ISODate);
        out.dct = TimeMLDct{QStringLiteral("t0"), QStringLiteral("DATE"), value, value};
    }
    out.timexes = pipeline.tag(out.text, dct);
    auto written = TimeMLWriter::write(out);
    result.xml = std::move(written.xml);
    result.dropped = qsizetype(written.dropped.size());
    return result;
}

bool save(const QString &path, const QByteArray &bytes, QString *error)
{
    // Write-then-rename: an interrupted run never leaves half a file behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QStringLiteral("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void warnDropped(const QString &path, qsizetype dropped)
{
    if (dropped > 0) {
        warn(command, QStringLiteral("%1: %2 overlapping expressions left out (inline TIMEX3 tags cannot cross)")
                          .arg(path).arg(dropped));
    }
}

int annotateDirectory(const QString &inDir, const QString &outDir, std::optional<QDate> dct, int jobs)
{
    const QStringList names = tmlFileNames(inDir);
    if (names.isEmpty())
        return fail(ExitInputError, command, QStringLiteral("%1: no .tml files").arg(inDir));
    if (!QDir().mkpath(outDir))
        return fail(ExitInputError, command, QStringLiteral("%1: cannot create directory").arg(outDir));
    if (QFileInfo(inDir).canonicalFilePath() == QFileInfo(outDir).canonicalFilePath())
        return usageError(command, QStringLiteral("output directory is the input directory"));

    QElapsedTimer timer;
    timer.start();
    const AnalysisPipeline pipeline = AnalysisPipeline::english();
    std::vector<Annotated> results(std::size_t(names.size()));
    parallelFor(results.size(), jobs, [&](std::size_t i) {
        const QString in = QDir(inDir).filePath(names[qsizetype(i)]);
        results[i] = annotate(in, dct, pipeline);
        if (results[i].error.isEmpty()) {
            save(QDir(outDir).filePath(names[qsizetype(i)]), results[i].xml, &results[i].error);
            results[i].xml.clear();
        }
    });

    int failed = 0;
    for (std::size_t i = 0; i < results.size(); ++i) {
        if (!results[i].error.isEmpty()) {
            fail(ExitInputError, command, results[i].error);
            ++failed;
        } else {
            warnDropped(names[qsizetype(i)], results[i].dropped);
        }
    }
    writeErr(QStringLiteral("chronoline-cli annotate: %1 of %2 files written to %3 in %4 s\n")
                 .arg(names.size() - failed).arg(names.size()).arg(outDir)
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    return failed ? ExitInputError : ExitOk;
}

} // namespace

int runAnnotate(const QStringList &arguments)
{
    CommandLine cl(command, arguments);
    cl.parser().addOption({QStringLiteral("dct"), QString(), QStringLiteral("date")});
    cl.parser().addOption({{QStringLiteral("o"), QStringLiteral("output")}, QString(), QStringLiteral("path")});
    cl.parser().addOption({{QStringLiteral("j"), QStringLiteral("jobs")}, QString(), QStringLiteral("n")});
    if (const auto exit = cl.parse(1, 1))
        return *exit;
    std::optional<QDate> dct;
    int jobs = defaultJobs();
    if (!cl.readDct(&dct) || !cl.readPositiveInt(QStringLiteral("jobs"), &jobs))
        return ExitUsage;
    const QString input = cl.parser().positionalArguments().constFirst();
    const QString output = cl.parser().value(QStringLiteral("output"));

    if (QFileInfo(input).isDir()) {
        if (output.isEmpty())
            return usageError(command, QStringLiteral("a directory needs -o OUTDIR"));
        return annotateDirectory(input, output, dct, jobs);
    }
    const Annotated result = annotate(input, dct, AnalysisPipeline::english());
    if (!result.error.isEmpty())
        return fail(ExitInputError, command, result.error);
    warnDropped(input, result.dropped);
    if (output.isEmpty()) {
        writeOut(result.xml);
        return ExitOk;
    }
    QString error;
    if (!save(output, result.xml, &error))
        return fail(ExitInputError, command, error);
    return ExitOk;
}

} // namespace chronoline::cli
