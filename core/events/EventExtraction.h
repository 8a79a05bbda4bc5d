#pragma once

#include "document/Document.h"
#include "events/DraftBuilder.h"
#include "events/EventDraft.h"
#include "events/EventLexicon.h"
#include "events/InferredEventFinder.h"
#include "events/PredicateFinder.h"
#include "events/SentenceCache.h"
#include "events/TimexAnchorer.h"
#include "events/TitleBuilder.h"
#include "temporal/Timex.h"
#include "text/TextSpans.h"

#include <memory>
#include <span>
#include <vector>

namespace chronoline::events {

// One run of the extractor over one document, fed as the text is split and
// tagged: after each piece, advance() builds the events of the sentences both
// have passed, so that this can run on one thread while the rest of the text
// is split and tagged on another. finish() does what needs the whole text
// (merging, mentions, salience, order).
//
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
// Stages 1 to 4 look at one sentence and the few before it, never after, so
// they run over the text a stretch of sentences at a time, as soon as the
// stretch is tagged, and the sentence analyses behind it are released for
// reuse: a long text then costs the memory of a window, and its analyses stay
// in cache. The drafts come out in the order a whole-text pass gives (dated
// ones in text order, then the inferred ones), and titles are built in that
// order too, since a headline name's short form is settled by its first use.
class EventExtraction {
public:
    // `timexes` may grow (by appending) between calls; it must outlive this
    // object. The sentences come here or through addSentences().
    EventExtraction(const Document &document, const Timexes &timexes, std::vector<Sentence> sentences = {});

    // The sentences that follow those given so far.
    void addSentences(std::span<const Sentence> sentences);
    // Sentence i's analysis, made on another thread (see SentenceCache::adopt).
    void adopt(int i, std::unique_ptr<AnalysedSentence> analysed) { m_cache.adopt(i, std::move(analysed)); }
    // Analyses released beyond `keep`, to be filled again elsewhere (see
    // SentenceCache::takeSpares).
    std::vector<std::unique_ptr<AnalysedSentence>> takeSpareAnalyses(size_t keep) { return m_cache.takeSpares(keep); }
    // Room for about `count` sentences, when they come through addSentences().
    void reserveSentences(size_t count) { m_cache.reserveSentences(count); }
    // The text before `knownTo` is tagged (its expressions are in the list) and
    // its sentences are given: build the events of every whole stretch of
    // sentences that ends by then.
    void advance(qsizetype knownTo);
    // The whole text is tagged and split: the last stretches, then stages 5 to
    // 8. A text given no sentences at all is split by fallbackSentences().
    Events finish();

    // Sentences analysed together before those behind them are released.
    static constexpr int stretch = 64;

private:
    void runStretch(int from, int to);

    const Document &m_document;
    const Timexes &m_timexes;
    const EventLexicon &m_lexicon;
    SentenceCache m_cache;
    const PredicateFinder m_predicates;
    const TimexAnchorer m_anchorer;
    const DraftBuilder m_builder;
    const InferredEventFinder m_inferrer;
    const TitleBuilder m_titles;
    std::vector<EventDraft> m_drafts;     // dated, titled, in text order
    std::vector<EventDraft> m_inferred;   // titled once all dated ones are
    int m_done = 0;                       // sentences whose stretch has run
};

} // namespace chronoline::events
