#pragma once

#include "temporal/CalendarDay.h"
#include "temporal/Frame.h"
#include "temporal/TimePoint.h"
#include "temporal/Timex.h"

#include <QDate>

#include <optional>

namespace chronoline {

// What the resolver may use for one expression: the document creation date (news
// reference), the last date mentioned before it (narrative reference), and the tense of
// its clause (-1 past, +1 future, 0 unknown).
struct ResolveContext {
    std::optional<QDate> dct;
    CalendarDay dctDay;       // *dct with its numbers, worked out once per text (optional:
                              // the resolver works them out itself when this is not *dct)
    TimePoint previous;       // invalid when nothing has been mentioned yet
    QString previousId;
    int tense = 0;
    bool afterDuration = false;   // the expression just before was a duration ("the nine months")
    TimePoint period;         // the last quarter or half named (the period a report is about)
    QString periodId;
};

struct Resolution {
    TimexType type = TimexType::Date;
    QString value;
    QString mod;
    QString anchor;           // "t0" (the DCT) or previousId, when the value depends on one
    QString quant;
    QString freq;
    TimePoint point;          // the calendar position, when the value is one
    bool comparison = false;  // "a year earlier", "the year-ago quarter": a period compared
                              // with the one in focus, which stays the narrative reference
};

// Stage 4: turns a frame (what the text said) into a TIMEX3 value. Language-neutral: it
// knows calendars, not words. With no DCT, what needs one keeps X placeholders.
class ValueResolver {
public:
    std::optional<Resolution> resolve(const Frame &frame, TimexType type, const ResolveContext &context) const;

private:
    std::optional<Resolution> duration(const Frame &f) const;
    std::optional<Resolution> set(const Frame &f) const;
    std::optional<Resolution> date(const Frame &f, const ResolveContext &c) const;
};

// "P5Y", "PT2H", "PXW": the TIMEX3 duration for an amount ("X" for unknown) of a unit letter.
QString durationValue(const QString &amount, const QString &unit);

} // namespace chronoline
