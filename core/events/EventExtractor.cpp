#include "events/EventExtractor.h"

#include "events/DraftBuilder.h"
#include "events/EventLexicon.h"
#include "events/EventMerger.h"
#include "events/EventOrdering.h"
#include "events/FallbackSentences.h"
#include "events/InferredEventFinder.h"
#include "events/MentionLinker.h"
#include "events/PredicateFinder.h"
#include "events/SalienceScorer.h"
#include "events/SentenceCache.h"
#include "events/TimexAnchorer.h"
#include "events/TitleBuilder.h"

namespace chronoline {

using namespace events;

const EventExtractor &EventExtractor::english()
{
    static const EventExtractor extractor;
    return extractor;
}

// The stages, in the only order that works:
//  1. anchor     what each time expression dates (clause or event noun);
//  2. drafts     trigger, report/content, value, interval, status; status comes
//                before titles because an expected event's title says "to meet";
//  3. inferred   undated events beside past dated clauses; needs 2's status;
//  4. titles     title, trigger, participants, key phrase for every draft;
//  5. merge      one event, several mentions; needs 4's participants and 2's intervals;
//  6. mentions   undated sentences speaking of an event; after 5, so each
//                sentence is linked to the merged event once;
//  7. salience   needs 6's mention counts;
//  8. order      time order and ids.
Events EventExtractor::extract(const Document &document, const Segmentation &segmentation,
                               const Timexes &timexes) const
{
    if (timexes.empty())
        return {};
    const EventLexicon &lexicon = EventLexicon::english();
    SentenceCache cache(document.text,
                        segmentation.sentences.empty() ? fallbackSentences(document.text)
                                                       : segmentation.sentences,
                        timexes, lexicon);
    const PredicateFinder predicates(lexicon);

    const std::vector<Anchor> anchors = TimexAnchorer(lexicon, predicates).anchor(cache);
    const DraftBuilder builder(lexicon, predicates, cache, document);
    std::vector<EventDraft> drafts = builder.build(anchors);
    std::vector<EventDraft> inferred = InferredEventFinder(lexicon, predicates, cache).find(drafts);
    std::move(inferred.begin(), inferred.end(), std::back_inserter(drafts));

    const TitleBuilder titles(lexicon, predicates, cache);
    for (EventDraft &d : drafts)
        titles.build(d);
    // A draft whose clause yields no words at all is not a headline anyone could read.
    std::erase_if(drafts, [](const EventDraft &d) { return d.event.title.isEmpty(); });

    EventMerger().merge(drafts);
    MentionLinker(cache, builder).link(drafts);
    SalienceScorer().score(drafts, cache.count());
    return EventOrdering().sorted(std::move(drafts));
}

} // namespace chronoline
