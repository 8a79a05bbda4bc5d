#pragma once

#include "TimelineScene.h"
#include "TimelineStyle.h"

#include "timeline/UnplacedItem.h"

#include <QSizeF>
#include <QString>

#include <optional>
#include <vector>

class QPainter;

namespace chronoline {

class Timeline;

// The whole timeline as one picture, for export and printing: a title and the
// document date, every event fitted to the width (not just what a window
// shows), the unplaced items, and a legend. Its height follows from the lanes
// the events need.
class TimelinePicture {
public:
    TimelinePicture(const Timeline &timeline, double width);
    TimelinePicture(const std::vector<TimelineItem> &items, const QString &title,
                    std::optional<QDate> dct, const std::vector<UnplacedItem> &unplaced, double width);

    QSizeF size() const { return {m_width, m_height}; }
    void paint(QPainter &painter) const;

    // Enough lanes for any real article; beyond it the summary counts the rest.
    static constexpr int MaxLanes = 48;
    static QFont defaultFont();

private:
    double unplacedHeight() const;
    void paintUnplaced(QPainter &p, double top) const;

    QString m_title;
    QString m_subtitle;
    std::vector<UnplacedItem> m_unplaced;
    TimelineStyle m_style;
    TimelineScene m_scene;
    TimeScale m_scale;
    double m_width;
    double m_height = 0;
    double m_headerHeight = 0;
    double m_timelineHeight = 0;
};

} // namespace chronoline
