#include "ExtractCommand.h"

#include "CommandLine.h"
#include "Console.h"
#include "InputLoader.h"

#include "text/CodePoints.h"
#include "timeline/AnalysisPipeline.h"
#include "timeline/JsonExport.h"
#include "timeline/JsonExportStream.h"
#include "timeline/Timeline.h"

#include <QFile>

#include <cstdio>
#include <optional>
#include <span>
#include <thread>

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
    cl.parser().addOption({QStringLiteral("no-events"), QString()});
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

    // Sentences serve only the events, so output without events skips both.
    AnalysisPipeline pipeline = AnalysisPipeline::english();
    const bool events = format == u"json" && !cl.parser().isSet(QStringLiteral("no-events"));
    if (!events) {
        pipeline.segment = nullptr;
        pipeline.extract = nullptr;
        pipeline.overlapped = nullptr;
    }
    QFile out;
    if (format == u"json" && !out.open(fileno(stdout), QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fail(ExitInputError, command, QStringLiteral("cannot write the output: %1").arg(out.errorString()));
    // The JSON is written as it is made: the document and its expressions on
    // a thread of their own as soon as they are known, while the events are
    // worked out (the analysis of a long text ends with a stretch on one
    // thread: merging, mentions, ordering), then the events. (The listener is
    // called once, within the Timeline's constructor; the timeline keeps a copy
    // of it but is never analysed again here.)
    std::optional<JsonExportStream> json;
    std::jthread headWriter;
    if (events) {
        pipeline.timexesKnown = [&](const Document &document, std::span<const Timex> timexes) {
            json.emplace(out, document);
            headWriter = std::jthread([&json, timexes] { json->head(timexes, true); });
        };
    }
    // Not freed: the analysis of a long text is a few hundred thousand small
    // objects, and freeing them one by one as the command ends took longer
    // than writing out its events; the process ends right after, and the
    // system takes the memory back at once. (Held by a static, so leak
    // checkers see it still reachable.)
    static const Timeline *keptUntilExit = nullptr;
    keptUntilExit = new Timeline(std::move(input->document), std::move(pipeline));
    const Timeline &timeline = *keptUntilExit;
    if (format == u"tsv") {
        writeOut(toTsv(timeline.document(), timeline.timexes()));
        return ExitOk;
    }
    if (headWriter.joinable())
        headWriter.join();
    // Without events nothing was written yet: the whole export now, each long
    // list on two threads.
    const bool written = json ? json->finish(timeline.events())
                              : JsonExport::write(out, timeline.document(), timeline.timexes(), timeline.events());
    if (!written)
        return fail(ExitInputError, command, QStringLiteral("cannot write the output: %1").arg(out.errorString()));
    return ExitOk;
}

} // namespace chronoline::cli
