#include "TimelineLegend.h"

#include "TimelineItem.h"
#include "TimelinePainter.h"

#include <QFontMetricsF>
#include <QPainter>

namespace chronoline {

static constexpr double SampleWidth = 34;
static constexpr double Spacing = 18;

TimelineLegend::TimelineLegend(const TimelineStyle &style) : m_style(style)
{
    auto item = [](ItemShape shape) {
        TimelineItem it;
        it.shape = shape;
        return it;
    };
    TimelineItem approx = item(ItemShape::Bar);
    approx.approx = true;
    TimelineItem before = item(ItemShape::Bar);
    before.openStart = true;
    TimelineItem inferred = item(ItemShape::Point);
    inferred.inferred = true;
    TimelineItem expected = item(ItemShape::Point);
    expected.expected = true;
    TimelineItem ongoing = item(ItemShape::Point);
    ongoing.ongoing = true;
    m_entries = {
        {item(ItemShape::Point), QStringLiteral("a day"), false},
        {item(ItemShape::Bracket), QStringLiteral("a week, month, season or year"), false},
        {item(ItemShape::Bar), QStringLiteral("a range"), false},
        {approx, QStringLiteral("approximate"), false},
        {before, QStringLiteral("open-ended (before, after)"), false},
        {inferred, QStringLiteral("inferred date"), false},
        {expected, QStringLiteral("expected"), false},
        {ongoing, QStringLiteral("ongoing"), false},
        {TimelineItem{}, QStringLiteral("document date"), true},
    };
}

std::vector<QRectF> TimelineLegend::entryRects(double width) const
{
    const QFontMetricsF fm(m_style.axisFont);
    const double h = fm.height() + 4;
    std::vector<QRectF> rects;
    double x = 0;
    double y = 0;
    for (const Entry &e : m_entries) {
        const double w = SampleWidth + 6 + fm.horizontalAdvance(e.text);
        if (x > 0 && x + w > width) {
            x = 0;
            y += h + 4;
        }
        rects.emplace_back(x, y, w, h);
        x += w + Spacing;
    }
    return rects;
}

double TimelineLegend::height(double width) const
{
    const auto rects = entryRects(width);
    return rects.empty() ? 0 : rects.back().bottom();
}

void TimelineLegend::paint(QPainter &p, const QRectF &rect) const
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.translate(rect.topLeft());
    const auto rects = entryRects(rect.width());
    const QFontMetricsF fm(m_style.axisFont);
    for (size_t i = 0; i < m_entries.size(); ++i) {
        const Entry &e = m_entries[i];
        const QRectF r = rects[i];
        const double markH = 8;
        const QRectF sample(r.left() + 4, r.center().y() - markH / 2, SampleWidth - 8, markH);
        if (e.nowLine) {
            p.setPen(QPen(m_style.now, 1.5, Qt::DashLine));
            p.drawLine(QPointF(sample.center().x(), r.top()), QPointF(sample.center().x(), r.bottom()));
        } else {
            TimelinePainter::paintMark(p, sample, e.sample, m_style, 5);
        }
        QFont f = m_style.axisFont;
        f.setItalic(e.sample.expected);
        p.setFont(f);
        p.setPen(m_style.text);
        p.drawText(QPointF(r.left() + SampleWidth + 6, r.center().y() + fm.ascent() / 2 - fm.descent() / 2),
                   e.text);
    }
    p.restore();
}

} // namespace chronoline
