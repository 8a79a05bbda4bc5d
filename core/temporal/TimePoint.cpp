#include "temporal/TimePoint.h"

namespace chronoline {

namespace {
QString pad(int v, int width)
{
    return QStringLiteral("%1").arg(v, width, 10, QLatin1Char('0'));
}
}

TimePoint TimePoint::ofDay(QDate d)
{
    TimePoint p;
    p.grain = Grain::Day;
    p.year = d.year();
    p.month = d.month();
    p.day = d.day();
    return p;
}

QString TimePoint::value() const
{
    const QString y = !yearKnown ? QStringLiteral("XXXX")
                    : bc ? QStringLiteral("BC") + pad(year, 4)
                         : pad(year, 4);
    const QString m = monthKnown ? pad(month, 2) : QStringLiteral("XX");
    const QString d = dayKnown ? pad(day, 2) : QStringLiteral("XX");
    switch (grain) {
    case Grain::None: return {};
    case Grain::Millennium: return QString::number(year / 1000);
    case Grain::Century: return pad(century, 2);
    case Grain::Decade: return pad(decade, 3);
    case Grain::Year: return y;
    case Grain::Half: return y + QStringLiteral("-H") + QString::number(half);
    case Grain::Quarter: return y + QStringLiteral("-Q") + (quarter ? QString::number(quarter) : QStringLiteral("X"));
    case Grain::Season: return y + u'-' + season;
    case Grain::Month: return y + u'-' + m;
    case Grain::Week:
        if (!yearKnown && weekday)
            return QStringLiteral("XXXX-WXX-") + QString::number(weekday);
        return y + QStringLiteral("-W") + (yearKnown ? pad(week, 2) : QStringLiteral("XX"));
    case Grain::Weekend:
        return y + QStringLiteral("-W") + (yearKnown ? pad(week, 2) : QStringLiteral("XX")) + QStringLiteral("-WE");
    case Grain::Day:
        if (!yearKnown && !monthKnown && weekday)
            return QStringLiteral("XXXX-WXX-") + QString::number(weekday);
        return y + u'-' + m + u'-' + d;
    case Grain::PartOfDay:
    case Grain::Hour:
    case Grain::Minute: {
        const QString base = (!yearKnown && !monthKnown && weekday)
                                 ? QString(QStringLiteral("XXXX-WXX-") + QString::number(weekday))
                                 : QString(y + u'-' + m + u'-' + d);
        if (hour >= 0)
            return base + u'T' + pad(hour, 2) + u':' + pad(minute, 2);
        return base + u'T' + partOfDay;
    }
    }
    return {};
}

} // namespace chronoline
