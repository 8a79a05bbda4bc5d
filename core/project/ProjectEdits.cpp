#include "project/ProjectEdits.h"

#include <QSet>

#include <algorithm>

namespace chronoline {

namespace {

Event *find(Events &events, const QString &id)
{
    auto it = std::find_if(events.begin(), events.end(), [&id](const Event &e) { return e.id == id; });
    return it == events.end() ? nullptr : &*it;
}

void setDate(Event &e, const ProjectEdit &edit)
{
    e.value = edit.value;
    e.endValue = edit.endValue;
    e.mod.clear();   // a date given by hand is exactly what it says
    e.interval = edit.interval;
    // The expressions that dated it no longer do: the viewer must not cite them as the source.
    e.timexId.clear();
    e.endTimexId.clear();
}

void addEvent(Events &events, const Event &event)
{
    // Ids identify rows everywhere (selection, file); never let two share one.
    if (!event.id.isEmpty() && !find(events, event.id))
        events.push_back(event);
}

} // namespace

Events ProjectEdits::apply(Events events) const
{
    for (const ProjectEdit &edit : m_edits) {
        using Kind = ProjectEdit::Kind;
        if (edit.kind == Kind::Add || (edit.kind == Kind::Place && edit.event)) {
            if (edit.event)
                addEvent(events, *edit.event);
            continue;
        }
        Event *e = find(events, edit.eventId);
        if (!e)
            continue;
        switch (edit.kind) {
        case Kind::Rename: e->title = edit.title; break;
        case Kind::SetDate:
        case Kind::Place: setDate(*e, edit); break;
        case Kind::SetCertainty: e->certainty = edit.certainty; break;
        case Kind::Delete:
            events.erase(events.begin() + (e - events.data()));
            break;
        case Kind::Add: break;
        }
    }
    return events;
}

QString ProjectEdits::unusedEventId(const Events &extracted) const
{
    QSet<QString> used;
    for (const Event &e : extracted)
        used.insert(e.id);
    for (const ProjectEdit &edit : m_edits) {
        used.insert(edit.eventId);
        if (edit.event)
            used.insert(edit.event->id);
    }
    for (int n = 1;; ++n) {
        const QString id = QStringLiteral("u%1").arg(n);
        if (!used.contains(id))
            return id;
    }
}

} // namespace chronoline
