#include "EvalTaggerCommand.h"

#include "CommandLine.h"
#include "Console.h"
#include "ErrorReport.h"
#include "ParallelFor.h"
#include "ScoreReport.h"
#include "TmlFiles.h"

#include "timeline/AnalysisPipeline.h"
#include "timeml/TempEvalScorer.h"
#include "timeml/TimeMLReader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <limits>

namespace chronoline::cli {

namespace {

const QString command = QStringLiteral("eval-tagger");

struct GoldFile {
    QString name;   // shown in reports: "TimeBank/ABC19980108.1830.0711.tml"
    QString path;
};

struct Tagged {
    std::optional<TimeMLDocument> gold;
    Timexes system;
    QString error;
};

// Directories contribute their *.tml files, named with the directory so
// that TimeBank and AQUAINT stay apart; plain files are taken as they are.
bool collect(const QStringList &paths, std::vector<GoldFile> *files, QString *error)
{
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            *error = QStringLiteral("%1: no such file or directory").arg(path);
            return false;
        }
        if (!info.isDir()) {
            files->push_back({info.fileName(), path});
            continue;
        }
        const QStringList names = tmlFileNames(path);
        if (names.isEmpty()) {
            *error = QStringLiteral("%1: no .tml files").arg(path);
            return false;
        }
        const QString dirName = QDir(info.absoluteFilePath()).dirName();
        for (const QString &name : names)
            files->push_back({dirName + u'/' + name, QDir(path).filePath(name)});
    }
    return true;
}

} // namespace

int runEvalTagger(const QStringList &arguments)
{
    CommandLine cl(command, arguments);
    cl.parser().addOption({QStringLiteral("json"), QString()});
    cl.parser().addOption({QStringLiteral("errors"), QString()});
    cl.parser().addOption({{QStringLiteral("j"), QStringLiteral("jobs")}, QString(), QStringLiteral("n")});
    if (const auto exit = cl.parse(1, std::numeric_limits<qsizetype>::max()))
        return *exit;
    int jobs = defaultJobs();
    if (!cl.readPositiveInt(QStringLiteral("jobs"), &jobs))
        return ExitUsage;

    std::vector<GoldFile> files;
    QString error;
    if (!collect(cl.parser().positionalArguments(), &files, &error))
        return fail(ExitInputError, command, error);

    QElapsedTimer timer;
    timer.start();
    const AnalysisPipeline pipeline = AnalysisPipeline::english();
    std::vector<Tagged> tagged(files.size());
    parallelFor(files.size(), jobs, [&](std::size_t i) {
        Tagged &t = tagged[i];
        t.gold = TimeMLReader::readFile(files[i].path, &t.error);
        if (t.gold)
            t.system = pipeline.tag(t.gold->text, t.gold->dctDate);
    });
    const qint64 elapsed = timer.elapsed();

    for (const Tagged &t : tagged) {
        if (!t.gold)
            return fail(ExitInputError, command, t.error);
    }
    const bool errors = cl.parser().isSet(QStringLiteral("errors"));
    TempEvalScorer scorer;
    QString errorRows;
    qsizetype characters = 0;
    for (std::size_t i = 0; i < files.size(); ++i) {
        const TimeMLDocument &gold = *tagged[i].gold;
        characters += gold.text.size();
        const TimexAlignment alignment = scorer.addFile(gold.timexes, tagged[i].system);
        if (errors) {
            errorRows += errorReportRows({files[i].name, gold.text, gold.dct ? gold.dct->value : QString(),
                                          &gold.timexes, &tagged[i].system, &alignment});
        }
    }
    const QString note = QStringLiteral("\nread and tagged %1 files (%2 characters) in %3 s on %4 threads\n")
                             .arg(files.size()).arg(characters)
                             .arg(double(elapsed) / 1000.0, 0, 'f', 2).arg(std::min<std::size_t>(jobs, files.size()));
    printEvaluation(scorer.scores(), errorRows, cl.parser().isSet(QStringLiteral("json")), errors, note);
    return ExitOk;
}

} // namespace chronoline::cli
