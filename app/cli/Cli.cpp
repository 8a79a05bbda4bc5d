#include "Cli.h"

#include "AnnotateCommand.h"
#include "Console.h"
#include "EvalCommand.h"
#include "EvalTaggerCommand.h"
#include "ExtractCommand.h"
#include "Usage.h"

namespace chronoline::cli {

namespace {

struct Command {
    const char16_t *name;
    int (*run)(const QStringList &);
};

const Command commands[] = {
    {u"extract", runExtract},
    {u"annotate", runAnnotate},
    {u"eval", runEval},
    {u"eval-tagger", runEvalTagger},
};

} // namespace

int run(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return usageError(QString(), QStringLiteral("missing command"));
    const QString &first = arguments.constFirst();
    if (first == u"-h" || first == u"--help" || first == u"help") {
        writeOut(arguments.size() > 1 && first == u"help" ? commandHelp(arguments.at(1)) : generalHelp());
        return ExitOk;
    }
    if (first == u"-v" || first == u"--version") {
        writeOut(versionText());
        return ExitOk;
    }
    for (const Command &c : commands) {
        if (first == QStringView(c.name))
            return c.run(arguments.mid(1));
    }
    if (first.startsWith(u'-'))
        return usageError(QString(), QStringLiteral("unknown option '%1'").arg(first));
    return usageError(QString(), QStringLiteral("unknown command '%1'").arg(first));
}

} // namespace chronoline::cli
