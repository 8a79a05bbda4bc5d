#pragma once

#include "TimeScale.h"

#include <QString>

#include <functional>
#include <vector>

namespace chronoline {

enum class TickUnit { Hour, Day, Week, Month, Year };

// One rung of the axis ladder: every `count` units ("every 3 months").
struct TickStep {
    TickUnit unit = TickUnit::Day;
    int count = 1;
    bool operator==(const TickStep &) const = default;
};

struct AxisTick {
    double day = 0;   // where the period starts (see TimeScale for day numbers)
    QString label;    // drawn left-aligned just after the tick
    bool operator==(const AxisTick &) const = default;
};

// The axis for one scale: the finest ticks whose labels fit, and a coarser
// context row naming the period they belong to ("March 2023" above days).
struct AxisTicks {
    TickStep step;
    std::vector<AxisTick> ticks;
    std::vector<AxisTick> context;   // empty for steps of a year and more
};

using TextWidth = std::function<double(const QString &)>;

// Chooses the finest step, from hours to millennia, at which no two labels
// measured with `textWidth` come closer than `gap` pixels, and returns its
// ticks over the visible range (plus the one just before it, whose period is
// partly visible).
AxisTicks axisTicks(const TimeScale &scale, const TextWidth &textWidth, double gap = 12);

// The period starts of `step` in [fromDay, toDay], and the one before fromDay.
std::vector<double> tickDays(TickStep step, double fromDay, double toDay);
QString tickLabel(TickStep step, double day);

// The steps the axis may use, finest first.
const std::vector<TickStep> &tickLadder();

} // namespace chronoline
