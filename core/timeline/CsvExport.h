#pragma once

#include "timeline/Timeline.h"

#include <QByteArray>

namespace chronoline {

// The timeline's events as CSV (RFC 4180: comma separated, CRLF line ends,
// fields quoted when they hold a comma, quote or line break), one row per
// event in time order, UTF-8 with a header row. Columns: id, start, end
// (ISO dates, end exclusive, empty when open), value, mod, granularity, date
// (as a reader would say it), title, trigger, participants (separated by "; "),
// certainty, status, salience, sentence_start, sentence_end (UTF-16 offsets),
// sentence.
QByteArray timelineToCsv(const Timeline &timeline);

} // namespace chronoline
