#pragma once

#include "events/Event.h"

#include <QString>

namespace chronoline {

// A reader-facing description of when an event happens, at the precision the
// text gave: "14 Mar 2023", "week 12, 2023", "Feb 2023", "9–10 Sep 2023",
// "before Feb 2023", "about 2022". English, independent of the system locale,
// because the data exports carry it too.
QString eventTimeText(const Event &event);

// Whether the description is vaguer than a plain date, so exporters that want a
// structured date should show this text instead (TimelineJS display_date).
bool isVagueTime(const Event &event);

} // namespace chronoline
