#pragma once

#include "events/Anchor.h"
#include "events/EventLexicon.h"
#include "events/PredicateFinder.h"
#include "events/SentenceCache.h"

#include <vector>

namespace chronoline::events {

// Decides what each time expression dates. DATE and TIME expressions date
// something unless they are a dateline or a vague reference (now, recently);
// a DURATION only when it is a window reaching back from the document date ("in
// recent weeks", "over the past two years"); sets never. Two expressions joined
// by to/through/until/-/and make one range; expressions in the same clause date
// one thing.
class TimexAnchorer {
public:
    TimexAnchorer(const EventLexicon &lexicon, const PredicateFinder &predicates)
        : m_lexicon(lexicon), m_predicates(predicates) {}

    // The anchors of sentences [from, to), in text order.
    std::vector<Anchor> anchor(SentenceCache &cache, int from, int to) const;

    // Whether expression t is a backward-looking window (see above).
    static bool isWindow(const AnalysedSentence &s, const Timex &t);
    // Whether t could date something, judged from the expression alone: a
    // sentence with no such expression is never analysed for its anchors.
    static bool mayDate(const Timex &t);

private:
    bool datesSomething(const AnalysedSentence &s, const Timex &t) const;
    bool isDateline(const AnalysedSentence &s, int firstWord, int lastWord) const;
    int rangeEnd(SentenceCache &cache, int sentence, int pos) const;
    int nounBefore(const AnalysedSentence &s, int firstWord) const;
    int nounAfter(const AnalysedSentence &s, int lastWord) const;
    int scheduledNoun(const AnalysedSentence &s, int firstWord) const;
    int clauseFor(const AnalysedSentence &s, int word) const;
    int verbBefore(const AnalysedSentence &s, int firstWord) const;

    const EventLexicon &m_lexicon;
    const PredicateFinder &m_predicates;
};

} // namespace chronoline::events
