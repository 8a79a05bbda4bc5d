#pragma once

#include "events/Event.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace chronoline {

// One change the reader made to the events the extractor found. A project
// keeps these as a list applied in order on top of the extracted events, so
// the extractor's output stays intact (and can be produced again) and every
// edit can be undone by dropping it from the end of the list.
struct ProjectEdit {
    enum class Kind {
        Rename,         // eventId gets `title`
        SetDate,        // eventId gets value/endValue/interval, mod cleared
        SetCertainty,   // eventId gets `certainty`
        Delete,         // eventId is removed
        Add,            // `event` is added (made by hand)
        Place,          // an item of the Unplaced tray gets a date: an event item
                        // (itemId == eventId) is re-dated like SetDate; an expression
                        // item ("t7") becomes the new event `event`
    };
    Kind kind = Kind::Rename;
    QString eventId;
    QString title;
    QString value;                            // TIMEX3 value, e.g. "2023-03-21"
    QString endValue;                         // end of a range, or empty
    std::optional<EventInterval> interval;    // where value/endValue put it on the axis
    Certainty certainty = Certainty::Explicit;
    std::optional<Event> event;               // Add, and Place of an expression
    QString itemId;                           // Place: the tray item ("e3" or "t7")

    bool operator==(const ProjectEdit &) const = default;

    // One maker per kind, so each edit carries exactly the fields its kind uses.
    static ProjectEdit rename(const QString &eventId, const QString &title);
    static ProjectEdit setDate(const QString &eventId, const QString &value, const QString &endValue = {});
    static ProjectEdit setCertainty(const QString &eventId, Certainty certainty);
    static ProjectEdit remove(const QString &eventId);
    static ProjectEdit add(const Event &event);
    static ProjectEdit placeEvent(const QString &eventId, const QString &value, const QString &endValue = {});
    static ProjectEdit placeExpression(const QString &timexId, const Event &event);

    // Where a date typed by hand lies: from the start of `value` to the end of
    // `endValue` (or of `value` when there is no end). None when either is not
    // a TIMEX3 value with a place on the axis, or the end comes first.
    static std::optional<EventInterval> intervalFor(QStringView value, QStringView endValue = {});
};

QString editKindName(ProjectEdit::Kind kind);   // "rename", "setDate", ... as in the file
std::optional<ProjectEdit::Kind> editKindFromName(QStringView name);

} // namespace chronoline
