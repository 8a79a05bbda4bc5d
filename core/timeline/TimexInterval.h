#pragma once

#include "events/Event.h"

#include <QDate>
#include <QStringView>

#include <optional>

namespace chronoline {

// The stretch of calendar a TIMEX3 value covers, at day resolution and end
// exclusive: "2023-03" is [2023-03-01, 2023-04-01), "2023-W12" the ISO week
// [2023-03-20, 2023-03-27), "199" the 1990s. Pure functions, shared by the
// event extractor and the viewer.
//
// Decisions (the tests pin them down):
// - Seasons are meteorological and northern: SP Mar-May, SU Jun-Aug, FA Sep-Nov,
//   WI December of that year to the end of February of the next.
// - A weekend is Saturday and Sunday; a part of day or a clock time covers its day.
// - Unknown trailing parts are dropped ("2023-XX-XX" is the year 2023); any
//   other X ("XXXX-09-09"), a duration, a set or a *_REF value has no interval.
// - mod BEFORE ends where the value starts, ON_OR_BEFORE where it ends, AFTER
//   starts where it ends, ON_OR_AFTER where it starts (the other end open);
//   START, MID and END take the first, middle and last third (kept whole when
//   shorter than three days); APPROX and the duration mods change nothing.
std::optional<EventInterval> intervalForValue(QStringView value, QStringView mod = {});

// As above, and PRESENT_REF is the reference day, PAST_REF ends before it and
// FUTURE_REF starts after it, each open at its far end.
std::optional<EventInterval> intervalForValue(QStringView value, QStringView mod, QDate reference);

// The window a backward-looking duration describes ("in the past two years",
// "in recent weeks"): it ends with the reference day and starts the duration
// before it; a vague amount ("PXW") leaves the start open. Not a duration: none.
std::optional<EventInterval> intervalEndingAt(QStringView duration, QDate reference);

} // namespace chronoline
