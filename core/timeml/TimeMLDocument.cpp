#include "timeml/TimeMLDocument.h"

namespace chronoline {

std::optional<QDate> dayOfTimexValue(QStringView value)
{
    // Require the time part, if any, to follow a 'T' so that "1998-10-250" or
    // "1998-10-25x" are not taken as a day.
    if (value.size() < 10 || (value.size() > 10 && value[10] != u'T'))
        return std::nullopt;
    const QDate day = QDate::fromString(value.first(10).toString(), Qt::ISODate);
    if (!day.isValid())
        return std::nullopt;
    return day;
}

} // namespace chronoline
