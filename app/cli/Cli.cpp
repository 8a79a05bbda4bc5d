#include "Cli.h"

#include "AnnotateCommand.h"
#include "Console.h"
#include "EvalCommand.h"
#include "EvalTaggerCommand.h"
#include "ExtractCommand.h"
#include "Usage.h"
#ifdef CHRONOLINE_HAVE_RENDER
#include "RenderCommand.h"

#include <QGuiApplication>

#include <cstring>
#endif

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
#ifdef CHRONOLINE_HAVE_RENDER
    {u"render", runRender},
#endif
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

std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv)
{
#ifdef CHRONOLINE_HAVE_RENDER
    if (argc > 1 && std::strcmp(argv[1], "render") == 0) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QGuiApplication>(argc, argv);
    }
#endif
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace chronoline::cli
