#pragma once

#include "TimelineItem.h"
#include "TimelineStyle.h"

#include <QRectF>
#include <QString>

#include <vector>

class QPainter;

namespace chronoline {

// The key to a timeline picture: one sample mark per shape and flag, drawn with
// the same code as the items themselves, flowing into rows to fit a width.
class TimelineLegend {
public:
    explicit TimelineLegend(const TimelineStyle &style);
    double height(double width) const;
    void paint(QPainter &painter, const QRectF &rect) const;

private:
    struct Entry {
        TimelineItem sample;   // the flags to draw
        QString text;
        bool nowLine = false;
    };
    std::vector<QRectF> entryRects(double width) const;

    const TimelineStyle &m_style;
    std::vector<Entry> m_entries;
};

} // namespace chronoline
