#pragma once

#include "events/AnalysedSentence.h"
#include "events/NameFinder.h"

#include <QString>
#include <QStringView>

#include <deque>
#include <vector>

namespace chronoline::events {

// The names a document's titles use, each written out once: its text as
// NameFinder::textOf gives it (what a title's participants list) and, for a
// person, the short form a headline uses ("Putin"). A title names a person
// or a place or two, and writing each name out again on every use cost an
// allocation and a copy per name per title; shared copies of the strings
// kept here cost neither.
class HeadlineNames {
public:
    explicit HeadlineNames(QStringView text) : m_text(text) {}

    struct Forms {
        const QString &text;       // "Vladimir Putin"
        const QString &headline;   // "Putin" for a person, else the text
    };

    // The forms of `name`, a span NameFinder found in s. A person's short form
    // is settled by the name's first use as a person, looking around `around`.
    Forms of(const AnalysedSentence &s, const NameFinder::Name &name, qsizetype around) const;

private:
    struct Known {
        QString text;
        QString shortForm;
        bool shortFormKnown = false;
    };
    // An open-addressed table over the names: a name is looked up by the
    // document's own characters, so a known name costs one hash and one
    // comparison, and QHash's string hash, called out of line, cost as much
    // as the copy it saved.
    struct Slot {
        quint32 hash = 0;
        Known *known = nullptr;
    };
    Known &known(const AnalysedSentence &s, const NameFinder::Name &name) const;
    void grow() const;

    QStringView m_text;
    mutable std::deque<Known> m_known;   // a deque: the slots point into it
    mutable std::vector<Slot> m_slots;   // a power of two, at most half full
};

} // namespace chronoline::events
