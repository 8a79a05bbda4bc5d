#pragma once

#include "document/Document.h"
#include "events/EventDraft.h"
#include "events/NameFinder.h"
#include "events/PredicateFinder.h"
#include "events/SentenceCache.h"

#include <vector>

namespace chronoline::events {

// Events with no time expression of their own that a reader would still place,
// found only next to a dated clause, so that they cannot multiply:
//  - an event noun after a connective of precedence in a past clause: "Last
//    month, Biden said he wanted to talk with Xi following the shooting down of
//    a Chinese spy balloon" -> balloon shot down, ON_OR_BEFORE 2023-02;
//  - a past clause saying what happened at an event the dated clause mentions:
//    "Sullivan on Monday said ... following the conclusion of the parliament's
//    annual meeting, where Xi won a third five-year term" -> the month of the
//    date, 2023-03, never the day itself.
// Both are `inferred`; neither gets a precise date it was not given.
class InferredEventFinder {
public:
    InferredEventFinder(const EventLexicon &lexicon, const PredicateFinder &predicates,
                        SentenceCache &cache)
        : m_lexicon(lexicon), m_predicates(predicates), m_cache(cache) {}

    std::vector<EventDraft> find(const std::vector<EventDraft> &dated) const;

    // A value no finer than a month: "2023-03-13" and "2023-W11" -> "2023-03".
    static QString coarsenToMonth(const QString &value);

private:
    void precedingEvents(const AnalysedSentence &s, int clause, const EventDraft &anchor,
                         std::vector<EventDraft> *out) const;
    void eventsAtOccasion(const AnalysedSentence &s, int clause, const EventDraft &anchor,
                          std::vector<EventDraft> *out) const;
    EventDraft inferred(const AnalysedSentence &s, int clause, int head, const Predicate &p,
                        const EventDraft &anchor, const QString &value, const QString &mod) const;

    const EventLexicon &m_lexicon;
    const PredicateFinder &m_predicates;
    SentenceCache &m_cache;
    NameFinder m_names;
};

} // namespace chronoline::events
