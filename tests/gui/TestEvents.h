#pragma once

// Hand-made events for the viewer's tests: each names its value and interval
// so a test reads like the timeline it builds.

#include "events/Event.h"

#include <QDate>

namespace chronoline::test {

inline std::optional<QDate> date(const char *iso)
{
    if (!iso)
        return std::nullopt;
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// `start`/`end` are ISO dates (end exclusive), nullptr for an open end;
// both nullptr for an event with no interval.
inline Event makeEvent(const char *id, const char *title, const char *value, const char *start,
                       const char *end, const char *mod = "")
{
    Event e;
    e.id = QString::fromLatin1(id);
    e.title = QString::fromUtf8(title);
    e.value = QString::fromLatin1(value);
    e.mod = QString::fromLatin1(mod);
    if (start || end)
        e.interval = EventInterval{date(start), date(end)};
    e.sentence = {0, 10, QStringLiteral("A sentence.")};
    return e;
}

} // namespace chronoline::test
