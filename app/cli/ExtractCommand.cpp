#include "ExtractCommand.h"

#include "CommandLine.h"
#include "Console.h"
#include "InputLoader.h"

#include "text/CodePoints.h"
#include "timeline/AnalysisPipeline.h"
#include "timeline/JsonExport.h"
#include "timeline/Timeline.h"

namespace chronoline::cli {

namespace {

const QString command = QStringLiteral("extract");

// Escapes what would break a TSV line; backslash first so it stays reversible.
QString tsvField(QString text)
{
    text.replace(u'\\', QStringLiteral("\\\\"));
    text.replace(u'\t', QStringLiteral("\\t"));
    text.replace(u'\n', QStringLiteral("\\n"));
    text.replace(u'\r', QStringLiteral("\\r"));
    return text;
}

QByteArray toTsv(const Document &document, const Timexes &timexes)
{
    const CodePointMap offsets(document.text);
    QString out;
    for (const Timex &t : timexes) {
        out += QStringList{tsvField(t.id),
                           QString::number(offsets.toCodePoints(t.start)),
                           QString::number(offsets.toCodePoints(t.end)),
                           timexTypeName(t.type), tsvField(t.value), tsvField(t.mod),
                           tsvField(t.text)}
                   .join(u'\t');
        out += u'\n';
    }
    return out.toUtf8();
}

} // namespace

int runExtract(const QStringList &arguments)
{
    CommandLine cl(command, arguments);
    cl.parser().addOption({QStringLiteral("dct"), QString(), QStringLiteral("date")});
    cl.parser().addOption({QStringLiteral("format"), QString(), QStringLiteral("format"),
                           QStringLiteral("json")});
    if (const auto exit = cl.parse(1, 1))
        return *exit;
    std::optional<QDate> dct;
    if (!cl.readDct(&dct))
        return ExitUsage;
    const QString format = cl.parser().value(QStringLiteral("format"));
    if (format != u"json" && format != u"tsv")
        return usageError(command, QStringLiteral("unknown --format '%1', expected json or tsv").arg(format));

    QString error;
    auto input = loadInput(cl.parser().positionalArguments().constFirst(), dct, &error);
    if (!input)
        return fail(ExitInputError, command, error);

    const Timeline timeline(std::move(input->document), AnalysisPipeline::english());
    if (format == u"tsv")
        writeOut(toTsv(timeline.document(), timeline.timexes()));
    else
        writeOut(JsonExport::toJson(timeline.document(), timeline.timexes(), timeline.events()));
    return ExitOk;
}

} // namespace chronoline::cli
