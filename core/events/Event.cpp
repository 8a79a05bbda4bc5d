#include "events/Event.h"

namespace chronoline {

QString certaintyName(Certainty c)
{
    return c == Certainty::Explicit ? QStringLiteral("explicit") : QStringLiteral("inferred");
}

QString statusName(EventStatus s)
{
    switch (s) {
    case EventStatus::Past: return QStringLiteral("past");
    case EventStatus::Ongoing: return QStringLiteral("ongoing");
    case EventStatus::Expected: return QStringLiteral("expected");
    }
    return QStringLiteral("past");
}

} // namespace chronoline
