#include "timeline/Granularity.h"

namespace chronoline {

static bool allDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

// Classifies by shape alone; whether the date exists is the resolver's business.
static Granularity dateGranularity(QStringView v)
{
    if (v.size() == 2 && allDigits(v))
        return Granularity::Century;
    if (v.size() == 3 && allDigits(v))
        return Granularity::Decade;
    if (v.size() < 4 || !allDigits(v.first(4)))
        return Granularity::Unknown;
    if (v.size() == 4)
        return Granularity::Year;
    if (v[4] != QLatin1Char('-'))
        return Granularity::Unknown;
    const QStringView rest = v.sliced(5);
    if (rest.size() == 2 && rest[0] == QLatin1Char('H') && rest[1].isDigit())
        return Granularity::Half;
    if (rest.size() == 2 && rest[0] == QLatin1Char('Q') && rest[1].isDigit())
        return Granularity::Quarter;
    if (rest == u"SP" || rest == u"SU" || rest == u"FA" || rest == u"WI")
        return Granularity::Season;
    if (rest.size() == 2 && allDigits(rest))
        return Granularity::Month;
    if (rest.size() == 3 && rest[0] == QLatin1Char('W') && allDigits(rest.sliced(1)))
        return Granularity::Week;
    if (rest.size() == 6 && rest[0] == QLatin1Char('W') && rest.sliced(3) == u"-WE")
        return Granularity::Weekend;
    if (rest.size() == 5 && allDigits(rest.first(2)) && rest[2] == QLatin1Char('-')
        && allDigits(rest.sliced(3)))
        return Granularity::Day;
    return Granularity::Unknown;
}

Granularity granularityOfValue(QStringView value)
{
    if (value.startsWith(u"BC"))
        return allDigits(value.sliced(2)) ? Granularity::Year : Granularity::Unknown;
    const qsizetype t = value.indexOf(QLatin1Char('T'));
    if (t < 0)
        return dateGranularity(value);
    if (dateGranularity(value.first(t)) != Granularity::Day)
        return Granularity::Unknown;
    const QStringView time = value.sliced(t + 1);
    if (time == u"MO" || time == u"AF" || time == u"EV" || time == u"NI" || time == u"DT")
        return Granularity::PartOfDay;
    if (time.size() >= 2 && allDigits(time.first(2)))
        return Granularity::Time;
    return Granularity::Unknown;
}

QString granularityName(Granularity g)
{
    switch (g) {
    case Granularity::Unknown: break;
    case Granularity::Century: return QStringLiteral("century");
    case Granularity::Decade: return QStringLiteral("decade");
    case Granularity::Year: return QStringLiteral("year");
    case Granularity::Half: return QStringLiteral("half-year");
    case Granularity::Quarter: return QStringLiteral("quarter");
    case Granularity::Season: return QStringLiteral("season");
    case Granularity::Month: return QStringLiteral("month");
    case Granularity::Week: return QStringLiteral("week");
    case Granularity::Weekend: return QStringLiteral("weekend");
    case Granularity::Day: return QStringLiteral("day");
    case Granularity::PartOfDay: return QStringLiteral("part of day");
    case Granularity::Time: return QStringLiteral("time");
    }
    return QStringLiteral("unknown");
}

} // namespace chronoline
