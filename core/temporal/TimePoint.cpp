#include "temporal/TimePoint.h"

namespace chronoline {

namespace {

// Appends v with at least `width` digits (zero padded). Values are built by appending into one
// string: formatting through QString::arg cost more than the rest of resolution.
void appendPadded(QString &out, int v, int width)
{
    // Written back to front into a buffer and appended once: a QString append per digit
    // costs a call and a capacity check each.
    char16_t buffer[32];
    int at = 32;
    const bool negative = v < 0;
    unsigned u = negative ? 0u - unsigned(v) : unsigned(v);
    do {
        buffer[--at] = char16_t(u'0' + u % 10);
        u /= 10;
    } while (u > 0 && at > 1);
    const int digits = 32 - at;
    for (int i = digits; i < width && at > 1; ++i)
        buffer[--at] = u'0';
    if (negative)
        buffer[--at] = u'-';
    out.append(QStringView(buffer + at, 32 - at));
}

QString padded(int v, int width)
{
    QString s;
    appendPadded(s, v, width);
    return s;
}

} // namespace

TimePoint TimePoint::ofDay(QDate d)
{
    TimePoint p;
    p.grain = Grain::Day;
    d.getDate(&p.year, &p.month, &p.day);   // one calendar conversion, not three
    return p;
}

QString TimePoint::value() const
{
    QString out;
    out.reserve(20);
    auto appendYear = [&] {
        if (!yearKnown) {
            out += QLatin1StringView("XXXX");
            return;
        }
        if (bc)
            out += QLatin1StringView("BC");
        appendPadded(out, year, 4);
    };
    // A two-digit part, or XX when the text did not say it.
    auto appendPart = [&](int v, bool known) {
        if (known)
            appendPadded(out, v, 2);
        else
            out += QLatin1StringView("XX");
    };
    // "Monday" with no date known: the weekday of any week.
    auto appendWeekdayOnly = [&] {
        out += QLatin1StringView("XXXX-WXX-");
        appendPadded(out, weekday, 1);
    };
    auto appendWeek = [&] {
        appendYear();
        out += QLatin1StringView("-W");
        appendPart(week, yearKnown);
    };
    auto appendDay = [&] {
        if (!yearKnown && !monthKnown && weekday) {
            appendWeekdayOnly();
            return;
        }
        appendYear();
        out += u'-';
        appendPart(month, monthKnown);
        out += u'-';
        appendPart(day, dayKnown);
    };
    switch (grain) {
    case Grain::None: return {};
    case Grain::Millennium: return QString::number(year / 1000);
    case Grain::Century: return padded(century, 2);
    case Grain::Decade: return padded(decade, 3);
    case Grain::Year:
        appendYear();
        return out;
    case Grain::Half:
        appendYear();
        out += QLatin1StringView("-H");
        appendPadded(out, half, 1);
        return out;
    case Grain::Quarter:
        appendYear();
        out += QLatin1StringView("-Q");
        if (quarter)
            appendPadded(out, quarter, 1);
        else
            out += u'X';
        return out;
    case Grain::Season:
        appendYear();
        out += u'-';
        out += season;
        return out;
    case Grain::Month:
        appendYear();
        out += u'-';
        appendPart(month, monthKnown);
        return out;
    case Grain::Week:
        if (!yearKnown && weekday) {
            appendWeekdayOnly();
            return out;
        }
        appendWeek();
        return out;
    case Grain::Weekend:
        appendWeek();
        out += QLatin1StringView("-WE");
        return out;
    case Grain::Day:
        appendDay();
        return out;
    case Grain::PartOfDay:
    case Grain::Hour:
    case Grain::Minute:
        appendDay();
        out += u'T';
        if (hour >= 0) {
            appendPadded(out, hour, 2);
            out += u':';
            appendPadded(out, minute, 2);
        } else {
            out += partOfDay;
        }
        return out;
    }
    return {};
}

} // namespace chronoline
