#include "TimelineItem.h"

namespace chronoline {

double dayNumber(QDate date)
{
    return double(date.toJulianDay());
}

// Hours covered by a TIMEX3 part of day: morning, afternoon, evening, night, daytime.
static std::pair<double, double> partOfDayHours(QStringView code)
{
    if (code == u"MO") return {6, 12};
    if (code == u"AF") return {12, 18};
    if (code == u"EV") return {18, 24};
    if (code == u"NI") return {0, 6};
    return {8, 18};
}

TimelineItem TimelineItem::fromEvent(const Event &event, int row)
{
    TimelineItem item;
    if (!event.interval || (!event.interval->start && !event.interval->end))
        return item;
    const EventInterval &iv = *event.interval;
    item.row = row;
    item.id = event.id;
    item.label = event.title;
    item.granularity = granularityOfValue(event.value);
    item.inferred = event.certainty == Certainty::Inferred;
    item.expected = event.status == EventStatus::Expected;
    item.ongoing = event.status == EventStatus::Ongoing;
    item.salience = event.salience;
    item.approx = event.mod == u"APPROX" || event.mod == u"START" || event.mod == u"MID"
        || event.mod == u"END";
    item.openStart = !iv.start;
    item.openEnd = !iv.end;
    item.start = iv.start ? dayNumber(*iv.start) : dayNumber(*iv.end);
    item.end = iv.end ? dayNumber(*iv.end) : item.start;

    const double days = item.end - item.start;
    switch (item.granularity) {
    case Granularity::Time: {
        // The interval is whole days; the value knows the hour.
        const QString &v = event.value;
        const double hours = v.mid(11, 2).toDouble() + (v.size() >= 16 ? v.mid(14, 2).toDouble() / 60 : 0);
        item.start = item.end = item.start + hours / 24;
        item.shape = ItemShape::Point;
        break;
    }
    case Granularity::PartOfDay: {
        const auto [from, to] = partOfDayHours(QStringView(event.value).right(2));
        const double midnight = item.start;
        item.start = midnight + from / 24;
        item.end = midnight + to / 24;
        item.shape = ItemShape::Bracket;
        break;
    }
    case Granularity::Day:
    case Granularity::Unknown:
        // A day is a point at noon; more than a day is a range with two ends.
        if (days > 1 || item.openStart || item.openEnd) {
            item.shape = ItemShape::Bar;
        } else {
            item.start = item.end = item.start + 0.5;
            item.shape = ItemShape::Point;
        }
        break;
    default:
        item.shape = ItemShape::Bracket;
        break;
    }
    return item;
}

} // namespace chronoline
