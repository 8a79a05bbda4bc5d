#include "TimelinePainter.h"

#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace chronoline {

TimelinePainter::TimelinePainter(const TimelineScene &scene, const TimeScale &scale,
                                 const TimelineStyle &style)
    : m_scene(scene), m_scale(scale), m_style(style)
{
}

void TimelinePainter::paint(QPainter &p, double height, const PaintState &state) const
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.fillRect(QRectF(0, 0, m_scale.width(), height), m_style.background);
    const QFontMetricsF axisMetrics(m_style.axisFont);
    const AxisTicks ticks = axisTicks(
        m_scale, [&axisMetrics](const QString &s) { return axisMetrics.horizontalAdvance(s); });
    paintBands(p, ticks, height);
    paintAxis(p, ticks);
    if (m_scene.showsSummary())
        paintSummary(p, ticks);
    paintNow(p, height);
    paintItems(p, state);
    p.restore();
}

// A running number for the period starting at `day`, so that alternate bands
// belong to periods and do not flicker while panning.
static qint64 periodIndex(TickStep step, double day)
{
    const QDate d = QDate::fromJulianDay(qint64(std::floor(day)));
    switch (step.unit) {
    case TickUnit::Hour: return qint64(std::floor(day * 24 / step.count + 0.5));
    case TickUnit::Day: return qint64(std::floor(day));
    case TickUnit::Week: return qint64(std::floor(day)) / 7;
    case TickUnit::Month: return (qint64(d.year()) * 12 + d.month() - 1) / step.count;
    case TickUnit::Year: return qint64(std::floor(double(d.year()) / step.count));
    }
    return 0;
}

void TimelinePainter::paintBands(QPainter &p, const AxisTicks &ticks, double height) const
{
    const double top = m_scene.metrics().axisHeight;
    for (size_t i = 0; i < ticks.ticks.size(); ++i) {
        if (periodIndex(ticks.step, ticks.ticks[i].day) % 2 == 0)
            continue;
        const double x0 = m_scale.x(ticks.ticks[i].day);
        const double x1 = i + 1 < ticks.ticks.size() ? m_scale.x(ticks.ticks[i + 1].day) : m_scale.width();
        p.fillRect(QRectF(x0, top, x1 - x0, height - top), m_style.alternateBand);
    }
}

void TimelinePainter::paintAxis(QPainter &p, const AxisTicks &ticks) const
{
    const SceneMetrics &m = m_scene.metrics();
    const QFontMetricsF fm(m_style.axisFont);
    p.setFont(m_style.axisFont);
    const double base = m.axisHeight - 1;
    p.setPen(QPen(m_style.grid, 1));
    p.drawLine(QPointF(0, base), QPointF(m_scale.width(), base));

    const double tickRowBaseline = base - 6 - fm.descent();
    for (const AxisTick &t : ticks.ticks) {
        const double x = std::round(m_scale.x(t.day)) + 0.5;
        p.setPen(QPen(m_style.grid, 1));
        p.drawLine(QPointF(x, base - 5), QPointF(x, base));
        p.setPen(m_style.mutedText);
        p.drawText(QPointF(x + 3, tickRowBaseline), t.label);
    }
    // The context row keeps the label of the period already under way at the
    // left edge, pushed aside by the next one rather than overlapping it.
    QFont bold = m_style.axisFont;
    bold.setBold(true);
    const QFontMetricsF bm(bold);
    p.setFont(bold);
    p.setPen(m_style.text);
    const double contextBaseline = 4 + bm.ascent();
    for (size_t i = 0; i < ticks.context.size(); ++i) {
        const QString &label = ticks.context[i].label;
        const double w = bm.horizontalAdvance(label);
        double x = std::max(m_scale.x(ticks.context[i].day) + 3, 3.0);
        if (i + 1 < ticks.context.size())
            x = std::min(x, m_scale.x(ticks.context[i + 1].day) - w - 8);
        // A label pushed past the left edge would show only a stub: leave it out.
        if (x < 0 || x > m_scale.width())
            continue;
        const double x0 = m_scale.x(ticks.context[i].day);
        if (x0 >= 0) {
            p.setPen(QPen(m_style.grid, 1));
            p.drawLine(QPointF(std::round(x0) + 0.5, 2), QPointF(std::round(x0) + 0.5, base));
            p.setPen(m_style.text);
        }
        p.drawText(QPointF(x, contextBaseline), label);
    }
}

void TimelinePainter::paintSummary(QPainter &p, const AxisTicks &ticks) const
{
    const SceneMetrics &m = m_scene.metrics();
    const auto &items = m_scene.items();
    if (ticks.ticks.empty())
        return;
    // Items are sorted by anchor, so each period's count is two binary searches.
    auto countBetween = [&items](double from, double to) {
        auto lo = std::lower_bound(items.begin(), items.end(), from,
                                   [](const TimelineItem &it, double d) { return it.anchor() < d; });
        auto hi = std::lower_bound(lo, items.end(), to,
                                   [](const TimelineItem &it, double d) { return it.anchor() < d; });
        return int(hi - lo);
    };
    std::vector<int> counts;
    int maxCount = 1;
    for (size_t i = 0; i < ticks.ticks.size(); ++i) {
        const double to = i + 1 < ticks.ticks.size() ? ticks.ticks[i + 1].day : m_scale.endDay();
        counts.push_back(countBetween(ticks.ticks[i].day, to));
        maxCount = std::max(maxCount, counts.back());
    }
    const double top = m.axisHeight + 3;
    const double h = m.summaryHeight - 6;
    const QFontMetricsF fm(m_style.axisFont);
    p.setFont(m_style.axisFont);
    QColor bar = m_style.past;
    bar.setAlphaF(0.35f);
    for (size_t i = 0; i < counts.size(); ++i) {
        if (counts[i] == 0)
            continue;
        const double x0 = m_scale.x(ticks.ticks[i].day) + 1;
        const double x1 = (i + 1 < ticks.ticks.size() ? m_scale.x(ticks.ticks[i + 1].day) : m_scale.width()) - 1;
        const double bh = std::max(2.0, h * counts[i] / maxCount);
        p.fillRect(QRectF(x0, top + h - bh, x1 - x0, bh), bar);
        const QString n = QString::number(counts[i]);
        if (fm.horizontalAdvance(n) + 4 < x1 - x0) {
            p.setPen(m_style.text);
            p.drawText(QRectF(x0, top, x1 - x0, h), Qt::AlignCenter, n);
        }
    }
    p.setPen(m_style.mutedText);
    const QString note = QStringLiteral("%1 more events; zoom in to see them").arg(m_scene.overflow());
    p.drawText(QPointF(m_scale.width() - fm.horizontalAdvance(note) - 6, top + h + fm.ascent() + 1), note);
}

void TimelinePainter::paintNow(QPainter &p, double height) const
{
    const auto dct = m_scene.documentDate();
    if (!dct)
        return;
    const double x0 = m_scale.x(dayNumber(*dct));
    const double x1 = m_scale.x(dayNumber(*dct) + 1);
    if (x1 < 0 || x0 > m_scale.width())
        return;
    const double top = m_scene.metrics().axisHeight;
    QColor band = m_style.now;
    band.setAlphaF(0.12f);
    if (x1 - x0 > 3)
        p.fillRect(QRectF(x0, top, x1 - x0, height - top), band);
    const double x = (x0 + x1) / 2;
    p.setPen(QPen(m_style.now, 1.5, Qt::DashLine));
    p.drawLine(QPointF(x, top), QPointF(x, height));
    QFont f = m_style.axisFont;
    f.setBold(true);
    p.setFont(f);
    p.setPen(m_style.now);
    const QFontMetricsF fm(f);
    const QString label = QStringLiteral("document date");
    const double w = fm.horizontalAdvance(label);
    // Beside the line, on whichever side has room.
    const double lx = x + 4 + w < m_scale.width() ? x + 4 : x - 4 - w;
    p.drawText(QPointF(lx, height - 4 - fm.descent()), label);
}

QColor TimelinePainter::statusColour(const TimelineItem &item, const TimelineStyle &style)
{
    return item.expected ? style.expected : item.ongoing ? style.ongoing : style.past;
}

void TimelinePainter::paintMark(QPainter &p, const QRectF &r, const TimelineItem &item,
                                const TimelineStyle &style, double radius)
{
    const QColor colour = statusColour(item, style);
    QColor fill = colour;
    // Inferred dates are drawn hollow and dashed: the text did not say them.
    fill.setAlphaF(item.inferred ? 0.18f : (item.shape == ItemShape::Bracket ? 0.28f : 1.0f));
    QPen pen(colour, 1.6);
    if (item.inferred)
        pen.setStyle(Qt::DashLine);
    p.setPen(pen);

    if (item.shape == ItemShape::Point && !item.openStart && !item.openEnd) {
        const QPointF c = r.center();
        p.setBrush(item.inferred ? QBrush(style.background) : QBrush(colour));
        if (item.approx) {
            QColor halo = colour;
            halo.setAlphaF(0.25f);
            p.setPen(Qt::NoPen);
            p.setBrush(halo);
            p.drawEllipse(c, radius * 1.8, radius * 1.8);
            p.setPen(pen);
            p.setBrush(item.inferred ? QBrush(style.background) : QBrush(colour));
        }
        p.drawEllipse(c, radius, radius);
        return;
    }

    // Soft edges (APPROX) and open ends fade out over part of the span.
    QLinearGradient g(r.left(), 0, r.right(), 0);
    const double fade = item.approx ? 0.25 : 0.0;
    QColor clear = fill;
    clear.setAlphaF(0);
    g.setColorAt(0, item.openStart || item.approx ? clear : fill);
    g.setColorAt(item.openStart ? 0.7 : std::max(fade, 0.001), fill);
    g.setColorAt(item.openEnd ? 0.3 : std::min(1 - fade, 0.999), fill);
    g.setColorAt(1, item.openEnd || item.approx ? clear : fill);

    if (item.shape == ItemShape::Bracket) {
        // A bracket: the period as a light band with its bounds marked.
        p.setPen(Qt::NoPen);
        p.setBrush(g);
        p.drawRect(r);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        QPainterPath path;
        if (!item.openStart) {
            path.moveTo(r.left(), r.bottom());
            path.lineTo(r.left(), r.top());
        } else {
            path.moveTo(r.left(), r.top());
        }
        path.lineTo(r.right(), r.top());
        if (!item.openEnd)
            path.lineTo(r.right(), r.bottom());
        p.drawPath(path);
    } else {
        p.setPen(item.inferred ? pen : QPen(Qt::NoPen));
        p.setBrush(g);
        p.drawRoundedRect(r.adjusted(0, 1, 0, -1), 3, 3);
    }
    // Open ends end in an arrow pointing away into the unknown.
    p.setPen(QPen(colour, 1.6));
    p.setBrush(colour);
    const double a = r.height() / 2 + 1;
    if (item.openStart) {
        const QPointF tip(r.left() - 2, r.center().y());
        p.drawPolygon(QPolygonF({tip, tip + QPointF(a, -a), tip + QPointF(a, a)}));
    }
    if (item.openEnd) {
        const QPointF tip(r.right() + 2, r.center().y());
        p.drawPolygon(QPolygonF({tip, tip + QPointF(-a, -a), tip + QPointF(-a, a)}));
    }
}

void TimelinePainter::paintItems(QPainter &p, const PaintState &state) const
{
    const auto &items = m_scene.items();
    const double radius = m_scene.metrics().pointRadius;
    const double width = m_scale.width();
    QFont italic = m_style.font;
    italic.setItalic(true);
    for (size_t i = 0; i < items.size(); ++i) {
        if (m_scene.lane(int(i)) < 0)
            continue;
        const QRectF mark = m_scene.markRect(int(i), m_scale);
        const QRectF label = m_scene.labelRect(int(i), m_scale);
        if (std::max(mark.right(), label.right()) < -radius * 3 || mark.left() > width + radius * 3)
            continue;
        const TimelineItem &item = items[i];
        const bool selected = !state.selected.empty() && state.selected[i];
        if (selected || int(i) == state.hover) {
            QColor h = m_style.highlight;
            h.setAlphaF(selected ? 1.0f : 0.18f);
            p.setPen(Qt::NoPen);
            p.setBrush(h);
            p.drawRoundedRect(label.adjusted(-3, -1, 3, 1), 3, 3);
            if (selected) {
                QColor halo = m_style.highlight;
                halo.setAlphaF(0.35f);
                p.setBrush(halo);
                p.drawRoundedRect(mark.adjusted(-3, -3, 3, 3), 4, 4);
            }
        }
        paintMark(p, mark, item, m_style, radius);
        // Expected events are set in italics so status reads without colour.
        const QFont &font = item.expected ? italic : m_style.font;
        p.setFont(font);
        p.setPen(selected ? m_style.highlightedText : m_style.text);
        p.drawStaticText(label.topLeft(), m_scene.staticLabel(int(i), font));
        if (int(i) == state.current && state.hasFocus) {
            p.setPen(QPen(m_style.text, 1, Qt::DotLine));
            p.setBrush(Qt::NoBrush);
            p.drawRect(mark.united(label).adjusted(-4, -3, 4, 2));
        }
    }
}

} // namespace chronoline
