#include "FuzzTargets.h"

#include "../SegmentationInvariants.h"

#include "document/DocumentLoader.h"
#include "timeline/AnalysisPipeline.h"
#include "timeline/JsonExport.h"
#include "timeline/OverlappedAnalysis.h"
#include "timeml/TimeMLReader.h"
#include "project/ProjectReader.h"
#include "temporal/TemporalTagger.h"
#include "text/Segmenter.h"

#include <array>

namespace chronoline::fuzz {

using namespace Qt::StringLiterals;

namespace {

// The first byte chooses whether there is a document date, so that both the
// deictic resolution and the X-placeholder paths are reached.
std::optional<QDate> dateFrom(const QByteArray &input)
{
    if (input.isEmpty() || (uchar(input.front()) & 1))
        return std::nullopt;
    return QDate(2023, 3, 14);
}

QString checkTimexes(const Timexes &timexes, QStringView text)
{
    for (const Timex &t : timexes) {
        if (t.start < 0 || t.end <= t.start || t.end > text.size())
            return u"timex %1 [%2, %3) lies outside the text"_s.arg(t.id).arg(t.start).arg(t.end);
        if (t.text != text.sliced(t.start, t.end - t.start))
            return u"timex %1 text does not match its offsets"_s.arg(t.id);
        if (t.value.isEmpty())
            return u"timex %1 has no value"_s.arg(t.id);
    }
    return {};
}

QString load(const QByteArray &input, const QString &name, DocumentFormat format)
{
    LoadOptions options;
    options.format = format;
    const LoadResult r = loadDocumentFromBytes(input, name, options);
    if (r.ok() == !r.error.isEmpty())
        return u"a load must give a document or a message, not both or neither"_s;
    if (r.ok() && r.document->text.trimmed().isEmpty())
        return u"a loaded document has no text"_s;
    return {};
}

constexpr std::array kTargets{
    FuzzTarget{"tagger", "text", fuzzTagger},
    FuzzTarget{"segmenter", "text", fuzzSegmenter},
    FuzzTarget{"analysis", "text", fuzzAnalysis},
    FuzzTarget{"text_loader", "text", fuzzTextLoader},
    FuzzTarget{"html_loader", "html", fuzzHtmlLoader},
    FuzzTarget{"pdf_loader", "pdf", fuzzPdfLoader},
    FuzzTarget{"timeml_reader", "timeml", fuzzTimeMLReader},
    FuzzTarget{"project_reader", "project", fuzzProjectReader},
};

} // namespace

std::span<const FuzzTarget> fuzzTargets()
{
    return kTargets;
}

const FuzzTarget *findFuzzTarget(QStringView name)
{
    for (const FuzzTarget &t : kTargets) {
        if (name == QLatin1StringView(t.name))
            return &t;
    }
    return nullptr;
}

QString fuzzTagger(const QByteArray &input)
{
    const QString text = QString::fromUtf8(input);
    return checkTimexes(TemporalTagger::english().tag(text, dateFrom(input)), text);
}

QString fuzzSegmenter(const QByteArray &input)
{
    const QString text = QString::fromUtf8(input);
    return testing::brokenInvariant(text, Segmenter::english().segment(text));
}

// Segment, tag and extract events one after another, and as the viewer and
// `chronoline-cli extract` do, overlapped on two threads: the same either way.
QString fuzzAnalysis(const QByteArray &input)
{
    Document doc;
    doc.text = QString::fromUtf8(input);
    doc.dct = dateFrom(input);
    const AnalysisPipeline pipeline = AnalysisPipeline::english();
    const Segmentation segmentation = pipeline.segment(doc.text);
    const Timexes timexes = pipeline.tag(doc.text, doc.dct);
    if (QString problem = checkTimexes(timexes, doc.text); !problem.isEmpty())
        return problem;
    const Events events = pipeline.extract(doc, segmentation, timexes);
    for (const Event &e : events) {
        const SentenceRef &s = e.sentence;
        if (s.start < 0 || s.end < s.start || s.end > doc.text.size())
            return u"event %1 cites [%2, %3), outside the text"_s.arg(e.id).arg(s.start).arg(s.end);
    }
    const OverlappedAnalysis::Result overlapped = pipeline.overlapped(doc, nullptr, {});
    if (overlapped.segmentation.sentences != segmentation.sentences
        || overlapped.segmentation.paragraphs != segmentation.paragraphs)
        return u"the overlapped analysis split other sentences"_s;
    if (JsonExport::toJson(doc, overlapped.timexes, overlapped.events) != JsonExport::toJson(doc, timexes, events))
        return u"the overlapped analysis found other expressions or events"_s;
    return {};
}

QString fuzzTextLoader(const QByteArray &input)
{
    return load(input, u"fuzz.txt"_s, DocumentFormat::PlainText);
}

QString fuzzHtmlLoader(const QByteArray &input)
{
    return load(input, u"fuzz.html"_s, DocumentFormat::Html);
}

QString fuzzPdfLoader(const QByteArray &input)
{
    return load(input, u"fuzz.pdf"_s, DocumentFormat::Pdf);
}

QString fuzzTimeMLReader(const QByteArray &input)
{
    QString error;
    const auto doc = TimeMLReader::parse(input, &error);
    if (!doc)
        return error.isEmpty() ? u"a rejected TimeML file has no message"_s : QString();
    for (const Timex &t : doc->timexes) {
        if (t.start < 0 || t.end < t.start || t.end > doc->text.size())
            return u"TIMEX3 %1 [%2, %3) lies outside TEXT"_s.arg(t.id).arg(t.start).arg(t.end);
    }
    return {};
}

QString fuzzProjectReader(const QByteArray &input)
{
    const ProjectReadResult result = ProjectReader::parse(input);
    if (!result.ok())
        return result.error.isEmpty() ? u"a rejected project file has no message"_s : QString();
    // A project that reads must hold together: every sentence inside the text, and the
    // edits must apply without touching anything outside it.
    const ProjectFile &project = *result.project;
    const qsizetype length = project.document.text.size();
    const Events edited = project.editedEvents();
    for (const Events *events : {&project.events, &edited}) {
        for (const Event &e : *events) {
            if (e.sentence.start < 0 || e.sentence.end < e.sentence.start || e.sentence.end > length)
                return u"event %1's sentence [%2, %3) lies outside the text"_s.arg(e.id).arg(e.sentence.start).arg(e.sentence.end);
        }
    }
    return {};
}

} // namespace chronoline::fuzz
