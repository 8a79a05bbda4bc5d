#include "timeline/JsonExport.h"

#include "text/CodePoints.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace chronoline {

namespace {

using json = nlohmann::ordered_json;

json str(const QString &s)
{
    return s.toStdString();
}

json strOrNull(const QString &s)
{
    return s.isEmpty() ? json(nullptr) : str(s);
}

json dateOrNull(const std::optional<QDate> &date)
{
    return date && date->isValid() ? str(date->toString(Qt::ISODate)) : json(nullptr);
}

json sentence(const SentenceRef &ref, const CodePointMap &offsets)
{
    return json{{"start", offsets.toCodePoints(ref.start)},
                {"end", offsets.toCodePoints(ref.end)},
                {"text", str(ref.text)}};
}

} // namespace

json JsonExport::document(const Document &document)
{
    return json{{"title", str(document.title)},
                {"dct", dateOrNull(document.dct)},
                {"dctSource", str(dctSourceName(document.dctSource))},
                {"length", CodePointMap(document.text).codePointLength()}};
}

json JsonExport::timex(const Timex &timex, const CodePointMap &offsets)
{
    return json{{"id", str(timex.id)},
                {"text", str(timex.text)},
                {"start", offsets.toCodePoints(timex.start)},
                {"end", offsets.toCodePoints(timex.end)},
                {"type", str(timexTypeName(timex.type))},
                {"value", str(timex.value)},
                {"mod", strOrNull(timex.mod)},
                {"anchor", strOrNull(timex.anchor)}};
}

json JsonExport::event(const Event &event, const CodePointMap &offsets)
{
    json participants = json::array();
    for (const QString &p : event.participants)
        participants.push_back(str(p));
    json mentions = json::array();
    for (const EventMention &m : event.mentions)
        mentions.push_back(json{{"sentence", sentence(m.sentence, offsets)},
                                {"timex", strOrNull(m.timexId)}});
    json interval = nullptr;
    if (event.interval)
        interval = json{{"start", dateOrNull(event.interval->start)},
                        {"end", dateOrNull(event.interval->end)}};
    // Three decimals are all a ranking needs, and keep 0.1 + 0.2 out of the file.
    const double salience = std::round(event.salience * 1000.0) / 1000.0;
    return json{{"id", str(event.id)},
                {"title", str(event.title)},
                {"trigger", str(event.trigger)},
                {"participants", std::move(participants)},
                {"sentence", sentence(event.sentence, offsets)},
                {"timex", strOrNull(event.timexId)},
                {"value", str(event.value)},
                {"mod", strOrNull(event.mod)},
                {"interval", std::move(interval)},
                {"certainty", str(certaintyName(event.certainty))},
                {"status", str(statusName(event.status))},
                {"salience", std::isfinite(salience) ? json(salience) : json(nullptr)},
                {"mentions", std::move(mentions)}};
}

json JsonExport::all(const Document &document, const Timexes &timexes, const Events &events)
{
    const CodePointMap offsets(document.text);
    json t = json::array();
    for (const Timex &x : timexes)
        t.push_back(timex(x, offsets));
    json e = json::array();
    for (const Event &x : events)
        e.push_back(event(x, offsets));
    return json{{"document", JsonExport::document(document)}, {"timexes", std::move(t)},
                {"events", std::move(e)}};
}

std::string JsonExport::toString(const Document &document, const Timexes &timexes,
                                  const Events &events)
{
    // QString::toStdString always yields valid UTF-8, but replace rather than
    // throw should anything slip through: an export must never abort.
    return all(document, timexes, events).dump(2, ' ', false, json::error_handler_t::replace) + '\n';
}

} // namespace chronoline
