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
#include "system/LargePages.h"

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
//
// Stages 1 to 4 look at one sentence and the few before it, so they run over
// the text a stretch of sentences at a time, and the sentence analyses behind
// the stretch are released for reuse: a long text then costs the memory of a
// window, and its analyses stay in cache. The drafts come out in the order a
// whole-text pass gives (dated ones in text order, then the inferred ones), and
// titles are built in that order too, since a headline name's short form is
// settled by its first use.
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
    const TimexAnchorer anchorer(lexicon, predicates);
    const DraftBuilder builder(lexicon, predicates, cache, document);
    const InferredEventFinder inferrer(lexicon, predicates, cache);
    const TitleBuilder titles(lexicon, predicates, cache);

    // Drafts are heavy to move, and a long text has tens of thousands: room
    // for one per expression spares the moves of a growing vector.
    std::vector<EventDraft> drafts;
    drafts.reserve(timexes.size());
    preferLargePages(drafts);
    std::vector<EventDraft> inferred;
    for (int from = 0; from < cache.count(); from += stretch) {
        // Titles look back up to TitleBuilder::lookBack sentences for a name.
        cache.releaseBefore(from - TitleBuilder::lookBack);
        const int to = std::min(cache.count(), from + stretch);
        std::vector<EventDraft> dated = builder.build(anchorer.anchor(cache, from, to));
        std::vector<EventDraft> found = inferrer.find(dated);
        for (EventDraft &d : dated) {
            titles.build(d);
            drafts.push_back(std::move(d));
        }
        std::move(found.begin(), found.end(), std::back_inserter(inferred));
    }
    for (EventDraft &d : inferred) {
        titles.build(d);
        drafts.push_back(std::move(d));
    }
    // A draft whose clause yields no words at all is not a headline anyone could
    // read. The later stages work through a list of the drafts still taking
    // part rather than erasing the others: a draft is heavy to move.
    std::vector<size_t> live;
    live.reserve(drafts.size());
    for (size_t i = 0; i < drafts.size(); ++i) {
        if (!drafts[i].event.title.isEmpty())
            live.push_back(i);
    }

    EventMerger().merge(drafts, live);
    MentionLinker(cache, builder).link(drafts, live);
    SalienceScorer().score(drafts, live, cache.count());
    return EventOrdering().sorted(drafts, live);
}

} // namespace chronoline
