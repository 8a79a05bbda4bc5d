#include "LegendWidget.h"

#include "TimelineLegend.h"
#include "TimelineStyle.h"
#include "TimexColours.h"

#include <QFontMetrics>
#include <QPainter>

namespace chronoline {

static constexpr int Margin = 8;

LegendWidget::LegendWidget(QWidget *parent) : QWidget(parent)
{
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setAccessibleName(tr("Timeline legend"));
}

// Below the timeline's key, one row for the colours of expressions in the text.
static int textKeyHeight(const QFont &font)
{
    return QFontMetrics(font).height() + 10;
}

int LegendWidget::heightForWidth(int width) const
{
    const TimelineStyle style = TimelineStyle::fromPalette(palette(), font());
    return int(TimelineLegend(style).height(width - 2 * Margin)) + textKeyHeight(font()) + 2 * Margin;
}

QSize LegendWidget::sizeHint() const
{
    return {400, heightForWidth(400)};
}

void LegendWidget::paintEvent(QPaintEvent *)
{
    const TimelineStyle style = TimelineStyle::fromPalette(palette(), font());
    QPainter p(this);
    const TimelineLegend legend(style);
    const double legendHeight = legend.height(width() - 2 * Margin);
    legend.paint(p, QRectF(Margin, Margin, width() - 2 * Margin, legendHeight));

    const QFontMetrics fm(style.axisFont);
    p.setFont(style.axisFont);
    p.setPen(style.text);
    int x = Margin;
    const int y = int(Margin + legendHeight + 10);
    const QString intro = tr("In the text:");
    p.drawText(x, y + fm.ascent(), intro);
    x += fm.horizontalAdvance(intro) + 10;
    const bool dark = isDarkPalette(palette());
    for (TimexType type : {TimexType::Date, TimexType::Time, TimexType::Duration, TimexType::Set}) {
        const QString name = timexTypeName(type).toLower();
        const QRect chip(x, y - 1, fm.horizontalAdvance(name) + 8, fm.height() + 2);
        p.fillRect(chip, timexBackground(type, dark));
        p.drawText(chip, Qt::AlignCenter, name);
        x = chip.right() + 8;
    }
    QFont underlined = style.axisFont;
    underlined.setUnderline(true);
    underlined.setWeight(QFont::DemiBold);
    p.setFont(underlined);
    p.drawText(x + 4, y + fm.ascent(), tr("event trigger"));
}

} // namespace chronoline
