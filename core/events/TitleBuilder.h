#pragma once

#include "events/EventDraft.h"
#include "events/PredicateFinder.h"
#include "events/SentenceCache.h"
#include "events/TitlePhrase.h"
#include "events/TitleWords.h"

#include <span>

namespace chronoline::events {

// Writes an event's headline-style title (at most 12 words) from its clause's
// own words, and collects the participants and places it names:
//   clause:   subject + verb group without auxiliaries + object
//             ("Chinese government unveiled peace proposal for Russia and Ukraine");
//             expected events take "to" ("Xi to meet with Putin");
//   report:   reporter, then what is reported ("Joe Biden wanted to talk with Xi",
//             "Sullivan: American officials wanted Chinese leader to discuss ...");
//   noun:     the event noun with what names it ("G20 summit in New Delhi"),
//             or its object and headline verb ("Chinese spy balloon shot down").
class TitleBuilder {
public:
    TitleBuilder(const EventLexicon &lexicon, const PredicateFinder &predicates, SentenceCache &cache)
        : m_lexicon(lexicon), m_predicates(predicates), m_cache(cache),
          m_phrase(lexicon, cache.text(), cache.timexes()) {}

    static constexpr int maxWords = 12;
    // How many sentences back a title looks for who did an event ("the
    // invasion" after "Russia's invasion"); a pronoun looks one back.
    static constexpr int lookBack = 15;

    // Fills event.title, trigger, participants and places, and the draft's key phrase.
    void build(EventDraft &draft) const;

    // Joins headline words ("Russia" "'s" -> "Russia's"), keeps at most
    // maxWords and drops function words left dangling at the end.
    static QString join(std::span<const QStringView> words);

private:
    // Each writes its words into `out`, which comes in empty (the verb group:
    // after the subject), so that a title is one list of views to the end.
    void clauseTitle(TitleWords &out, const AnalysedSentence &s, int clause, const Predicate &p, bool expected,
                     QStringView subjectOverride, QStringList *participants, QStringList *places) const;
    void subject(TitleWords &out, const AnalysedSentence &s, int clause, const Predicate &p,
                 QStringList *participants, bool *pronoun) const;
    void verbGroup(TitleWords &out, const AnalysedSentence &s, int clause, const Predicate &p, bool expected) const;
    void nounTitle(TitleWords &out, const AnalysedSentence &s, int noun, QStringList *participants,
                   QStringList *places) const;
    QString possessorFromEarlier(int sentence, QStringView noun) const;
    // `lookAhead`: failing a name before the pronoun in its sentence, the first
    // one after it there ("During his speech, Castro said ...").
    QString resolvePronoun(const AnalysedSentence &s, int word, bool lookAhead = false) const;
    QString keyPhrase(const AnalysedSentence &s, int from, int to, int clause) const;
    static QString nounKeyPhrase(const TitleWords &words, const QString *upTo);

    const EventLexicon &m_lexicon;
    const PredicateFinder &m_predicates;
    SentenceCache &m_cache;
    TitlePhrase m_phrase;
    NameFinder m_names;
};

} // namespace chronoline::events
