#include "project/ProjectWriter.h"

#include "text/CodePoints.h"
#include "timeline/AtomicSave.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace chronoline {

namespace {

using json = nlohmann::ordered_json;

json str(const QString &s)
{
    return s.toStdString();
}

json date(const std::optional<QDate> &d)
{
    return d && d->isValid() ? str(d->toString(Qt::ISODate)) : json(nullptr);
}

json interval(const std::optional<EventInterval> &i)
{
    if (!i)
        return nullptr;
    return json{{"start", date(i->start)}, {"end", date(i->end)}};
}

json strings(const QStringList &list)
{
    json out = json::array();
    for (const QString &s : list)
        out.push_back(str(s));
    return out;
}

json sentence(const SentenceRef &ref, const CodePointMap &offsets)
{
    return json{{"start", offsets.toCodePoints(ref.start)},
                {"end", offsets.toCodePoints(ref.end)},
                {"text", str(ref.text)}};
}

json event(const Event &e, const CodePointMap &offsets)
{
    json mentions = json::array();
    for (const EventMention &m : e.mentions)
        mentions.push_back(json{{"sentence", sentence(m.sentence, offsets)}, {"timex", str(m.timexId)}});
    return json{{"id", str(e.id)},
                {"title", str(e.title)},
                {"trigger", str(e.trigger)},
                {"participants", strings(e.participants)},
                {"places", strings(e.places)},
                {"sentence", sentence(e.sentence, offsets)},
                {"timex", str(e.timexId)},
                {"endTimex", str(e.endTimexId)},
                {"value", str(e.value)},
                {"endValue", str(e.endValue)},
                {"mod", str(e.mod)},
                {"interval", interval(e.interval)},
                {"certainty", str(certaintyName(e.certainty))},
                {"status", str(statusName(e.status))},
                {"salience", std::isfinite(e.salience) ? json(e.salience) : json(nullptr)},
                {"mentions", std::move(mentions)}};
}

json edit(const ProjectEdit &x, const CodePointMap &offsets)
{
    using Kind = ProjectEdit::Kind;
    json out{{"op", str(editKindName(x.kind))}};
    switch (x.kind) {
    case Kind::Rename:
        out["event"] = str(x.eventId);
        out["title"] = str(x.title);
        break;
    case Kind::SetDate:
        out["event"] = str(x.eventId);
        out["value"] = str(x.value);
        out["endValue"] = str(x.endValue);
        out["interval"] = interval(x.interval);
        break;
    case Kind::SetCertainty:
        out["event"] = str(x.eventId);
        out["certainty"] = str(certaintyName(x.certainty));
        break;
    case Kind::Delete:
        out["event"] = str(x.eventId);
        break;
    case Kind::Add:
        out["event"] = x.event ? event(*x.event, offsets) : json(nullptr);
        break;
    case Kind::Place:
        out["item"] = str(x.itemId);
        if (x.event) {
            out["event"] = event(*x.event, offsets);
        } else {
            out["event"] = str(x.eventId);
            out["value"] = str(x.value);
            out["endValue"] = str(x.endValue);
            out["interval"] = interval(x.interval);
        }
        break;
    }
    return out;
}

} // namespace

QByteArray ProjectWriter::toJson(const ProjectFile &project)
{
    const Document &doc = project.document;
    const CodePointMap offsets(doc.text);
    json events = json::array();
    for (const Event &e : project.events)
        events.push_back(event(e, offsets));
    json edits = json::array();
    for (const ProjectEdit &x : project.edits.list())
        edits.push_back(edit(x, offsets));
    json root{{"format", ProjectFile::FormatName},
              {"version", ProjectFile::Version},
              {"document", json{{"title", str(doc.title)},
                                {"source", str(doc.sourcePath)},
                                {"dct", date(doc.dct)},
                                {"dctSource", str(dctSourceName(doc.dctSource))},
                                {"text", str(doc.text)}}},
              {"events", std::move(events)},
              {"edits", std::move(edits)}};
    if (!project.savedPath.isEmpty())
        root["savedPath"] = str(project.savedPath);
    // QString::toStdString always gives valid UTF-8 (lone surrogates become
    // U+FFFD); replace rather than throw should anything slip through.
    const std::string text = root.dump(2, ' ', false, json::error_handler_t::replace) + '\n';
    return QByteArray(text.data(), qsizetype(text.size()));
}

bool ProjectWriter::save(const QString &path, const ProjectFile &project, QString *error)
{
    return saveAtomically(path, toJson(project), error);
}

} // namespace chronoline
