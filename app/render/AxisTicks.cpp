#include "AxisTicks.h"

#include <QDate>
#include <QLocale>

#include <cmath>
#include <optional>

namespace chronoline {

const std::vector<TickStep> &tickLadder()
{
    static const std::vector<TickStep> ladder = {
        {TickUnit::Hour, 1},  {TickUnit::Hour, 3},   {TickUnit::Hour, 6},    {TickUnit::Hour, 12},
        {TickUnit::Day, 1},   {TickUnit::Week, 1},   {TickUnit::Month, 1},   {TickUnit::Month, 3},
        {TickUnit::Month, 6}, {TickUnit::Year, 1},   {TickUnit::Year, 2},    {TickUnit::Year, 5},
        {TickUnit::Year, 10}, {TickUnit::Year, 20},  {TickUnit::Year, 50},   {TickUnit::Year, 100},
        {TickUnit::Year, 200}, {TickUnit::Year, 500}, {TickUnit::Year, 1000}, {TickUnit::Year, 2000},
        {TickUnit::Year, 5000},
    };
    return ladder;
}

// The shortest period of a step in days, to skip steps that cannot fit.
static double shortestDays(TickStep s)
{
    switch (s.unit) {
    case TickUnit::Hour: return s.count / 24.0;
    case TickUnit::Day: return s.count;
    case TickUnit::Week: return 7.0 * s.count;
    case TickUnit::Month: return 28.0 * s.count;
    case TickUnit::Year: return 365.0 * s.count;
    }
    return 1;
}

static QDate dateOf(double day)
{
    return QDate::fromJulianDay(qint64(std::floor(day)));
}

static double dayOf(QDate d)
{
    return double(d.toJulianDay());
}

static const QLocale &english()
{
    static const QLocale l(QLocale::English, QLocale::UnitedStates);
    return l;
}

static QString yearLabel(int year)
{
    // QDate has no year 0: -1 is 1 BC.
    return year > 0 ? QString::number(year) : QString::number(-year) + u" BC";
}

// Years divisible by `count`; QDate skips year 0, so it is counted as 1 BC.
static int floorToMultiple(int value, int count)
{
    return int(std::floor(double(value) / count)) * count;
}

std::vector<double> tickDays(TickStep step, double fromDay, double toDay)
{
    std::vector<double> out;
    if (!(toDay >= fromDay))
        return out;
    switch (step.unit) {
    case TickUnit::Hour: {
        const double per = step.count / 24.0;
        for (double h = std::floor(fromDay / per); h * per <= toDay; h += 1)
            out.push_back(h * per);
        break;
    }
    case TickUnit::Day:
        for (double d = std::floor(fromDay); d <= toDay; d += step.count)
            out.push_back(d);
        break;
    case TickUnit::Week: {
        const QDate first = dateOf(fromDay);
        double d = dayOf(first.addDays(1 - first.dayOfWeek()));   // the Monday on or before
        for (; d <= toDay; d += 7.0 * step.count)
            out.push_back(d);
        break;
    }
    case TickUnit::Month: {
        const QDate first = dateOf(fromDay);
        const int month0 = ((first.month() - 1) / step.count) * step.count;   // 0-based
        for (QDate d(first.year(), month0 + 1, 1); d.isValid() && dayOf(d) <= toDay;
             d = d.addMonths(step.count))
            out.push_back(dayOf(d));
        break;
    }
    case TickUnit::Year: {
        const QDate first = dateOf(fromDay);
        for (int y = floorToMultiple(first.year(), step.count);; y += step.count) {
            const QDate d(y == 0 ? -1 : y, 1, 1);
            if (!d.isValid() || dayOf(d) > toDay)
                break;
            out.push_back(dayOf(d));
        }
        break;
    }
    }
    return out;
}

QString tickLabel(TickStep step, double day)
{
    const QDate d = dateOf(day);
    switch (step.unit) {
    case TickUnit::Hour: {
        const int minutes = int(std::lround((day - std::floor(day)) * 24 * 60)) % (24 * 60);
        return QStringLiteral("%1:%2").arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    }
    case TickUnit::Day:
    case TickUnit::Week: return QString::number(d.day());
    case TickUnit::Month:
        if (step.count == 3)
            return u'Q' + QString::number((d.month() - 1) / 3 + 1);
        return english().monthName(d.month(), QLocale::ShortFormat);
    case TickUnit::Year: return yearLabel(d.year());
    }
    return {};
}

// The period that names a group of ticks, or none for year steps.
static std::optional<TickStep> contextStep(TickStep s)
{
    switch (s.unit) {
    case TickUnit::Hour: return TickStep{TickUnit::Day, 1};
    case TickUnit::Day:
    case TickUnit::Week: return TickStep{TickUnit::Month, 1};
    case TickUnit::Month: return TickStep{TickUnit::Year, 1};
    case TickUnit::Year: break;
    }
    return std::nullopt;
}

static QString contextLabel(TickUnit unit, double day)
{
    const QDate d = dateOf(day);
    if (unit == TickUnit::Day)
        return english().toString(d, QStringLiteral("ddd d MMMM yyyy"));
    if (unit == TickUnit::Month)
        return english().monthName(d.month()) + u' ' + yearLabel(d.year());
    return yearLabel(d.year());
}

static bool labelsFit(const std::vector<AxisTick> &ticks, const TimeScale &scale,
                      const TextWidth &textWidth, double gap)
{
    for (size_t i = 1; i < ticks.size(); ++i) {
        const double room = scale.x(ticks[i].day) - scale.x(ticks[i - 1].day);
        if (textWidth(ticks[i - 1].label) + gap > room)
            return false;
    }
    return true;
}

AxisTicks axisTicks(const TimeScale &scale, const TextWidth &textWidth, double gap)
{
    const double narrowest = textWidth(QStringLiteral("00")) + gap;
    const auto &ladder = tickLadder();
    AxisTicks result;
    for (size_t i = 0; i < ladder.size(); ++i) {
        const TickStep step = ladder[i];
        const bool last = i + 1 == ladder.size();
        if (!last && shortestDays(step) * scale.pixelsPerDay() < narrowest)
            continue;
        std::vector<AxisTick> ticks;
        for (double d : tickDays(step, scale.startDay(), scale.endDay()))
            ticks.push_back({d, tickLabel(step, d)});
        if (!last && !labelsFit(ticks, scale, textWidth, gap))
            continue;
        result.step = step;
        result.ticks = std::move(ticks);
        if (const auto ctx = contextStep(step)) {
            for (double d : tickDays(*ctx, scale.startDay(), scale.endDay()))
                result.context.push_back({d, contextLabel(ctx->unit, d)});
        }
        break;
    }
    return result;
}

} // namespace chronoline
