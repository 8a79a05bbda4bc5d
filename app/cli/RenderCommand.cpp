#include "RenderCommand.h"

#include "CommandLine.h"
#include "Console.h"
#include "InputLoader.h"

#include "TimelineImageExport.h"
#include "timeline/AnalysisPipeline.h"
#include "timeline/Timeline.h"

#include <QGuiApplication>

namespace chronoline::cli {

namespace {
const QString command = QStringLiteral("render");
}

int runRender(const QStringList &arguments)
{
    CommandLine cl(command, arguments);
    cl.parser().addOption({QStringLiteral("dct"), QString(), QStringLiteral("date")});
    cl.parser().addOption({{QStringLiteral("o"), QStringLiteral("output")}, QString(), QStringLiteral("file")});
    cl.parser().addOption({QStringLiteral("width"), QString(), QStringLiteral("pixels")});
    cl.parser().addOption({QStringLiteral("scale"), QString(), QStringLiteral("factor")});
    if (const auto exit = cl.parse(1, 1))
        return *exit;
    std::optional<QDate> dct;
    if (!cl.readDct(&dct))
        return ExitUsage;
    const QString output = cl.parser().value(QStringLiteral("output"));
    if (output.isEmpty())
        return usageError(command, QStringLiteral("missing -o OUT.png, OUT.svg or OUT.pdf"));
    if (!imageFormatForPath(output))
        return usageError(command, QStringLiteral("'%1' must end in .png, .svg or .pdf").arg(output));
    ImageExportOptions options;
    if (!cl.readPositiveInt(QStringLiteral("width"), &options.width))
        return ExitUsage;
    if (options.width < 320 || options.width > 20000)
        return usageError(command, QStringLiteral("--width must be between 320 and 20000"));
    if (cl.parser().isSet(QStringLiteral("scale"))) {
        bool ok = false;
        options.scale = cl.parser().value(QStringLiteral("scale")).toDouble(&ok);
        if (!ok || options.scale < 0.25 || options.scale > 8)
            return usageError(command, QStringLiteral("--scale must be a number between 0.25 and 8"));
    }
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(ExitInputError, command, QStringLiteral("drawing needs a QGuiApplication; this build's main() did not create one"));

    QString error;
    auto input = loadInput(cl.parser().positionalArguments().constFirst(), dct, &error);
    if (!input)
        return fail(ExitInputError, command, error);
    const Timeline timeline(std::move(input->document), AnalysisPipeline::english());
    if (!exportTimelineImage(timeline, output, options, &error))
        return fail(ExitInputError, command, error);
    return ExitOk;
}

} // namespace chronoline::cli
