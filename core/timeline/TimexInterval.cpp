#include "timeline/TimexInterval.h"

#include "temporal/DateMath.h"
#include "timeline/Granularity.h"

#include <span>

namespace chronoline {

namespace {

int number(QStringView digits)
{
    bool ok = false;
    const int n = digits.toInt(&ok);
    return ok ? n : -1;
}

// The interval of a value with no mod, or nothing when it has no fixed place.
std::optional<EventInterval> plainInterval(QStringView v)
{
    // Unknown trailing parts only make the value coarser: "2023-03-XX" is March.
    while (v.endsWith(u"-XX"))
        v.chop(3);

    const Granularity g = granularityOfValue(v);
    if (g == Granularity::Unknown) {
        // An ISO week date, "2023-W12-2", is one day of that week.
        if (v.size() == 10 && v[4] == u'-' && v[5] == u'W' && v[8] == u'-'
            && granularityOfValue(v.first(8)) == Granularity::Week) {
            const int weekday = number(v.sliced(9));
            if (weekday < 1 || weekday > 7)
                return std::nullopt;
            const QDate d = datemath::mondayOfIsoWeek(number(v.first(4)), number(v.sliced(6, 2)))
                                .addDays(weekday - 1);
            return EventInterval{d, d.addDays(1)};
        }
        return std::nullopt;
    }
    if (v.startsWith(u"BC")) {
        // QDate counts 1 BC as year -1 and has no year 0, as historians do.
        const int y = number(v.sliced(2));
        if (y <= 0)
            return std::nullopt;
        const QDate start(-y, 1, 1);
        return EventInterval{start, start.addYears(1)};
    }
    const auto span = [](QDate start, QDate end) -> std::optional<EventInterval> {
        if (!start.isValid() || !end.isValid() || end <= start)
            return std::nullopt;
        return EventInterval{start, end};
    };
    switch (g) {
    case Granularity::Century: {
        const QDate s(number(v) * 100, 1, 1);
        return span(s, s.addYears(100));
    }
    case Granularity::Decade: {
        const QDate s(number(v) * 10, 1, 1);
        return span(s, s.addYears(10));
    }
    default:
        break;
    }
    const int year = number(v.first(4));
    switch (g) {
    case Granularity::Year:
        return span(QDate(year, 1, 1), QDate(year + 1, 1, 1));
    case Granularity::Half: {
        const QDate s(year, v[6] == u'2' ? 7 : 1, 1);
        return v[6] == u'1' || v[6] == u'2' ? span(s, s.addMonths(6)) : std::nullopt;
    }
    case Granularity::Quarter: {
        const int q = number(v.sliced(6, 1));
        if (q < 1 || q > 4)
            return std::nullopt;
        const QDate s(year, 3 * (q - 1) + 1, 1);
        return span(s, s.addMonths(3));
    }
    case Granularity::Season: {
        const QDate s(year, datemath::seasonStartMonth(v.sliced(5, 2)), 1);
        return span(s, s.addMonths(3));
    }
    case Granularity::Month: {
        const QDate s(year, number(v.sliced(5, 2)), 1);
        return span(s, s.addMonths(1));
    }
    case Granularity::Week:
    case Granularity::Weekend: {
        const int week = number(v.sliced(6, 2));
        if (week < 1 || week > datemath::isoWeeksInYear(year))
            return std::nullopt;
        const QDate monday = datemath::mondayOfIsoWeek(year, week);
        return g == Granularity::Week ? span(monday, monday.addDays(7))
                                      : span(monday.addDays(5), monday.addDays(7));
    }
    case Granularity::Day:
    case Granularity::PartOfDay:
    case Granularity::Time: {
        const QDate d(year, number(v.sliced(5, 2)), number(v.sliced(8, 2)));
        return span(d, d.addDays(1));
    }
    default:
        break;
    }
    return std::nullopt;
}

EventInterval applyMod(const EventInterval &i, QStringView mod)
{
    if (mod == u"BEFORE")
        return {std::nullopt, i.start};
    if (mod == u"ON_OR_BEFORE")
        return {std::nullopt, i.end};
    if (mod == u"AFTER")
        return {i.end, std::nullopt};
    if (mod == u"ON_OR_AFTER")
        return {i.start, std::nullopt};
    if (mod == u"START" || mod == u"MID" || mod == u"END") {
        const qint64 days = i.start->daysTo(*i.end);
        if (days < 3)
            return i;
        const qint64 third = days / 3;
        if (mod == u"START")
            return {i.start, i.start->addDays(third)};
        if (mod == u"END")
            return {i.end->addDays(-third), i.end};
        return {i.start->addDays(third), i.end->addDays(-third)};
    }
    return i;
}

} // namespace

std::optional<EventInterval> intervalForValue(QStringView value, QStringView mod)
{
    const std::optional<EventInterval> plain = plainInterval(value);
    if (!plain)
        return std::nullopt;
    return applyMod(*plain, mod);
}

std::optional<EventInterval> intervalForValue(QStringView value, QStringView mod, QDate reference)
{
    if (reference.isValid()) {
        if (value == u"PRESENT_REF")
            return applyMod({reference, reference.addDays(1)}, mod);
        if (value == u"PAST_REF")
            return EventInterval{std::nullopt, reference};
        if (value == u"FUTURE_REF")
            return EventInterval{reference.addDays(1), std::nullopt};
    }
    return intervalForValue(value, mod);
}

std::optional<EventInterval> intervalEndingAt(QStringView duration, QDate reference)
{
    if (!reference.isValid() || duration.size() < 3 || duration[0] != u'P')
        return std::nullopt;
    const QDate end = reference.addDays(1);
    const bool clock = duration[1] == u'T';
    const QStringView body = duration.sliced(clock ? 2 : 1);
    // TimeML units: Y M W D (and Q, and DE CE ML for decades, centuries and
    // millennia, WE for weekends); H M S after T.
    struct Unit { const char16_t *suffix; int days; int months; };
    static const Unit dateUnits[] = {{u"DE", 0, 120}, {u"CE", 0, 1200}, {u"ML", 0, 12000},
                                     {u"WE", 7, 0},   {u"Y", 0, 12},    {u"Q", 0, 3},
                                     {u"M", 0, 1},    {u"W", 7, 0},     {u"D", 1, 0}};
    static const Unit clockUnits[] = {{u"H", 0, 0}, {u"M", 0, 0}, {u"S", 0, 0}};
    for (const Unit &u : clock ? std::span<const Unit>(clockUnits) : std::span<const Unit>(dateUnits)) {
        const QStringView suffix(u.suffix);
        if (!body.endsWith(suffix))
            continue;
        const QStringView amount = body.chopped(suffix.size());
        if (amount == u"X")
            return EventInterval{std::nullopt, end};
        bool ok = false;
        const double n = amount.toDouble(&ok);
        if (!ok || n <= 0)
            return std::nullopt;
        if (clock) {
            // Hours and minutes reach back into the reference day, or a few days.
            const int days = suffix == u"H" ? int(n) / 24 : 0;
            return EventInterval{reference.addDays(-days), end};
        }
        // Fractions ("P1.5Y") round to whole units of the next size down.
        const int months = int(n * u.months + 0.5);
        const int days = int(n * u.days + 0.5);
        return EventInterval{reference.addMonths(-months).addDays(-days), end};
    }
    return std::nullopt;
}

} // namespace chronoline
