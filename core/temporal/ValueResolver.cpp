#include "temporal/ValueResolver.h"

#include "temporal/DateMath.h"
#include "temporal/ValueText.h"

#include <cmath>

namespace chronoline {

using Grain = TimePoint::Grain;
namespace dm = datemath;

namespace {

bool isTimeUnit(QStringView u) { return u == u"H" || u == u"MIN" || u == u"S"; }

// Unit words to (ISO letter, multiplier): a decade is ten years, a quarter three months.
std::pair<QString, double> isoUnit(const QString &unitWord)
{
    const QStringView unit = unitWord;   // a view compares with a literal without its strlen
    if (unit == u"DE") return {QStringLiteral("Y"), 10};
    if (unit == u"CE") return {QStringLiteral("Y"), 100};
    if (unit == u"ML") return {QStringLiteral("Y"), 1000};
    if (unit == u"FN") return {QStringLiteral("W"), 2};
    if (unit == u"NIGHT") return {QStringLiteral("D"), 1};
    if (unit == u"MIN") return {QStringLiteral("M"), 1};
    return {unitWord, 1};
}

// A fraction of a unit in the next smaller unit where it comes out whole: half a year is P6M.
bool smaller(QString *unit, double *amount)
{
    struct Step { const char16_t *from; const char16_t *to; double factor; };
    static const Step steps[] = {{u"Y", u"M", 12}, {u"M", u"D", 30}, {u"W", u"D", 7}, {u"D", u"H", 24},
                                 {u"H", u"MIN", 60}, {u"MIN", u"S", 60}};
    for (const Step &s : steps) {
        if (*unit == QStringView(s.from)) {
            *unit = QString::fromUtf16(s.to);
            *amount *= s.factor;
            return true;
        }
    }
    return false;
}

QString numberText(double v)
{
    if (std::abs(v - std::round(v)) < 1e-9)
        return QString::number(qint64(std::llround(v)));
    return QString::number(v, 'g', 6);
}

// The units shifted() tells apart, read once from the unit word rather than compared with
// it at every step.
enum class ShiftUnit { Year, Decade, Century, Quarter, Month, Week, Fortnight, Weekend, Hour, Minute, Other };

ShiftUnit shiftUnitOf(QStringView u)
{
    if (u.size() == 1) {
        switch (u.front().unicode()) {
        case u'Y': return ShiftUnit::Year;
        case u'Q': return ShiftUnit::Quarter;
        case u'M': return ShiftUnit::Month;
        case u'W': return ShiftUnit::Week;
        case u'H': return ShiftUnit::Hour;
        default: return ShiftUnit::Other;
        }
    }
    if (u == u"DE") return ShiftUnit::Decade;
    if (u == u"CE") return ShiftUnit::Century;
    if (u == u"FN") return ShiftUnit::Fortnight;
    if (u == u"WE") return ShiftUnit::Weekend;
    if (u == u"MIN") return ShiftUnit::Minute;
    return ShiftUnit::Other;
}

TimePoint shifted(TimePoint p, QStringView unitWord, int n)
{
    using U = ShiftUnit;
    const ShiftUnit unit = shiftUnitOf(unitWord);
    // Moves a point by n units; the result has the unit's granularity unless the point is
    // coarser-but-calendar (a year earlier than 1989-Q3 is 1988-Q3).
    auto toDayPoint = [&](QDate d, Grain g) {
        TimePoint r = TimePoint::ofDay(d);
        r.grain = g;
        if (g == Grain::Week || g == Grain::Weekend) {
            const auto w = dm::isoWeek(d);
            r.year = w.year;
            r.week = w.week;
        }
        r.partOfDay = p.partOfDay;
        return r;
    };
    QDate base = (p.grain >= Grain::Day) ? p.date()
               : (p.grain == Grain::Week || p.grain == Grain::Weekend) ? dm::mondayOfIsoWeek(p.year, p.week)
               : QDate(p.year, p.month ? p.month : 1, 1);
    // A shift far beyond any calendar ("444444444 years earlier", said again and again) gives
    // no point rather than a year that overflows.
    constexpr qint64 farthestYear = 1'000'000;
    if (unit == U::Year || unit == U::Decade || unit == U::Century) {
        const qint64 year = qint64(p.year) + qint64(n) * (unit == U::Decade ? 10 : unit == U::Century ? 100 : 1);
        if (year > farthestYear || year < -farthestYear)
            return TimePoint();
        if (p.grain == Grain::Quarter || p.grain == Grain::Half || p.grain == Grain::Season
            || p.grain == Grain::Month) {
            p.year = int(year);
            return p;
        }
        TimePoint r;
        r.grain = Grain::Year;
        r.year = int(year);
        return r;
    }
    if (unit == U::Quarter) {
        const qint64 q0 = qint64(p.grain == Grain::Quarter ? p.quarter : dm::quarterOf(base.month())) - 1 + n;
        const qint64 year = qint64(p.year) + (q0 >= 0 ? q0 / 4 : -((3 - q0) / 4));
        if (year > farthestYear || year < -farthestYear)
            return TimePoint();
        TimePoint r;
        r.grain = Grain::Quarter;
        r.year = int(year);
        r.quarter = int(((q0 % 4) + 4) % 4 + 1);
        return r;
    }
    if (unit == U::Month) {
        const QDate d = base.addMonths(n);
        TimePoint r;
        r.grain = Grain::Month;
        r.year = d.year();
        r.month = d.month();
        return r;
    }
    if (unit == U::Week || unit == U::Fortnight)
        return toDayPoint(base.addDays(7 * n * (unit == U::Fortnight ? 2 : 1)), Grain::Week);
    if (unit == U::Weekend)
        return toDayPoint(base.addDays(7 * n), Grain::Weekend);
    if (unit == U::Hour || unit == U::Minute) {
        TimePoint r = toDayPoint(base, Grain::Day);
        return r;   // hours from a day anchor: stay on the day
    }
    return toDayPoint(base.addDays(n), Grain::Day);
}

} // namespace

namespace {

// durationValue() for an amount already read (0 to 1e9).
QString durationOf(double n, const QString &unitWord)
{
    auto [unit, factor] = isoUnit(unitWord);
    n *= factor;
    QString big = QStringView(unitWord) == u"MIN" ? QStringLiteral("MIN") : unit;
    auto isTime = [](const QString &u) { return isTimeUnit(u); };
    // A whole number of the unit, the common case ("five years", "three hours"): one part,
    // written in place (see ValueText).
    if (n == std::floor(n)) {
        ValueText v;
        v.append(u'P');
        if (isTime(big))
            v.append(u'T');
        v.appendNumber(qint64(n));
        if (QStringView(big) == u"MIN")
            v.append(u'M');
        else
            v.append(big);
        return v.toString();
    }
    // A fraction carries into the next smaller unit: 2.5 years is P2Y6M, 1.5 hours PT1H30M.
    const double whole = std::floor(n + 1e-9);
    double rest = n - whole;
    QString small = big;
    if (rest > 1e-9 && !smaller(&small, &rest))
        small.clear();
    auto part = [](double v, const QString &u) -> QString {
        return numberText(v) + (QStringView(u) == u"MIN" ? QStringLiteral("M") : u);
    };
    QString date, time;
    auto put = [&](double v, const QString &u) {
        if (v <= 1e-9 && !(u == big && rest <= 1e-9))
            return;
        (isTime(u) ? time : date) += part(v, u);
    };
    if (small.isEmpty() || rest <= 1e-9) {
        put(n, big);
    } else {
        put(whole, big);
        put(rest, small);
    }
    return QStringLiteral("P") + date + (time.isEmpty() ? QString() : QStringLiteral("T") + time);
}

} // namespace

QString durationValue(const QString &amount, const QString &unitWord)
{
    if (QStringView(amount) == u"X" || amount.isEmpty()) {   // "several years": PXY
        const QStringView word = unitWord;
        ValueText v;
        v.append(isTimeUnit(word) ? QStringView(u"PTX") : QStringView(u"PX"));
        if (word == u"DE" || word == u"CE")
            v.append(word);
        else
            v.append(isoUnit(unitWord).first);
        return v.toString();
    }
    bool ok = false;
    const double n = amount.toDouble(&ok);
    if (!ok || n < 0 || n > 1e9)
        return {};
    return durationOf(n, unitWord);
}

std::optional<Resolution> ValueResolver::resolve(const Frame &frame, TimexType type, const ResolveContext &c) const
{
    // made in place (one prvalue or another), not moved into an empty one
    std::optional<Resolution> r = type == TimexType::Duration ? duration(frame)
                                : type == TimexType::Set      ? set(frame)
                                                              : date(frame, c);
    if (r && frame.has(Field::Mod) && r->mod.isEmpty())
        r->mod = frame.text(Field::Mod);
    return r;
}

std::optional<Resolution> ValueResolver::duration(const Frame &f) const
{
    if (!f.has(Field::Unit))
        return std::nullopt;
    // A whole amount ("five years", "a year") needs no text: the frame has its number. (A
    // field that is an integer has a text, if any, that reads as that integer.)
    const FieldValue &stated = f.fields[size_t(Field::Amount)];
    if (!f.has(Field::Fraction) && (!stated.set || stated.isInt)) {
        const int n = stated.set ? stated.number : 1;
        if (n < 0 || n > 1e9)
            return std::nullopt;
        Resolution r;
        r.type = TimexType::Duration;
        r.value = durationOf(n, f.text(Field::Unit));
        return r;
    }
    QString amount = f.has(Field::Amount) ? f.text(Field::Amount) : QStringLiteral("1");
    if (f.has(Field::Fraction)) {   // "two and a half years", "half an hour"
        const double whole = f.has(Field::Amount) ? amount.toDouble() : 0.0;
        amount = numberText(whole + f.text(Field::Fraction).toDouble());
    }
    Resolution r;
    r.type = TimexType::Duration;
    r.value = durationValue(amount, f.text(Field::Unit));
    if (r.value.isEmpty())
        return std::nullopt;
    return r;
}

std::optional<Resolution> ValueResolver::set(const Frame &f) const
{
    Resolution r;
    r.type = TimexType::Set;
    if (f.has(Field::Quant))
        r.quant = f.text(Field::Quant);
    if (f.has(Field::Freq))
        r.freq = f.text(Field::Freq);
    if (f.has(Field::SetPeriod)) {
        r.value = f.text(Field::SetPeriod);
    } else if (f.has(Field::Weekday)) {
        r.value = QStringLiteral("XXXX-WXX-") + QString::number(f.num(Field::Weekday));
        if (f.has(Field::PartOfDay))
            r.value += u'T' + f.text(Field::PartOfDay);
    } else if (f.has(Field::Holiday) && f.text(Field::Holiday).count(u'-') == 1
               && !f.text(Field::Holiday).startsWith(u'E')) {
        r.value = QStringLiteral("XXXX-") + f.text(Field::Holiday);   // "every Christmas"
    } else if (f.has(Field::Month)) {
        r.value = QStringLiteral("XXXX-%1").arg(f.num(Field::Month), 2, 10, QLatin1Char('0'));
        if (f.has(Field::Day))
            r.value += QStringLiteral("-%1").arg(f.num(Field::Day), 2, 10, QLatin1Char('0'));
    } else if (f.has(Field::Season)) {
        r.value = QStringLiteral("XXXX-") + f.text(Field::Season);
    } else if (f.has(Field::PartOfDay)) {
        r.value = QStringLiteral("XXXX-XX-XXT") + f.text(Field::PartOfDay);
    } else if (f.textIs(Field::Unit, u"WE")) {
        r.value = QStringLiteral("XXXX-WXX-WE");   // "every weekend"
    } else if (f.has(Field::Unit)) {
        r.value = durationValue(f.has(Field::Amount) ? f.text(Field::Amount) : QStringLiteral("1"),
                                f.text(Field::Unit));
    } else {
        return std::nullopt;
    }
    return r;
}

std::optional<Resolution> ValueResolver::date(const Frame &stated, const ResolveContext &c) const
{
    // The result is made in place and every return names it (emptied where there is no
    // value), so that it is never moved into another optional (a Resolution holds seven
    // strings); `r` is its contents.
    std::optional<Resolution> result(std::in_place);
    Resolution &r = *result;
    // "the last quarter" / "the last half": the ordinal "last" is the final one of the year
    Frame f = stated;
    if (f.has(Field::Quarter) && f.textIs(Field::Quarter, u"L"))
        f.setNumber(Field::Quarter, 4);
    if (f.has(Field::Half) && f.textIs(Field::Half, u"L"))
        f.setNumber(Field::Half, 2);
    if ((f.has(Field::Quarter) && (f.num(Field::Quarter) < 1 || f.num(Field::Quarter) > 4))
        || (f.has(Field::Half) && (f.num(Field::Half) < 1 || f.num(Field::Half) > 2))) {
        result.reset();
        return result;
    }
    r.type = TimexType::Date;
    TimePoint p;
    const bool haveDct = c.dct.has_value() && c.dct->isValid();
    const QDate dct = haveDct ? *c.dct : QDate();
    const bool anchorPrev = f.textIs(Field::Anchor, u"ref");
    // The reference for relative expressions: the DCT, or for narrative ones the last
    // date mentioned (falling back to the DCT where nothing was mentioned yet).
    // The DCT's day numbers come with the context (once per text, not per expression).
    const CalendarDay dctDay = !haveDct ? CalendarDay() : c.dctDay.date == dct ? c.dctDay : CalendarDay(dct);
    TimePoint ref;
    QString refId;
    bool refIsDct = false;
    if (anchorPrev && c.previous.isValid() && c.previous.yearKnown) {
        ref = c.previous;
        refId = c.previousId;
    } else if (haveDct) {
        ref.grain = Grain::Day;   // TimePoint::ofDay(dct)
        ref.year = dctDay.year;
        ref.month = dctDay.month;
        ref.day = dctDay.day;
        refId = QStringLiteral("t0");
        refIsDct = true;
    }
    const bool haveRef = ref.isValid();
    // The first day a reference covers: "the following spring" counts from the start of
    // the summer it follows.
    auto firstDay = [](const TimePoint &t) {
        switch (t.grain) {
        case Grain::Week:
        case Grain::Weekend: return CalendarDay(dm::mondayOfIsoWeek(t.year, t.week));
        case Grain::Season: return CalendarDay::of(t.year, dm::seasonStartMonth(t.season), 1);
        case Grain::Quarter: return CalendarDay::of(t.year, (std::max(t.quarter, 1) - 1) * 3 + 1, 1);
        case Grain::Half: return CalendarDay::of(t.year, t.half == 2 ? 7 : 1, 1);
        default: break;
        }
        if (t.grain >= Grain::Day)
            return CalendarDay::of(t.year, t.month, t.day);
        return CalendarDay::of(t.year, t.month ? t.month : 1, t.day ? t.day : 1);
    };
    const CalendarDay refCal = !haveRef ? CalendarDay() : refIsDct ? dctDay : firstDay(ref);
    const QDate refDay = refCal.date;
    auto refDayPoint = [&] {   // TimePoint::ofDay(refDay), from the numbers at hand
        TimePoint t;
        t.grain = Grain::Day;
        t.year = refCal.year;
        t.month = refCal.month;
        t.day = refCal.day;
        return t;
    };
    const int tense = c.tense;

    if (f.has(Field::Ref)) {
        r.value = f.text(Field::Ref);
        if (haveDct)
            r.anchor = QStringLiteral("t0");
        return result;
    }

    auto unknownYear = [&](Grain g) {
        p.grain = g;
        p.yearKnown = false;
    };

    // Pick the year for a month/day or season stated without one: the year that puts it
    // nearest the reference, pushed back for past tense and forward for future tense.
    // A month with no day counts as "now" when the reference falls inside it.
    auto chooseYear = [&](int month, int day, bool wholeMonth = false) {
        const QDate base = refDay;
        int best = refCal.year;
        qint64 bestScore = std::numeric_limits<qint64>::max();
        // Day counts without QDate where every date involved is an ordinary one; QDate's own
        // answers (0 for an invalid day, no year 0) where not.
        const bool plain = refCal.isValid() && refCal.year >= 2 && month >= 1 && month <= 12 && day >= 1;
        const qint64 baseDays = plain ? dm::daysFromCivil(refCal.year, refCal.month, refCal.day) : 0;
        for (int y = refCal.year - 1; y <= refCal.year + 1; ++y) {
            qint64 diff;
            if (plain) {
                diff = dm::daysFromCivil(y, month, std::min(day, dm::daysInMonth(y, month))) - baseDays;
            } else {
                const QDate d(y, month, std::min(day, QDate(y, month, 1).daysInMonth()));
                diff = base.daysTo(d);
            }
            if (wholeMonth && y == refCal.year && month == refCal.month)
                diff = 0;
            qint64 score = std::abs(diff);
            // news reports mostly look back: without a cue, the future must be much nearer.
            // 150 days: in TBAQ a bare month 9 to 11 months back is more often next year's
            // (15 of 19: "pay down the loan by February" in October), one 6 to 8 back is this
            // year's (11 of 16)
            if (tense < 0 && diff > 45)
                score += 400;
            if (tense == 0 && diff > 0)
                score += 150;
            // a future cue rarely means next year for a date a few weeks back: the cue
            // more likely belongs to another clause ("the Aug. 7 blasts ... will")
            if (tense > 0 && diff < 0)
                score += diff < -31 ? 400 : 200;
            if (score < bestScore) {
                bestScore = score;
                best = y;
            }
        }
        return best;
    };

    const bool hasYear = f.has(Field::Year);
    int year = 0;
    if (hasYear) {
        year = f.num(Field::Year);
        if (year < 100 && f.text(Field::Year).size() <= 2 && !f.has(Field::Era)) {   // '98, 3/21/23
            const int dctCentury = haveDct ? dct.year() / 100 * 100 : 1900;
            year += (haveDct && year <= dct.year() % 100 + 10) ? dctCentury : dctCentury - 100;
        }
        p.year = year;
        if (f.textIs(Field::Era, u"BC"))
            p.bc = true;
        // "the 1988 quarter": the quarter in focus, in that year
        if (f.has(Field::Latest) && !f.has(Field::Quarter) && c.previous.isValid()
            && c.previous.grain == Grain::Quarter)
            f.setNumber(Field::Quarter, c.previous.quarter);
        // with none in focus, "the 1988 quarter" is the one the report covers: the latest
        // completed by the document date (as for "the quarter")
        else if (f.has(Field::Latest) && !f.has(Field::Quarter) && f.textIs(Field::Unit, u"Q") && haveDct)
            f.setNumber(Field::Quarter, (dm::quarterOf(dct.month()) + 2) % 4 + 1);
    }

    // The part of a known (or unknown) year the text names: a quarter, half, season, month or
    // day, else the whole year. False when the day does not exist (February 30).
    auto placeWithinYear = [&f](TimePoint &t) {
        if (f.has(Field::Quarter)) {
            t.grain = Grain::Quarter;
            t.quarter = f.num(Field::Quarter);
        } else if (f.has(Field::Half)) {
            t.grain = Grain::Half;
            t.half = f.num(Field::Half);
        } else if (f.has(Field::Season)) {
            t.grain = Grain::Season;
            t.season = f.text(Field::Season);
        } else if (f.has(Field::Month)) {
            t.grain = Grain::Month;
            t.month = f.num(Field::Month);
            if (f.has(Field::Day)) {
                t.grain = Grain::Day;
                t.day = f.num(Field::Day);
                if (t.yearKnown && !QDate::isValid(t.year, t.month, t.day))
                    return false;
            }
        } else {
            t.grain = Grain::Year;
        }
        return true;
    };

    if (f.has(Field::Century)) {
        p.grain = Grain::Century;
        p.century = f.num(Field::Century) - 1;
    } else if (f.has(Field::Decade)) {
        p.grain = Grain::Decade;
        p.decade = f.num(Field::Decade);
        if (p.decade % 10 == 0 && f.text(Field::Decade).size() == 3 && f.has(Field::Era))
            p.decade = p.decade;   // "1800s" stays a decade-shaped century only when asked
    } else if (f.has(Field::Holiday)) {
        const QString h = f.text(Field::Holiday);
        int y = hasYear ? year : 0;
        auto holidayDate = [&](int yy) -> QDate {
            if (h.startsWith(u'E'))
                return dm::westernEaster(yy).addDays(h.mid(1).toInt());
            const QStringList parts = h.split(u'-');
            if (parts.size() == 2)
                return QDate(yy, parts[0].toInt(), parts[1].toInt());
            if (parts.size() == 3)
                return dm::nthWeekdayOfMonth(yy, parts[0].toInt(), parts[1].toInt(),
                                             parts[2] == u"L" ? -1 : parts[2].toInt());
            return {};
        };
        if (!hasYear) {
            if (!haveRef) {
                unknownYear(Grain::Day);
                const QDate any = holidayDate(2001);
                p.month = any.month();
                p.day = any.day();
                if (h.startsWith(u'E') || h.count(u'-') == 2)
                    p.monthKnown = p.dayKnown = false;
            } else {
                const QDate approx = holidayDate(refCal.year);
                const int off = f.has(Field::Offset) ? f.num(Field::Offset) : 0;
                if (off > 0)        // "next Christmas": the next one to come
                    y = approx > refDay ? refCal.year : refCal.year + 1;
                else if (off < 0)   // "last Christmas": the last one gone
                    y = approx < refDay ? refCal.year : refCal.year - 1;
                else
                    y = chooseYear(approx.month(), approx.day());
            }
        }
        if (y) {
            const QDate d = holidayDate(y);
            if (!d.isValid()) {
                result.reset();
                return result;
            }
            p = TimePoint::ofDay(d);
            if (!hasYear)
                r.anchor = refId;
        }
    } else if (hasYear) {
        if (!placeWithinYear(p)) {
            result.reset();
            return result;
        }
    } else if (f.has(Field::Direction) && f.has(Field::Unit)) {
        // "two years ago", "three days later", "a year earlier"
        const QString amount = f.has(Field::Amount) ? f.text(Field::Amount) : QStringLiteral("1");
        const int dir = f.num(Field::Direction);
        if (QStringView(amount) == u"X" && anchorPrev) {
            // "a few days later" counts from a date in the story, not from now: no past or
            // future of the DCT, only the vague span itself (TBAQ "A few days" PXD, 1 of 1)
            r.type = TimexType::Duration;
            r.value = durationValue(amount, f.text(Field::Unit));
            return result;
        }
        if (QStringView(amount) == u"X") {
            r.value = dir < 0 ? QStringLiteral("PAST_REF") : QStringLiteral("FUTURE_REF");
            if (haveRef)
                r.anchor = refId;
            return result;
        }
        if (!haveRef) {
            unknownYear(Grain::Day);
            const QString unitText = f.text(Field::Unit);
            const QStringView u = unitText;
            p.grain = u == u"Y" ? Grain::Year : u == u"M" ? Grain::Month : u == u"W" ? Grain::Week : Grain::Day;
            p.monthKnown = p.dayKnown = false;
        } else {
            const bool isInt = f.fields[size_t(Field::Amount)].isInt || !f.has(Field::Amount);
            const int n = isInt ? (f.has(Field::Amount) ? f.num(Field::Amount) : 1) : 0;
            if (!isInt) {
                result.reset();
                return result;
            }
            TimePoint base = ref;
            if (!anchorPrev)
                base = refDayPoint();
            // Business reports compare periods: "a year ago" after "the third quarter" is
            // that quarter a year back; right after "the nine months" it is the year-earlier
            // span, which TimeBank names by its year.
            const QString unitText = f.text(Field::Unit);
            const QStringView unit = unitText;
            if (unit == u"Y" && !c.afterDuration && c.previous.isValid() && c.previous.yearKnown
                && (c.previous.grain == Grain::Quarter || c.previous.grain == Grain::Half)) {
                base = c.previous;
                refId = c.previousId;
                r.comparison = true;
            } else if (unit == u"Y" && !c.afterDuration && c.period.isValid() && haveDct
                       && c.period.year == dct.year()) {
                // the report's quarter stays in focus across a day named in passing ("closed
                // yesterday at $84.75 ... from $99 million a year earlier")
                base = c.period;
                refId = c.periodId;
                r.comparison = true;
            }
            if (unit == u"Y" && c.afterDuration && (base.grain == Grain::Quarter || base.grain == Grain::Half)) {
                base.grain = Grain::Year;
                r.comparison = true;
            }
            p = shifted(base, unit, dir * n);
            r.anchor = refId;
        }
    } else if (f.has(Field::YearAgo)) {
        // "the year-earlier quarter": the previous period one year back
        if (!haveRef) {
            unknownYear(Grain::Year);
        } else {
            TimePoint base = ref;
            bool baseIsRef = true;
            if (f.has(Field::Quarter)) {   // "the year-earlier third quarter"
                base.grain = Grain::Quarter;
                base.quarter = f.num(Field::Quarter);
                base.year = refCal.year;
                baseIsRef = false;
            } else if (f.textIs(Field::Unit, u"Q") && base.grain != Grain::Quarter) {
                // no quarter in focus: the latest one completed by the document date, as for
                // "the quarter"
                const QDate day = haveDct ? dct : refDay;
                TimePoint current;
                current.grain = Grain::Quarter;
                current.year = day.year();
                current.quarter = dm::quarterOf(day.month());
                base = shifted(current, u"Q", -1);
                baseIsRef = false;
            }
            // a period already before the document's year is the year-earlier one itself
            // ("$195 million in the 1988 period. The year-ago results ...")
            const bool alreadyBack = baseIsRef && haveDct && anchorPrev && base.yearKnown && base.year < dct.year();
            p = alreadyBack ? base : shifted(base, u"Y", -1);
            r.anchor = refId;
            r.comparison = true;
        }
    } else if (f.has(Field::Offset) && f.textIs(Field::Unit, u"Y")
               && (f.has(Field::Month) || f.has(Field::Season) || f.has(Field::Quarter) || f.has(Field::Half))) {
        // "March last year", "this year's third quarter": a part of a relative year
        if (!haveRef) {
            unknownYear(Grain::Month);
        } else {
            p.year = refCal.year + f.num(Field::Offset);
            r.anchor = refId;
        }
        if (!placeWithinYear(p)) {
            result.reset();
            return result;
        }
    } else if (f.has(Field::Offset) || f.has(Field::Unit) || f.has(Field::Latest)) {
        // "last month", "next week", "this summer", "last Tuesday", "tomorrow", "that autumn"
        const int off = f.has(Field::Offset) ? f.num(Field::Offset) : 0;
        const QString unitText = f.text(Field::Unit);
        const QStringView unit = unitText;   // compared with literals: a view compares without strlen
        if (haveRef && f.has(Field::Latest) && unit == u"Q") {
            // "the quarter": the one just mentioned, else the latest completed one
            if (c.previous.isValid() && c.previous.yearKnown && c.previous.grain == Grain::Quarter) {
                r.point = c.previous;
                r.value = c.previous.value();
                r.anchor = c.previousId;
                return result;
            }
            TimePoint q;
            q.grain = Grain::Quarter;
            q.year = refCal.year;
            q.quarter = dm::quarterOf(refCal.month);
            p = shifted(q, u"Q", -1);
            r.anchor = refId;
        } else if (!haveRef) {
            if (f.has(Field::Month)) {
                unknownYear(Grain::Month);
                p.month = f.num(Field::Month);
            } else if (f.has(Field::Weekday)) {
                unknownYear(Grain::Day);
                p.monthKnown = p.dayKnown = false;
                p.weekday = f.num(Field::Weekday);
            } else if (f.has(Field::Season)) {
                unknownYear(Grain::Season);
                p.season = f.text(Field::Season);
            } else if (unit == u"Y") {
                unknownYear(Grain::Year);
            } else if (unit == u"M") {
                unknownYear(Grain::Month);
                p.monthKnown = false;
            } else if (unit == u"W") {
                unknownYear(Grain::Week);
            } else if (unit == u"WE") {
                unknownYear(Grain::Weekend);
            } else if (unit == u"Q") {
                unknownYear(Grain::Quarter);
            } else {
                unknownYear(Grain::Day);
                p.monthKnown = p.dayKnown = false;
            }
        } else if (f.has(Field::Month)) {
            const int m = f.num(Field::Month);
            int y = refCal.year;
            // "last April": the most recent April before last month (the month just gone is
            // "last month"; "last February" said in March is a year back)
            if (off < 0)
                y = m < refCal.month - 1 ? y : y - 1;
            else if (off > 0)
                y = m > refCal.month ? y : y + 1;
            p.grain = Grain::Month;
            p.year = y;
            p.month = m;
            if (f.has(Field::Day)) {
                p.grain = Grain::Day;
                p.day = f.num(Field::Day);
            }
            r.anchor = refId;
        } else if (f.has(Field::Weekday)) {
            const int wd = f.num(Field::Weekday);
            QDate d;
            if (off < 0)
                d = dm::weekdayFrom(refDay, wd, -1);
            else if (off > 0)
                d = dm::weekdayFrom(refDay, wd, +1);
            else
                d = refDay.addDays(wd - refDay.dayOfWeek());
            p = TimePoint::ofDay(d);
            r.anchor = refId;
        } else if (f.has(Field::Season)) {
            const QString s = f.text(Field::Season);
            const int start = dm::seasonStartMonth(s);
            int y = refCal.year;
            const QDate seasonStart(y, start, 1);
            if (off < 0 && f.has(Field::Latest))   // "this past spring": the latest one begun
                y = seasonStart <= refDay ? y : y - 1;
            else if (off < 0)   // "last spring": last year's
                y -= 1;
            else if (off > 0)
                y = seasonStart > refDay ? y : y + 1;
            else if (QStringView(s) == u"WI" && refCal.month <= 2)
                y -= 1;
            p.grain = Grain::Season;
            p.year = y;
            p.season = s;
            r.anchor = refId;
        } else {
            if (unit.isEmpty() && !f.has(Field::PartOfDay)) {
                result.reset();
                return result;
            }
            const QStringView u = unit.isEmpty() ? QStringView(u"D") : unit;
            if (u == u"Y") {
                p.grain = Grain::Year;
                p.year = refCal.year + off;
            } else if (u == u"DE") {
                p.grain = Grain::Decade;
                p.decade = refCal.year / 10 + off;
            } else if (u == u"CE") {
                p.grain = Grain::Century;
                p.century = refCal.year / 100 + off;
            } else if (u == u"H") {
                // "the last hour": no calendar position finer than the day is implied
                p = refDayPoint();
            } else if (u == u"NIGHT") {
                p = TimePoint::ofDay(refDay.addDays(off));
                p.grain = Grain::PartOfDay;
                p.partOfDay = QStringLiteral("NI");
                r.type = TimexType::Time;
            } else {
                TimePoint base = anchorPrev ? ref : refDayPoint();
                if (base.grain < Grain::Day && base.grain != Grain::None && u == u"D")
                    base = refDayPoint();
                if (u == u"Q" && base.grain != Grain::Quarter) {
                    base.grain = Grain::Quarter;
                    base.year = refCal.year;
                    base.quarter = dm::quarterOf(refCal.month);
                }
                // "over the weekend" said on a weekday in a past-tense report: the last one
                if (u == u"WE" && off == 0 && f.has(Field::Latest) && tense <= 0 && !anchorPrev
                    && refDay.dayOfWeek() < 6)
                    base = TimePoint::ofDay(refDay.addDays(-7));
                if (u == u"HALF") {
                    const int h0 = dm::halfOf(refCal.month) - 1 + off;
                    p.grain = Grain::Half;
                    p.year = refCal.year + (h0 >= 0 ? h0 / 2 : -1);
                    p.half = ((h0 % 2) + 2) % 2 + 1;
                } else {
                    p = shifted(base, u, off);
                }
            }
            r.anchor = refId;
        }
    } else if (f.has(Field::Month)) {
        // "March 21", "in May": a month (and day) with no year
        p.month = f.num(Field::Month);
        p.grain = f.has(Field::Day) ? Grain::Day : Grain::Month;
        p.day = f.has(Field::Day) ? f.num(Field::Day) : 1;
        if (p.day > 31) {
            result.reset();
            return result;
        }
        if (!haveRef) {
            p.yearKnown = false;
        } else {
            p.year = chooseYear(p.month, p.day, p.grain == Grain::Month);
            if (p.grain == Grain::Day && !QDate::isValid(p.year, p.month, p.day)) {
                result.reset();
                return result;
            }
            r.anchor = refId;
        }
    } else if (f.has(Field::Weekday)) {
        const int wd = f.num(Field::Weekday);
        if (!haveRef) {
            unknownYear(Grain::Day);
            p.monthKnown = p.dayKnown = false;
            p.weekday = wd;
        } else {
            // News: a bare weekday is the nearest one, before the DCT in past tense and after
            // it in future tense; the DCT's own weekday is the DCT itself.
            QDate d = refDay;
            if (refDay.dayOfWeek() != wd)
                d = dm::weekdayFrom(refDay, wd, tense > 0 ? +1 : -1);
            p = TimePoint::ofDay(d);
            r.anchor = refId;
        }
    } else if (f.has(Field::Quarter) || f.has(Field::Half) || f.has(Field::Season)) {
        if (!haveRef) {
            unknownYear(f.has(Field::Quarter) ? Grain::Quarter : f.has(Field::Half) ? Grain::Half : Grain::Season);
        } else if (f.has(Field::Quarter)) {
            p.grain = Grain::Quarter;
            p.quarter = f.num(Field::Quarter);
            p.year = refCal.year;
            // a quarter after the current one, spoken of in the past, is last year's
            if (p.quarter > dm::quarterOf(refCal.month) && tense < 0)
                p.year -= 1;
            r.anchor = refId;
        } else if (f.has(Field::Half)) {
            p.grain = Grain::Half;
            p.half = f.num(Field::Half);
            p.year = refCal.year;
            if (p.half > dm::halfOf(refCal.month) && tense < 0)
                p.year -= 1;
            r.anchor = refId;
        } else {
            p.grain = Grain::Season;
            p.season = f.text(Field::Season);
            p.year = chooseYear(dm::seasonStartMonth(p.season) % 12 + 1, 15);
            r.anchor = refId;
        }
        if (!haveRef) {
            p.quarter = f.has(Field::Quarter) ? f.num(Field::Quarter) : 0;
            p.half = f.has(Field::Half) ? f.num(Field::Half) : 0;
            p.season = f.text(Field::Season);
        }
    } else if (f.has(Field::Clock) || f.has(Field::Hour) || f.has(Field::PartOfDay)) {
        // a time with no day: the day the story last named, else the document's day (TBAQ:
        // "the night of Oct. 23 ... at 10 p.m", "Friday ... about 10:35 a.m."; 4 of 5 such
        // times lie on a named day other than the DCT's)
        const TimePoint &named = c.previous;
        if (named.isValid() && named.yearKnown && named.grain >= Grain::Day && named.grain != Grain::Week
            && named.grain != Grain::Weekend) {
            p = TimePoint::ofDay(named.date());
            r.anchor = c.previousId;
        } else if (haveRef) {
            p = refDayPoint();
            r.anchor = refId;
        } else {
            unknownYear(Grain::Day);
            p.monthKnown = p.dayKnown = false;
        }
    } else {
        result.reset();
        return result;
    }

    // "the week of March 6", "the quarter ended Sept. 30": the ISO week or the quarter that
    // holds the day
    if (f.has(Field::Within) && p.grain == Grain::Day && p.yearKnown) {
        if (f.textIs(Field::Within, u"W")) {
            const auto w = dm::isoWeek(p.date());
            p.grain = Grain::Week;
            p.year = w.year;
            p.week = w.week;
        } else if (f.textIs(Field::Within, u"Q")) {
            // the three months that end on the day: their middle month names the quarter
            // ("ended July 31" is May to July, the second quarter)
            const QDate middle = p.date().addDays(-45);
            p = TimePoint();
            p.grain = Grain::Quarter;
            p.year = middle.year();
            p.quarter = dm::quarterOf(middle.month());
        }
    }

    // Time of day on top of the date.
    int hour = -1, minute = 0;
    if (f.has(Field::Clock)) {
        const QString t = f.text(Field::Clock);
        if (t.contains(u':')) {
            hour = t.section(u':', 0, 0).toInt();
            minute = t.section(u':', 1, 1).toInt();
        } else {
            hour = f.num(Field::Clock) / 100;
            minute = f.num(Field::Clock) % 100;
        }
    } else if (f.has(Field::Hour)) {
        hour = f.num(Field::Hour);
        if (f.has(Field::Minute))
            minute = f.num(Field::Minute);
    }
    if (hour >= 0 && f.has(Field::AmPm)) {
        if (f.textIs(Field::AmPm, u"PM") && hour < 12)
            hour += 12;
        if (f.textIs(Field::AmPm, u"AM") && hour == 12)
            hour = 0;
    }
    if (hour >= 0 || f.has(Field::PartOfDay)) {
        if (p.grain < Grain::Day && p.grain != Grain::Week) {
            if (r.value.isEmpty())
                result.reset();
            return result;
        }
        if (p.grain == Grain::Week) {
            result.reset();
            return result;
        }
        if (hour >= 0) {
            if (hour > 24 || minute > 59) {
                result.reset();
                return result;
            }
            p.grain = Grain::Minute;
            p.hour = hour;
            p.minute = minute;
        } else {
            p.grain = Grain::PartOfDay;
            p.partOfDay = f.text(Field::PartOfDay);
        }
        r.type = TimexType::Time;
    }
    r.value = p.value();
    r.point = std::move(p);   // p's last use
    if (r.value.isEmpty()) {
        result.reset();
        return result;
    }
    if (!haveDct && QStringView(r.anchor) == u"t0")
        r.anchor.clear();
    return result;
}

} // namespace chronoline
