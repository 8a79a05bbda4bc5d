#include "TimelineStyle.h"

#include <QPalette>

namespace chronoline {

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

TimelineStyle TimelineStyle::fromPalette(const QPalette &palette, const QFont &font)
{
    TimelineStyle s;
    s.background = palette.color(QPalette::Base);
    s.text = palette.color(QPalette::Text);
    const bool dark = isDarkPalette(palette);
    s.alternateBand = dark ? s.background.lighter(118) : s.background.darker(104);
    s.mutedText = palette.color(QPalette::PlaceholderText);
    s.grid = dark ? s.background.lighter(160) : s.background.darker(118);
    // Status colours keep their hue in both themes and only shift in lightness,
    // so the legend reads the same; they are distinguishable without red/green.
    s.past = dark ? QColor(0x6f, 0xa8, 0xe8) : QColor(0x1f, 0x5f, 0xa8);
    s.ongoing = dark ? QColor(0x7f, 0xcf, 0xb0) : QColor(0x1b, 0x7a, 0x5a);
    s.expected = dark ? QColor(0xf2, 0xa9, 0x4b) : QColor(0xc0, 0x62, 0x00);
    s.now = dark ? QColor(0xff, 0x6e, 0x6e) : QColor(0xc8, 0x1e, 0x3c);
    s.highlight = palette.color(QPalette::Highlight);
    s.highlightedText = palette.color(QPalette::HighlightedText);
    s.font = font;
    s.axisFont = font;
    s.axisFont.setPointSizeF(font.pointSizeF() > 0 ? font.pointSizeF() * 0.9 : 9);
    return s;
}

TimelineStyle TimelineStyle::light(const QFont &font)
{
    QPalette p;
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, QColor(0x20, 0x20, 0x24));
    p.setColor(QPalette::PlaceholderText, QColor(0x6b, 0x6b, 0x72));
    p.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return fromPalette(p, font);
}

} // namespace chronoline
