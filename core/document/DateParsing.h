#pragma once

#include <QDate>
#include <QRegularExpressionMatch>
#include <QStringView>

#include <optional>

namespace chronoline {

// Dates as publishers write them: the shared vocabulary of the
// metadata reader, the dateline finder and the file-name reader. Month and weekday names come
// from the language data (resources/lang/en), the shapes of dates from here.

// Month number 1-12 for "March", "Mar", "Mar." or "Sept"; 0 for anything else.
// Case-sensitive on the first letter so that the verb "may" and "march" never count.
int monthFromName(QStringView name);

// A regular-expression fragment matching one written date, with or without a
// year: "March 14, 2023", "Tue, 14 Mar 2023", "14th of March", "3/14/2023",
// "2023-03-14". Its named groups are read back by dateFromMatch(); it has no
// anchors, so callers add the context (line start, keyword) they require.
QString writtenDatePattern();

// The date captured by writtenDatePattern() in `match`. A date written without
// a year takes `yearHint`; with no hint (0) it yields nothing rather than a guess.
// `hadYear` (optional) tells whether the text itself gave the year.
std::optional<QDate> dateFromMatch(const QRegularExpressionMatch &match, int yearHint = 0,
                                   bool *hadYear = nullptr);

// A whole metadata value read as a date: ISO 8601 dates and date-times
// ("2023-03-14T10:05:00+01:00", "20230314"), RFC 2822 ("Tue, 14 Mar 2023
// 10:05:00 GMT") and written dates. The calendar day is taken as written, not
// converted to UTC: the publisher's local day is the one "today" refers to.
std::optional<QDate> parseDateValue(QStringView value);

// Years outside this window are taken for misreadings (page numbers, prices).
bool isPlausibleYear(int year);

} // namespace chronoline
