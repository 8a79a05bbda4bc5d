#pragma once

#include "document/Document.h"
#include "events/Anchor.h"
#include "events/EventDraft.h"
#include "events/PredicateFinder.h"
#include "events/SentenceCache.h"
#include "events/StatusClassifier.h"
#include "events/WordTable.h"


#include <optional>
#include <utility>
#include <vector>

namespace chronoline::events {

// Turns anchors into drafts: what the trigger is (the clause's predicate, or
// the dated noun), whether the clause reports another, and the time: value,
// interval at the expression's granularity (a range from its start to its
// end; a window back from the document date), status and certainty.
class DraftBuilder {
public:
    DraftBuilder(const EventLexicon &lexicon, const PredicateFinder &predicates, SentenceCache &cache,
                 const Document &document)
        : m_lexicon(lexicon), m_predicates(predicates), m_cache(cache), m_document(document) {}

    std::vector<EventDraft> build(const std::vector<Anchor> &anchors) const;

    // The sentence as an event reference.
    SentenceRef sentenceRef(int sentence) const;
    // Whether a future or scheduling cue follows word `from` in its clause ("scheduled for", "will be held").
    bool futureCueAfter(const AnalysedSentence &s, int from) const;

private:
    std::optional<EventInterval> intervalOf(const Anchor &a) const;
    // The clause a trailing attribution (clause) reports, or -1.
    int reportedBefore(const AnalysedSentence &s, int clause) const;
    // intervalForValue for t's value and mod at the document date, remembered.
    std::optional<EventInterval> intervalFor(const Timex &t) const;

    const EventLexicon &m_lexicon;
    const PredicateFinder &m_predicates;
    SentenceCache &m_cache;
    const Document &m_document;
    StatusClassifier m_status;
    struct KnownInterval {
        bool known = false;
        std::optional<EventInterval> interval;
    };
    // Keyed by value, a separator and mod: one flat table, no pair of strings hashed per lookup.
    mutable WordTable<KnownInterval> m_intervals;
};

} // namespace chronoline::events
