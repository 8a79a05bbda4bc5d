#include "temporal/TimePoint.h"

#include "temporal/ValueText.h"

namespace chronoline {

TimePoint TimePoint::ofDay(QDate d)
{
    TimePoint p;
    p.grain = Grain::Day;
    d.getDate(&p.year, &p.month, &p.day);   // one calendar conversion, not three
    return p;
}

QString TimePoint::value() const
{
    // A day of a year of four digits, the value most expressions have, in one go.
    if (grain == Grain::Day && yearKnown && monthKnown && dayKnown && !bc && year >= 0 && year < 10000
        && month >= 0 && month < 100 && day >= 0 && day < 100) {
        const char16_t digits[10] = {char16_t(u'0' + year / 1000), char16_t(u'0' + year / 100 % 10),
                                     char16_t(u'0' + year / 10 % 10), char16_t(u'0' + year % 10), u'-',
                                     char16_t(u'0' + month / 10), char16_t(u'0' + month % 10), u'-',
                                     char16_t(u'0' + day / 10), char16_t(u'0' + day % 10)};
        return QStringView(digits, 10).toString();
    }
    // Written into a buffer on the stack and copied into a QString once (see ValueText).
    ValueText out;
    auto appendYear = [&] {
        if (!yearKnown) {
            out.append("XXXX");
            return;
        }
        if (bc)
            out.append("BC");
        out.appendNumber(year, 4);
    };
    // A two-digit part, or XX when the text did not say it.
    auto appendPart = [&](int v, bool known) {
        if (known)
            out.appendNumber(v, 2);
        else
            out.append("XX");
    };
    // "Monday" with no date known: the weekday of any week.
    auto appendWeekdayOnly = [&] {
        out.append("XXXX-WXX-");
        out.appendNumber(weekday);
    };
    auto appendWeek = [&] {
        appendYear();
        out.append("-W");
        appendPart(week, yearKnown);
    };
    auto appendDay = [&] {
        if (!yearKnown && !monthKnown && weekday) {
            appendWeekdayOnly();
            return;
        }
        appendYear();
        out.append(u'-');
        appendPart(month, monthKnown);
        out.append(u'-');
        appendPart(day, dayKnown);
    };
    switch (grain) {
    case Grain::None: return {};
    case Grain::Millennium: return QString::number(year / 1000);
    case Grain::Century: out.appendNumber(century, 2); break;
    case Grain::Decade: out.appendNumber(decade, 3); break;
    case Grain::Year: appendYear(); break;
    case Grain::Half:
        appendYear();
        out.append("-H");
        out.appendNumber(half);
        break;
    case Grain::Quarter:
        appendYear();
        out.append("-Q");
        if (quarter)
            out.appendNumber(quarter);
        else
            out.append(u'X');
        break;
    case Grain::Season:
        appendYear();
        out.append(u'-');
        out.append(season);
        break;
    case Grain::Month:
        appendYear();
        out.append(u'-');
        appendPart(month, monthKnown);
        break;
    case Grain::Week:
        if (!yearKnown && weekday)
            appendWeekdayOnly();
        else
            appendWeek();
        break;
    case Grain::Weekend:
        appendWeek();
        out.append("-WE");
        break;
    case Grain::Day: appendDay(); break;
    case Grain::PartOfDay:
    case Grain::Hour:
    case Grain::Minute:
        appendDay();
        out.append(u'T');
        if (hour >= 0) {
            out.appendNumber(hour, 2);
            out.append(u':');
            out.appendNumber(minute, 2);
        } else {
            out.append(partOfDay);
        }
        break;
    }
    return out.toString();
}

} // namespace chronoline
