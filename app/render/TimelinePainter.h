#pragma once

#include "AxisTicks.h"
#include "TimeScale.h"
#include "TimelineScene.h"
#include "TimelineStyle.h"

#include <QRectF>

#include <vector>

class QPainter;

namespace chronoline {

// What the picture should emphasise, by scene item index.
struct PaintState {
    std::vector<char> selected;   // empty, or one flag per scene item
    int current = -1;             // keyboard focus
    int hover = -1;
    bool hasFocus = false;
};

// Paints a laid-out scene: alternating period bands, the axis with its ticks,
// the counts-per-period summary when not everything fits, the document date
// as a "now" line, and every item that has a lane, culled to the visible width.
// Stateless apart from its inputs, so the view and the exporter share it.
class TimelinePainter {
public:
    TimelinePainter(const TimelineScene &scene, const TimeScale &scale, const TimelineStyle &style);

    // Paints into (0, 0, scale.width(), height).
    void paint(QPainter &painter, double height, const PaintState &state = {}) const;

    // One item's mark in `rect` (also used for the legend).
    static void paintMark(QPainter &painter, const QRectF &rect, const TimelineItem &item,
                          const TimelineStyle &style, double pointRadius);
    static QColor statusColour(const TimelineItem &item, const TimelineStyle &style);

private:
    void paintBands(QPainter &p, const AxisTicks &ticks, double height) const;
    void paintAxis(QPainter &p, const AxisTicks &ticks) const;
    void paintSummary(QPainter &p, const AxisTicks &ticks) const;
    void paintNow(QPainter &p, double height) const;
    void paintItems(QPainter &p, const PaintState &state) const;

    const TimelineScene &m_scene;
    TimeScale m_scale;
    const TimelineStyle &m_style;
};

} // namespace chronoline
