#pragma once

namespace chronoline {

// Time on the axis is a day number: the Julian day of a date (QDate::toJulianDay),
// with hours as fractions, so one double covers centuries down to minutes.
//
// TimeScale maps that time to an x coordinate and back: x = (day - start) * pixelsPerDay.
// A small value type with no widget in it, so zooming and panning can be tested
// as plain arithmetic and shared by the view, the exporter and the tests.
class TimeScale {
public:
    // The most and least zoomed-in: an hour over 600 px, and twenty years a pixel
    // (20,000 years across a wide window). Beyond either, labels stop meaning much.
    static constexpr double MaxPixelsPerDay = 24 * 600.0;
    static constexpr double MinPixelsPerDay = 1.0 / (365.25 * 20);

    TimeScale() = default;
    TimeScale(double startDay, double pixelsPerDay, double width);

    // A scale showing [firstDay, lastDay] across `width` pixels with `margin`
    // pixels free at both ends.
    static TimeScale fitting(double firstDay, double lastDay, double width, double margin = 0);

    double x(double day) const { return (day - m_start) * m_pixelsPerDay; }
    double day(double x) const { return m_start + x / m_pixelsPerDay; }

    double startDay() const { return m_start; }
    double endDay() const { return day(m_width); }
    double pixelsPerDay() const { return m_pixelsPerDay; }
    double width() const { return m_width; }

    // Zooms by `factor` (>1 zooms in) keeping the time under `anchorX` in place.
    TimeScale zoomedAbout(double anchorX, double factor) const;
    // Moves the content `dx` pixels to the right (the visible time moves left).
    TimeScale panned(double dx) const;
    // A new width keeps the left edge and the zoom.
    TimeScale withWidth(double width) const;

    bool operator==(const TimeScale &) const = default;

private:
    double m_start = 0;
    double m_pixelsPerDay = 1;
    double m_width = 0;
};

} // namespace chronoline
