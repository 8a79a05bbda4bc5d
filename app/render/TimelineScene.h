#pragma once

#include "LaneLayout.h"
#include "TimeScale.h"
#include "TimelineItem.h"

#include <QDate>
#include <QFont>
#include <QRectF>
#include <QStaticText>

#include <optional>
#include <vector>

namespace chronoline {

// Vertical measures of a timeline picture, from the font.
struct SceneMetrics {
    double lineHeight = 16;
    double ascent = 12;
    double axisHeight = 44;      // context row, tick row and tick marks
    double summaryHeight = 26;   // counts per period, when not everything fits
    double markHeight = 10;
    double laneHeight = 34;
    double pointRadius = 5;
    double openLength = 48;      // how far an open end reaches
    double labelGap = 10;        // between two labels in one lane
    double maxLabelWidth = 300;

    static SceneMetrics forFont(const QFont &font);
};

// The items of a timeline with their lanes at the current zoom, and the
// geometry of each: what the view paints and hit-tests, and what the exporter
// paints. Lanes depend only on the zoom (pixels per day), not on panning, so
// dragging never reshuffles them.
class TimelineScene {
public:
    void setItems(std::vector<TimelineItem> items, const QFont &font);
    void setDocumentDate(std::optional<QDate> dct) { m_dct = dct; }
    std::optional<QDate> documentDate() const { return m_dct; }

    // Items sorted by time (anchor), as given to the view.
    const std::vector<TimelineItem> &items() const { return m_items; }
    int indexOfRow(int row) const;
    const SceneMetrics &metrics() const { return m_metrics; }
    const QString &elidedLabel(int i) const { return m_labels[size_t(i)]; }
    // The label laid out once for `font` and reused on every paint: shaping
    // text is the costliest part of a repaint.
    const QStaticText &staticLabel(int i, const QFont &font) const;

    // Lays out lanes for this zoom, fitting at most maxLanes; cached.
    void layout(const TimeScale &scale, int maxLanes);
    // Gives up lanes from `lanes` on (their items join the summary), to make
    // room for it without laying out again.
    void limitLanes(int lanes);
    int lane(int i) const { return m_lanes.lanes[size_t(i)]; }
    int laneCount() const { return m_lanes.laneCount; }
    int overflow() const { return m_lanes.overflow; }
    bool showsSummary() const { return m_lanes.overflow > 0; }

    // The first and last day anything is drawn at, including the document date.
    std::optional<std::pair<double, double>> extent() const;
    // A scale over `width` showing every item and its label, `margin` pixels
    // from both edges; labels run right of their marks, so the right side gets
    // what the rightmost labels need.
    TimeScale fitAll(double width, double margin) const;

    double lanesTop() const;
    double heightFor(int lanes) const;   // picture height holding `lanes` lanes
    QRectF markRect(int i, const TimeScale &scale) const;
    QRectF labelRect(int i, const TimeScale &scale) const;
    QRectF itemRect(int i, const TimeScale &scale) const { return markRect(i, scale).united(labelRect(i, scale)); }
    int itemAt(QPointF pos, const TimeScale &scale) const;   // -1 when none

private:
    std::pair<double, double> markSpan(int i, const TimeScale &scale) const;

    std::vector<TimelineItem> m_items;
    std::vector<QString> m_labels;
    mutable std::vector<QStaticText> m_staticLabels;   // prepared on first paint
    std::vector<double> m_labelWidths;
    std::vector<int> m_rowToIndex;
    std::optional<QDate> m_dct;
    SceneMetrics m_metrics;
    LaneAssignment m_lanes;
    std::vector<int> m_laneOrder;   // kept between zoom steps: see layoutLanes()
    std::vector<LaneSpan> m_spans;
    double m_layoutPixelsPerDay = -1;
    int m_layoutMaxLanes = -1;
};

} // namespace chronoline
