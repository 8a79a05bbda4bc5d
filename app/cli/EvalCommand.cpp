#include "EvalCommand.h"

#include "CommandLine.h"
#include "Console.h"
#include "ErrorReport.h"
#include "ScoreReport.h"
#include "TmlFiles.h"

#include "timeml/TempEvalScorer.h"
#include "timeml/TimeMLReader.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace chronoline::cli {

namespace {

const QString command = QStringLiteral("eval");

struct FilePair {
    QString name;
    QString gold;
    QString system;
};

} // namespace

int runEval(const QStringList &arguments)
{
    CommandLine cl(command, arguments);
    cl.parser().addOption({QStringLiteral("json"), QString()});
    cl.parser().addOption({QStringLiteral("errors"), QString()});
    if (const auto exit = cl.parse(2, 2))
        return *exit;
    const QString goldPath = cl.parser().positionalArguments().at(0);
    const QString systemPath = cl.parser().positionalArguments().at(1);
    for (const QString &path : {goldPath, systemPath}) {
        if (!QFileInfo::exists(path))
            return fail(ExitInputError, command, QStringLiteral("%1: no such file or directory").arg(path));
    }

    std::vector<FilePair> pairs;
    const bool goldIsDir = QFileInfo(goldPath).isDir();
    if (goldIsDir != QFileInfo(systemPath).isDir())
        return usageError(command, QStringLiteral("GOLD and SYSTEM must both be files or both directories"));
    if (goldIsDir) {
        const QStringList names = tmlFileNames(goldPath);
        if (names.isEmpty())
            return fail(ExitInputError, command, QStringLiteral("%1: no .tml files").arg(goldPath));
        for (const QString &name : names)
            pairs.push_back({name, QDir(goldPath).filePath(name), QDir(systemPath).filePath(name)});
        const QSet<QString> goldNames(names.begin(), names.end());
        qsizetype extra = 0;
        for (const QString &name : tmlFileNames(systemPath))
            extra += goldNames.contains(name) ? 0 : 1;
        if (extra > 0)
            warn(command, QStringLiteral("%1 system files have no gold file and are ignored").arg(extra));
    } else {
        pairs.push_back({QFileInfo(goldPath).fileName(), goldPath, systemPath});
    }

    const bool errors = cl.parser().isSet(QStringLiteral("errors"));
    TempEvalScorer scorer;
    QString errorRows;
    for (const FilePair &pair : pairs) {
        QString error;
        const auto gold = TimeMLReader::readFile(pair.gold, &error);
        if (!gold)
            return fail(ExitInputError, command, error);
        if (!QFileInfo::exists(pair.system)) {
            warn(command, QStringLiteral("no system file for %1; its %2 expressions count as missed")
                              .arg(pair.name).arg(gold->timexes.size()));
            scorer.addMissingSystemFile(pair.name, gold->timexes);
            if (errors) {
                const TimexAlignment none = alignTimexes(gold->timexes, {});
                const Timexes empty;
                errorRows += errorReportRows({pair.name, gold->text, gold->dct ? gold->dct->value : QString(),
                                              &gold->timexes, &empty, &none});
            }
            continue;
        }
        const auto system = TimeMLReader::readFile(pair.system, &error);
        if (!system)
            return fail(ExitInputError, command, error);
        if (system->text != gold->text) {
            warn(command, QStringLiteral("%1: system TEXT differs from gold TEXT; offsets may not line up")
                              .arg(pair.name));
        }
        const TimexAlignment alignment = scorer.addFile(gold->timexes, system->timexes);
        if (errors) {
            errorRows += errorReportRows({pair.name, gold->text, gold->dct ? gold->dct->value : QString(),
                                          &gold->timexes, &system->timexes, &alignment});
        }
    }
    printEvaluation(scorer.scores(), errorRows, cl.parser().isSet(QStringLiteral("json")), errors);
    return ExitOk;
}

} // namespace chronoline::cli
