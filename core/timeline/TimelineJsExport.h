#pragma once

#include "timeline/Timeline.h"

#include <QByteArray>

namespace chronoline {

// The timeline in TimelineJS3's JSON format: a title slide (document title and
// date) and one slide per placed event, with `start_date`/`end_date` as
// {year, month, day} only down to the event's own granularity (a month event
// has no day), `text` {headline: title, text: source sentence}, `display_date`
// for vague times ("week 12, 2023", "before Feb 2023"), `unique_id` (event id)
// and `group` (its status, so expected events get their own row). Events with
// no interval cannot be placed in TimelineJS and are left out.
QByteArray timelineToTimelineJs(const Timeline &timeline);

} // namespace chronoline
