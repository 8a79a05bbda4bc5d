#include "timeline/TimelineJsExport.h"

#include "timeline/EventTimeText.h"
#include "timeline/Granularity.h"

#include <nlohmann/json.hpp>

namespace chronoline {

namespace {

enum class Precision { Year, Month, Day, Minute };

Precision precisionOf(Granularity g)
{
    switch (g) {
    case Granularity::Century:
    case Granularity::Decade:
    case Granularity::Year: return Precision::Year;
    case Granularity::Half:
    case Granularity::Quarter:
    case Granularity::Season:
    case Granularity::Month: return Precision::Month;
    case Granularity::Time: return Precision::Minute;
    default: return Precision::Day;
    }
}

nlohmann::json dateJson(QDate d, Precision p, const QString &value)
{
    nlohmann::json j = {{"year", d.year()}};
    if (p >= Precision::Month)
        j["month"] = d.month();
    if (p >= Precision::Day)
        j["day"] = d.day();
    if (p == Precision::Minute) {
        // "2023-03-14T15:40": the interval is whole days, the value knows the time.
        j["hour"] = value.mid(11, 2).toInt();
        if (value.size() >= 16)
            j["minute"] = value.mid(14, 2).toInt();
    }
    return j;
}

std::string utf8(const QString &s)
{
    return s.toStdString();
}

} // namespace

QByteArray timelineToTimelineJs(const Timeline &timeline)
{
    const Document &doc = timeline.document();
    nlohmann::json root;
    const QString when = doc.dct ? doc.dct->toString(Qt::ISODate) : QStringLiteral("unknown");
    root["title"] = {{"text",
                      {{"headline", utf8(doc.title.isEmpty() ? QStringLiteral("Timeline") : doc.title)},
                       {"text", utf8(u"Document date: " + when)}}}};
    nlohmann::json events = nlohmann::json::array();
    for (const Event &e : timeline.events()) {
        if (!e.interval || (!e.interval->start && !e.interval->end))
            continue;
        const Precision p = precisionOf(granularityOfValue(e.value));
        // TimelineJS needs a start; an open-ended event starts at its known end
        // and says "before ..." in its display date.
        const QDate first = e.interval->start ? *e.interval->start : e.interval->end->addDays(-1);
        nlohmann::json slide;
        slide["start_date"] = dateJson(first, p, e.value);
        if (e.interval->start && e.interval->end) {
            const QDate last = e.interval->end->addDays(-1);
            const nlohmann::json end = dateJson(last, p, e.value);
            if (end != slide["start_date"])
                slide["end_date"] = end;
        }
        slide["text"] = {{"headline", utf8(e.title)}, {"text", utf8(e.sentence.text)}};
        if (isVagueTime(e))
            slide["display_date"] = utf8(eventTimeText(e));
        slide["unique_id"] = utf8(e.id);
        QString group = statusName(e.status);
        group[0] = group[0].toUpper();
        slide["group"] = utf8(group);
        events.push_back(std::move(slide));
    }
    root["events"] = std::move(events);
    return QByteArray::fromStdString(root.dump(2));
}

} // namespace chronoline
