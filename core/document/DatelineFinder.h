#pragma once

#include <QDate>
#include <QStringView>

#include <optional>

namespace chronoline {

// The form a dateline took, most telling of the publication date first.
enum class DatelineKind { Byline, WireDateline, DateLine, UpdateStamp };

// A publication date stated in the opening lines of an article.
struct DatelineMatch {
    QDate date;
    DatelineKind kind = DatelineKind::Byline;
    qsizetype start = 0;       // span of the dateline or byline in the text (UTF-16 indices)
    qsizetype end = 0;         // exclusive
    bool yearFromHint = false; // the text gave day and month only ("WASHINGTON, March 14 (Reuters) -")
};

// Only this many characters (and lines) from the start are searched: further
// in, a date is far more likely an event in the story than the day it was written.
inline constexpr qsizetype kDatelineWindowChars = 600;
inline constexpr int kDatelineWindowLines = 10;

// Finds the publication date in the opening lines of `text`, most telling form first:
//  - a byline keyword: "Published 14 March 2023", "Posted on: 2023-03-14",
//    "By Jane Doe | March 14, 2023";
//  - a wire-service dateline: "WASHINGTON, March 14 (Reuters) -", "KYIV, Ukraine, March 14, 2023 —";
//  - a line that starts with a date: "Tuesday, March 14, 2023 10:05 AM";
//  - an update stamp, "Updated: 3/14/2023 10:05 AM ET", used only when nothing says when it was first published.
// Ties go to the earliest. A dateline without a year takes its year from another
// dated line in the window, else from `yearHint` (e.g. the file name's date);
// with neither it is skipped, because a guessed year would be invented.
std::optional<DatelineMatch> findDateline(QStringView text, int yearHint = 0);

// Whether a dateline of `kind` says more about the publication date than one
// of kind `than` (a byline or wire dateline beats a date line, which beats an update stamp).
bool isMoreTelling(DatelineKind kind, DatelineKind than);

} // namespace chronoline
