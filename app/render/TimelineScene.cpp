#include "TimelineScene.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>
#include <limits>

namespace chronoline {

SceneMetrics SceneMetrics::forFont(const QFont &font)
{
    const QFontMetricsF fm(font);
    SceneMetrics m;
    m.lineHeight = std::ceil(fm.height());
    m.ascent = fm.ascent();
    m.axisHeight = 2 * m.lineHeight + 14;
    m.summaryHeight = m.lineHeight + 10;
    m.markHeight = std::max(8.0, std::round(m.lineHeight * 0.5));
    m.pointRadius = m.markHeight / 2 + 1;
    m.laneHeight = m.markHeight + 3 + m.lineHeight + 6;
    m.openLength = 4 * m.lineHeight;
    m.labelGap = std::round(m.lineHeight * 0.7);
    // Long enough for a headline of about six words; longer titles are elided
    // and shown whole in the tooltip and the details.
    m.maxLabelWidth = 48 * fm.averageCharWidth();
    return m;
}

void TimelineScene::setItems(std::vector<TimelineItem> items, const QFont &font)
{
    std::stable_sort(items.begin(), items.end(),
                     [](const TimelineItem &a, const TimelineItem &b) { return a.anchor() < b.anchor(); });
    m_items = std::move(items);
    m_metrics = SceneMetrics::forFont(font);
    // Measuring text is the costly part of a layout, so it happens once per
    // model change and never per zoom step.
    const QFontMetricsF fm(font);
    m_labels.clear();
    m_labelWidths.clear();
    m_labels.reserve(m_items.size());
    m_labelWidths.reserve(m_items.size());
    int maxRow = -1;
    for (const TimelineItem &item : m_items) {
        m_labels.push_back(fm.elidedText(item.label, Qt::ElideRight, m_metrics.maxLabelWidth));
        m_labelWidths.push_back(std::ceil(fm.horizontalAdvance(m_labels.back())));
        maxRow = std::max(maxRow, item.row);
    }
    m_staticLabels.assign(m_items.size(), QStaticText());
    m_rowToIndex.assign(size_t(maxRow + 1), -1);
    for (size_t i = 0; i < m_items.size(); ++i)
        m_rowToIndex[size_t(m_items[i].row)] = int(i);
    m_lanes = {};
    m_lanes.lanes.assign(m_items.size(), -1);
    m_laneOrder.clear();
    m_layoutPixelsPerDay = -1;
}

const QStaticText &TimelineScene::staticLabel(int i, const QFont &font) const
{
    QStaticText &text = m_staticLabels[size_t(i)];
    if (text.text().isEmpty() && !m_labels[size_t(i)].isEmpty()) {
        text.setText(m_labels[size_t(i)]);
        text.setTextFormat(Qt::PlainText);
        text.setPerformanceHint(QStaticText::AggressiveCaching);
        text.prepare(QTransform(), font);
    }
    return text;
}

int TimelineScene::indexOfRow(int row) const
{
    return row >= 0 && size_t(row) < m_rowToIndex.size() ? m_rowToIndex[size_t(row)] : -1;
}

std::pair<double, double> TimelineScene::markSpan(int i, const TimeScale &scale) const
{
    const TimelineItem &it = m_items[size_t(i)];
    double x0 = scale.x(it.start);
    double x1 = scale.x(it.end);
    if (it.openStart)
        x0 = x1 - m_metrics.openLength;
    if (it.openEnd)
        x1 = x0 + m_metrics.openLength;
    // Anything narrower than a point is drawn as one.
    if (x1 - x0 < 2 * m_metrics.pointRadius) {
        const double c = (x0 + x1) / 2;
        x0 = c - m_metrics.pointRadius;
        x1 = c + m_metrics.pointRadius;
    }
    return {x0, x1};
}

void TimelineScene::layout(const TimeScale &scale, int maxLanes)
{
    if (scale.pixelsPerDay() == m_layoutPixelsPerDay && maxLanes == m_layoutMaxLanes)
        return;
    m_layoutPixelsPerDay = scale.pixelsPerDay();
    m_layoutMaxLanes = maxLanes;
    // Lanes only depend on the zoom: lay out on a scale starting at day 0.
    const TimeScale origin(0, scale.pixelsPerDay(), scale.width());
    m_spans.resize(m_items.size());
    for (size_t i = 0; i < m_items.size(); ++i) {
        const auto [x0, x1] = markSpan(int(i), origin);
        // Four tiers of salience: key events claim the lanes first.
        const int priority = std::clamp(int(m_items[i].salience * 4), 0, 3);
        m_spans[i] = {x0, std::max(x1, x0 + m_labelWidths[i]), priority};
    }
    m_lanes = layoutLanes(m_spans, maxLanes, m_metrics.labelGap, m_laneOrder);
}

void TimelineScene::limitLanes(int lanes)
{
    if (m_lanes.laneCount <= lanes)
        return;
    for (int &l : m_lanes.lanes) {
        if (l >= lanes) {
            l = -1;
            ++m_lanes.overflow;
        }
    }
    m_lanes.laneCount = lanes;
}

std::optional<std::pair<double, double>> TimelineScene::extent() const
{
    if (m_items.empty() && !m_dct)
        return std::nullopt;
    double first = std::numeric_limits<double>::max();
    double last = std::numeric_limits<double>::lowest();
    for (const TimelineItem &it : m_items) {
        first = std::min(first, it.start);
        last = std::max(last, it.end);
    }
    if (m_dct) {
        first = std::min(first, dayNumber(*m_dct));
        last = std::max(last, dayNumber(*m_dct) + 1);
    }
    return std::make_pair(first, last);
}

TimeScale TimelineScene::fitAll(double width, double margin) const
{
    const auto ext = extent();
    if (!ext) {
        // Nothing to show: a neutral year, 2000, rather than pretending to know "now".
        const double y2k = dayNumber(QDate(2000, 1, 1));
        return TimeScale::fitting(y2k, y2k + 366, width, margin);
    }
    const auto [first, last] = *ext;
    const double span = last > first ? last - first : 1.0;
    double right = margin;
    TimeScale s;
    for (int pass = 0; pass < 6; ++pass) {
        const double usable = std::max(width / 4, width - margin - right);
        const double ppd = usable / span;
        s = TimeScale(first - margin / ppd, ppd, width);
        double overshoot = 0;
        for (size_t i = 0; i < m_items.size(); ++i) {
            const auto [x0, x1] = markSpan(int(i), s);
            overshoot = std::max(overshoot, std::max(x1, x0 + m_labelWidths[i]) - (width - margin));
        }
        if (overshoot <= 0.5)
            break;
        right += overshoot;
    }
    return s;
}

double TimelineScene::lanesTop() const
{
    return m_metrics.axisHeight + (showsSummary() ? m_metrics.summaryHeight : 0) + 8;
}

double TimelineScene::heightFor(int lanes) const
{
    return lanesTop() + lanes * m_metrics.laneHeight + 4;
}

QRectF TimelineScene::markRect(int i, const TimeScale &scale) const
{
    const int l = lane(i);
    if (l < 0)
        return {};
    const auto [x0, x1] = markSpan(i, scale);
    const double top = lanesTop() + l * m_metrics.laneHeight;
    return QRectF(x0, top, x1 - x0, m_metrics.markHeight);
}

QRectF TimelineScene::labelRect(int i, const TimeScale &scale) const
{
    const int l = lane(i);
    if (l < 0)
        return {};
    const double x0 = markSpan(i, scale).first;
    const double top = lanesTop() + l * m_metrics.laneHeight + m_metrics.markHeight + 3;
    return QRectF(x0, top, m_labelWidths[size_t(i)], m_metrics.lineHeight);
}

int TimelineScene::itemAt(QPointF pos, const TimeScale &scale) const
{
    const double laneY = (pos.y() - lanesTop()) / m_metrics.laneHeight;
    if (laneY < 0)
        return -1;
    const int l = int(laneY);
    // Marks are small targets: accept a few pixels around them.
    for (size_t i = 0; i < m_items.size(); ++i) {
        if (m_lanes.lanes[i] != l)
            continue;
        if (itemRect(int(i), scale).adjusted(-3, -3, 3, 3).contains(pos))
            return int(i);
    }
    return -1;
}

} // namespace chronoline
