#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace chronoline {

enum class Certainty { Explicit, Inferred };
enum class EventStatus { Past, Ongoing, Expected };

QString certaintyName(Certainty c);   // "explicit", "inferred"
QString statusName(EventStatus s);    // "past", "ongoing", "expected"

// A span of the document text; offsets are UTF-16 (QString) indices, end exclusive.
struct SentenceRef {
    qsizetype start = 0;
    qsizetype end = 0;
    QString text;
    bool operator==(const SentenceRef &) const = default;
};

struct EventMention {
    SentenceRef sentence;
    QString timexId;     // empty when the mention has no time expression of its own
    bool operator==(const EventMention &) const = default;
};

// The time an event covers: [start, end) at day resolution. Either end may be
// open (BEFORE / AFTER values), which the viewer draws as an open-ended bar.
struct EventInterval {
    std::optional<QDate> start;
    std::optional<QDate> end;   // exclusive
    bool operator==(const EventInterval &) const = default;
};

// Something that happened (or will), as a reader would put it on a timeline.
struct Event {
    QString id;                  // "e1", "e2", ...
    QString title;               // headline-style, at most 12 words
    QString trigger;             // the verb or event noun
    QStringList participants;    // people, organisations and places it names
    SentenceRef sentence;        // the main evidence
    QString timexId;             // the expression that dates it, or empty
    QString value;               // TIMEX3 value, e.g. "2023-03-21", "2023-W12", "PXW"
    QString mod;                 // TIMEX3 mod of the dating expression, e.g. "BEFORE"
    std::optional<EventInterval> interval;  // empty when the value has no place on the axis
    Certainty certainty = Certainty::Explicit;
    EventStatus status = EventStatus::Past;
    double salience = 0.5;       // 0..1, key events first
    std::vector<EventMention> mentions;
    // Added after the first contract; at the end so positional initialisers still work.
    QStringList places;          // those of the participants that are places ("New Delhi")
    QString endTimexId;          // a range ("September 9 to September 10"): the expression of its end
    QString endValue;            // ... and its value; `value` is then the start's

    bool operator==(const Event &) const = default;
};

using Events = std::vector<Event>;

} // namespace chronoline
