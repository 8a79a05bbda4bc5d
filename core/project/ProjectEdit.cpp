#include "project/ProjectEdit.h"

#include "timeline/TimexInterval.h"

#include <array>
#include <utility>

namespace chronoline {

namespace {

constexpr std::array<std::pair<ProjectEdit::Kind, const char16_t *>, 6> KindNames{{
    {ProjectEdit::Kind::Rename, u"rename"},
    {ProjectEdit::Kind::SetDate, u"setDate"},
    {ProjectEdit::Kind::SetCertainty, u"setCertainty"},
    {ProjectEdit::Kind::Delete, u"delete"},
    {ProjectEdit::Kind::Add, u"add"},
    {ProjectEdit::Kind::Place, u"place"},
}};

} // namespace

QString editKindName(ProjectEdit::Kind kind)
{
    for (const auto &[k, name] : KindNames) {
        if (k == kind)
            return QString::fromUtf16(name);
    }
    return {};
}

std::optional<ProjectEdit::Kind> editKindFromName(QStringView name)
{
    for (const auto &[k, n] : KindNames) {
        if (name == QStringView(n))
            return k;
    }
    return std::nullopt;
}

ProjectEdit ProjectEdit::rename(const QString &eventId, const QString &title)
{
    ProjectEdit e;
    e.kind = Kind::Rename;
    e.eventId = eventId;
    e.title = title;
    return e;
}

ProjectEdit ProjectEdit::setDate(const QString &eventId, const QString &value, const QString &endValue)
{
    ProjectEdit e;
    e.kind = Kind::SetDate;
    e.eventId = eventId;
    e.value = value;
    e.endValue = endValue;
    e.interval = intervalFor(value, endValue);
    return e;
}

ProjectEdit ProjectEdit::setCertainty(const QString &eventId, Certainty certainty)
{
    ProjectEdit e;
    e.kind = Kind::SetCertainty;
    e.eventId = eventId;
    e.certainty = certainty;
    return e;
}

ProjectEdit ProjectEdit::remove(const QString &eventId)
{
    ProjectEdit e;
    e.kind = Kind::Delete;
    e.eventId = eventId;
    return e;
}

ProjectEdit ProjectEdit::add(const Event &event)
{
    ProjectEdit e;
    e.kind = Kind::Add;
    e.eventId = event.id;
    e.event = event;
    return e;
}

ProjectEdit ProjectEdit::placeEvent(const QString &eventId, const QString &value, const QString &endValue)
{
    ProjectEdit e = setDate(eventId, value, endValue);
    e.kind = Kind::Place;
    e.itemId = eventId;
    return e;
}

ProjectEdit ProjectEdit::placeExpression(const QString &timexId, const Event &event)
{
    ProjectEdit e = add(event);
    e.kind = Kind::Place;
    e.itemId = timexId;
    return e;
}

std::optional<EventInterval> ProjectEdit::intervalFor(QStringView value, QStringView endValue)
{
    const auto first = intervalForValue(value);
    if (!first || !first->start || !first->end)
        return std::nullopt;
    if (endValue.isEmpty())
        return first;
    const auto last = intervalForValue(endValue);
    if (!last || !last->start || !last->end || *last->end <= *first->start)
        return std::nullopt;
    return EventInterval{first->start, last->end};
}

} // namespace chronoline
