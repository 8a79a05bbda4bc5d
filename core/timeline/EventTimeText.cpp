#include "timeline/EventTimeText.h"

#include "timeline/Granularity.h"

#include <QLocale>

namespace chronoline {

static const QLocale &english()
{
    static const QLocale l(QLocale::English, QLocale::UnitedStates);
    return l;
}

static QString day(QDate d)
{
    return english().toString(d, QStringLiteral("d MMM yyyy"));
}

static QString seasonName(QStringView code)
{
    if (code == u"SP") return QStringLiteral("spring");
    if (code == u"SU") return QStringLiteral("summer");
    if (code == u"FA") return QStringLiteral("autumn");
    return QStringLiteral("winter");
}

static QString partOfDayName(QStringView code)
{
    if (code == u"MO") return QStringLiteral("morning");
    if (code == u"AF") return QStringLiteral("afternoon");
    if (code == u"EV") return QStringLiteral("evening");
    if (code == u"NI") return QStringLiteral("night");
    return QStringLiteral("daytime");
}

// The value at its own granularity, read from the value itself: an open
// interval's known end is the boundary, not the period ("before Feb 2023").
static QString valueText(const QString &value, Granularity g)
{
    const QDate date = QDate::fromString(value.left(10), Qt::ISODate);
    const int year = value.left(4).toInt();
    switch (g) {
    case Granularity::Century: return QString::number(value.toInt() * 100) + u"s";
    case Granularity::Decade: return QString::number(value.toInt() * 10) + u"s";
    case Granularity::Year:
        return value.startsWith(u"BC") ? QString::number(value.mid(2).toInt()) + u" BC" : value;
    case Granularity::Half:
        return (value.endsWith(u'1') ? u"first half of " : u"second half of ") + value.left(4);
    case Granularity::Quarter: return value.right(2) + u' ' + value.left(4);
    case Granularity::Season: return seasonName(QStringView(value).right(2)) + u' ' + value.left(4);
    case Granularity::Month:
        return english().toString(QDate(year, value.mid(5, 2).toInt(), 1), QStringLiteral("MMM yyyy"));
    case Granularity::Week:
        return u"week " + QString::number(value.mid(6, 2).toInt()) + u", " + value.left(4);
    case Granularity::Weekend:
        return u"weekend of week " + QString::number(value.mid(6, 2).toInt()) + u", " + value.left(4);
    case Granularity::Day: return day(date);
    case Granularity::PartOfDay: return day(date) + u' ' + partOfDayName(QStringView(value).right(2));
    case Granularity::Time: return day(date) + u' ' + value.mid(11);
    case Granularity::Unknown: break;
    }
    return value;
}

// Inclusive day range, sharing the month and year where they repeat.
static QString rangeText(QDate first, QDate last)
{
    if (first == last)
        return day(first);
    if (first.year() == last.year() && first.month() == last.month())
        return QString::number(first.day()) + u'\u2013' + day(last);
    if (first.year() == last.year())
        return english().toString(first, QStringLiteral("d MMM")) + u" \u2013 " + day(last);
    return day(first) + u" \u2013 " + day(last);
}

static qint64 spanOfValue(Granularity g)
{
    switch (g) {
    case Granularity::Day:
    case Granularity::PartOfDay:
    case Granularity::Time: return 1;
    case Granularity::Weekend: return 2;
    case Granularity::Week: return 7;
    default: return -1;   // coarser values: the interval is their span
    }
}

static QString withMod(const QString &mod, const QString &text)
{
    if (mod == u"BEFORE") return u"before " + text;
    if (mod == u"AFTER") return u"after " + text;
    if (mod == u"ON_OR_BEFORE") return u"by " + text;
    if (mod == u"ON_OR_AFTER") return u"from " + text;
    if (mod == u"APPROX") return u"about " + text;
    if (mod == u"START") return u"early " + text;
    if (mod == u"MID") return u"mid-" + text;
    if (mod == u"END") return u"late " + text;
    return text;
}

QString eventTimeText(const Event &event)
{
    if (!event.interval)
        return event.value.isEmpty() ? QStringLiteral("undated") : u"unplaced (" + event.value + u')';
    const EventInterval &iv = *event.interval;
    const Granularity g = granularityOfValue(event.value);
    if (iv.start && iv.end) {
        const qint64 days = iv.start->daysTo(*iv.end);
        const qint64 own = spanOfValue(g);
        // An interval wider than its value's own span is a range ("September 9
        // to September 10"); so is any interval whose value says nothing.
        if (g == Granularity::Unknown || (own > 0 && days > own))
            return withMod(event.mod, rangeText(*iv.start, iv.end->addDays(-1)));
        return withMod(event.mod, valueText(event.value, g));
    }
    if (iv.end) {
        const QString known = g == Granularity::Unknown ? day(iv.end->addDays(-1))
                                                        : valueText(event.value, g);
        return event.mod.isEmpty() ? u"until " + known : withMod(event.mod, known);
    }
    if (iv.start) {
        const QString known = g == Granularity::Unknown ? day(*iv.start) : valueText(event.value, g);
        return event.mod.isEmpty() ? u"from " + known : withMod(event.mod, known);
    }
    return QStringLiteral("undated");
}

bool isVagueTime(const Event &event)
{
    if (!event.interval || !event.interval->start || !event.interval->end)
        return true;
    if (!event.mod.isEmpty())
        return true;
    const Granularity g = granularityOfValue(event.value);
    return g != Granularity::Day && g != Granularity::Time && g != Granularity::Month
        && g != Granularity::Year;
}

} // namespace chronoline
