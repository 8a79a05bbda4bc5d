#include "TimeScale.h"

#include <algorithm>
#include <cmath>

namespace chronoline {

static double clampZoom(double pixelsPerDay)
{
    return std::clamp(pixelsPerDay, TimeScale::MinPixelsPerDay, TimeScale::MaxPixelsPerDay);
}

TimeScale::TimeScale(double startDay, double pixelsPerDay, double width)
    : m_start(startDay), m_pixelsPerDay(clampZoom(pixelsPerDay)), m_width(std::max(0.0, width))
{
}

TimeScale TimeScale::fitting(double firstDay, double lastDay, double width, double margin)
{
    const double usable = std::max(1.0, width - 2 * margin);
    // A single instant still needs a span: show a day around it.
    const double span = lastDay > firstDay ? lastDay - firstDay : 1.0;
    const double ppd = clampZoom(usable / span);
    const double centre = (firstDay + lastDay) / 2;
    return TimeScale(centre - (width / 2) / ppd, ppd, width);
}

TimeScale TimeScale::zoomedAbout(double anchorX, double factor) const
{
    if (!(factor > 0) || !std::isfinite(factor))
        return *this;
    const double anchorDay = day(anchorX);
    const double ppd = clampZoom(m_pixelsPerDay * factor);
    return TimeScale(anchorDay - anchorX / ppd, ppd, m_width);
}

TimeScale TimeScale::panned(double dx) const
{
    return TimeScale(m_start - dx / m_pixelsPerDay, m_pixelsPerDay, m_width);
}

TimeScale TimeScale::withWidth(double width) const
{
    return TimeScale(m_start, m_pixelsPerDay, width);
}

} // namespace chronoline
