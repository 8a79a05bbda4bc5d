#pragma once

#include "temporal/Timex.h"

#include <QDate>
#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace chronoline {

// The document creation time as TimeML writes it: a TIMEX3 inside <DCT>.
struct TimeMLDct {
    QString tid = QStringLiteral("t0");
    QString type = QStringLiteral("DATE");   // the corpus has DATE and TIME
    QString value;                           // "1998-01-08", "1998-10-25T21:00"
    QString text;                            // element content, e.g. "19980108"
    bool operator==(const TimeMLDct &) const = default;
};

// A gold EVENT inside TEXT; offsets are UTF-16 indices into TimeMLDocument::text.
struct TimeMLEvent {
    QString eid;
    QString eventClass;      // OCCURRENCE, REPORTING, STATE, I_STATE, ...
    qsizetype start = 0;
    qsizetype end = 0;
    QString text;
    bool operator==(const TimeMLEvent &) const = default;
};

// A TLINK; which of the four participant attributes are set depends on whether
// it links event-event, event-time or time-time. Unset ones stay empty.
struct TimeMLTlink {
    QString lid;
    QString relType;
    QString eventInstanceId;
    QString timeId;
    QString relatedToTime;
    QString relatedToEventInstance;
    bool operator==(const TimeMLTlink &) const = default;
};

// Everything Chronoline uses from one .tml file.
struct TimeMLDocument {
    QString docId;
    QString title;                       // <TITLE> outside TEXT (AQUAINT has one), else empty
    std::optional<TimeMLDct> dct;        // empty when the file has no <DCT>
    std::optional<QDate> dctDate;        // the day of dct->value when it names one
    QString text;                        // the character data of <TEXT>, tags dropped
    Timexes timexes;                     // TIMEX3 inside TEXT, document order
    std::vector<TimeMLEvent> events;     // EVENT inside TEXT, document order
    QHash<QString, QString> eventOfInstance;   // MAKEINSTANCE eiid -> eventID
    std::vector<TimeMLTlink> tlinks;

    bool operator==(const TimeMLDocument &) const = default;
};

// The calendar day a TIMEX3 value names, if it starts with YYYY-MM-DD
// ("1998-10-25T21:00" -> 1998-10-25); anything coarser gives nothing.
std::optional<QDate> dayOfTimexValue(QStringView value);

} // namespace chronoline
