#pragma once

#include "events/AnalysedSentence.h"
#include "events/EventLexicon.h"
#include "events/Predicate.h"

namespace chronoline::events {

// Finds the predicate of a clause: its first verb group, read through
// auxiliaries, modals and raising cues ("is expected to visit" -> visit), with
// tense, modality and voice. A clause with no verb falls back to its first event
// noun ("G20 summit in New Delhi on September 9").
class PredicateFinder {
public:
    explicit PredicateFinder(const EventLexicon &lexicon) : m_lexicon(lexicon) {}

    Predicate find(const AnalysedSentence &sentence, int clause) const;

    // The first event noun of a clause at or after `from`, or -1; multiword nouns
    // ("shooting down") give their first word.
    int eventNoun(const AnalysedSentence &sentence, int clause, int from) const;

    // Whether the verb at `word` only bounds the period named before it, with a
    // date after it, inside a prepositional phrase: "For the year ended Sept.
    // 30, Ralston earned ..." is a clause about earning, not ending.
    static bool boundsDatedPeriod(const AnalysedSentence &sentence, int word);

private:
    Predicate compute(const AnalysedSentence &sentence, int clause) const;

    const EventLexicon &m_lexicon;
};

} // namespace chronoline::events
