#include "TimelinePicture.h"

#include "TimelineLegend.h"
#include "TimelinePainter.h"

#include "timeline/Timeline.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

namespace chronoline {

static constexpr double Margin = 24;

static std::vector<TimelineItem> itemsOf(const Timeline &timeline)
{
    std::vector<TimelineItem> items;
    const Events &events = timeline.events();
    items.reserve(events.size());
    for (size_t i = 0; i < events.size(); ++i) {
        TimelineItem it = TimelineItem::fromEvent(events[i], int(i));
        if (it.row >= 0)
            items.push_back(std::move(it));
    }
    return items;
}

QFont TimelinePicture::defaultFont()
{
    // Pixel sizes keep PNG, SVG and PDF at the same proportions whatever the
    // device resolution.
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPixelSize(13);
    return f;
}

TimelinePicture::TimelinePicture(const Timeline &timeline, double width)
    : TimelinePicture(itemsOf(timeline), timeline.document().title, timeline.document().dct,
                      timeline.unplaced(), width)
{
}

TimelinePicture::TimelinePicture(const std::vector<TimelineItem> &items, const QString &title,
                                 std::optional<QDate> dct, const std::vector<UnplacedItem> &unplaced,
                                 double width)
    : m_title(title.isEmpty() ? QStringLiteral("Timeline") : title),
      m_unplaced(unplaced),
      m_style(TimelineStyle::light(defaultFont())),
      m_width(std::max(320.0, width))
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    m_subtitle = dct ? u"Document date: " + english.toString(*dct, QStringLiteral("d MMMM yyyy"))
                     : QStringLiteral("Document date unknown: relative dates are not placed");
    m_subtitle += QStringLiteral(" · %1 events on the timeline").arg(items.size());
    if (!unplaced.empty())
        m_subtitle += QStringLiteral(" · %1 unplaced").arg(unplaced.size());

    m_scene.setItems(items, m_style.font);
    m_scene.setDocumentDate(dct);
    const double inner = m_width - 2 * Margin;
    m_scale = m_scene.fitAll(inner, 12);
    m_scene.layout(m_scale, MaxLanes);

    const QFontMetricsF fm(m_style.font);
    m_headerHeight = fm.height() * 1.6 + fm.height() + 14;
    m_timelineHeight = m_scene.heightFor(std::max(1, m_scene.laneCount())) + fm.height() + 6;
    TimelineLegend legend(m_style);
    m_height = Margin + m_headerHeight + m_timelineHeight + unplacedHeight() + 16
        + legend.height(inner) + Margin;
}

double TimelinePicture::unplacedHeight() const
{
    if (m_unplaced.empty())
        return 0;
    const QFontMetricsF fm(m_style.font);
    return 12 + fm.height() * (1 + double(m_unplaced.size())) + 4;
}

void TimelinePicture::paintUnplaced(QPainter &p, double top) const
{
    const QFontMetricsF fm(m_style.font);
    QFont bold = m_style.font;
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(m_style.text);
    double y = top + 12 + fm.ascent();
    p.drawText(QPointF(Margin, y), QStringLiteral("Unplaced: dated in the text, but not on the axis yet"));
    p.setFont(m_style.font);
    for (const UnplacedItem &u : m_unplaced) {
        y += fm.height();
        const QString kind = u.kind == UnplacedItem::Kind::Event ? QStringLiteral("event")
                                                                 : QStringLiteral("expression");
        const QString line = QStringLiteral("• %1  (%2, value %3)")
                                 .arg(u.label, kind, u.value.isEmpty() ? QStringLiteral("none") : u.value);
        p.drawText(QPointF(Margin + 8, y), fm.elidedText(line, Qt::ElideRight, m_width - 2 * Margin - 8));
    }
}

void TimelinePicture::paint(QPainter &p) const
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    p.fillRect(QRectF(0, 0, m_width, m_height), m_style.background);

    QFont titleFont = m_style.font;
    titleFont.setPixelSize(m_style.font.pixelSize() * 3 / 2);
    titleFont.setBold(true);
    const QFontMetricsF tm(titleFont);
    p.setFont(titleFont);
    p.setPen(m_style.text);
    p.drawText(QPointF(Margin, Margin + tm.ascent()),
               tm.elidedText(m_title, Qt::ElideRight, m_width - 2 * Margin));
    const QFontMetricsF fm(m_style.font);
    p.setFont(m_style.font);
    p.setPen(m_style.mutedText);
    p.drawText(QPointF(Margin, Margin + tm.height() + 4 + fm.ascent()), m_subtitle);

    double top = Margin + m_headerHeight;
    p.save();
    p.translate(Margin, top);
    p.setClipRect(QRectF(0, 0, m_scale.width(), m_timelineHeight));
    TimelinePainter(m_scene, m_scale, m_style).paint(p, m_timelineHeight);
    p.restore();
    top += m_timelineHeight;

    if (!m_unplaced.empty()) {
        paintUnplaced(p, top);
        top += unplacedHeight();
    }
    TimelineLegend legend(m_style);
    top += 16;
    legend.paint(p, QRectF(Margin, top, m_width - 2 * Margin, legend.height(m_width - 2 * Margin)));
    p.restore();
}

} // namespace chronoline
