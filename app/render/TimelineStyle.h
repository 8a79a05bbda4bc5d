#pragma once

#include <QColor>
#include <QFont>

class QPalette;

namespace chronoline {

// Colours and fonts of a timeline picture. Derived from a palette so the view
// follows light and dark themes, while exports use the fixed light look that
// prints well.
// Whether a palette is a dark theme (dark base colour), for the few colours
// that are not taken from the palette itself.
bool isDarkPalette(const QPalette &palette);

struct TimelineStyle {
    QColor background;
    QColor alternateBand;   // every other axis period, to guide the eye
    QColor text;
    QColor mutedText;
    QColor grid;
    QColor past;
    QColor ongoing;
    QColor expected;
    QColor now;
    QColor highlight;
    QColor highlightedText;
    QFont font;
    QFont axisFont;

    static TimelineStyle fromPalette(const QPalette &palette, const QFont &font);
    static TimelineStyle light(const QFont &font);
};

} // namespace chronoline
