#pragma once

#include "events/AnalysedSentence.h"
#include "events/EventLexicon.h"
#include "events/HeadlineNames.h"
#include "events/NameFinder.h"
#include "events/TitleWords.h"
#include "temporal/Timex.h"

#include <QStringList>

namespace chronoline::events {

// Turns a stretch of a clause into headline words: articles, sentence adverbs
// and dating expressions ("as early as next week") drop out; a person is named
// by the short form the article uses ("Putin"); an apposition naming someone
// replaces what it describes ("his Russian counterpart, President Vladimir
// Putin" -> "Putin"); an event noun with a named "of" chain takes the name in
// front ("the summit of leaders of the Group of 20 (G20)" -> "G20 summit").
// It stops where the headline would wander off: a comma, a connective
// ("amid", "following"), a participle after a noun ("balloon hovering off").
class TitlePhrase {
public:
    TitlePhrase(const EventLexicon &lexicon, QStringView text, const Timexes &timexes)
        : m_lexicon(lexicon), m_timexes(timexes), m_headlines(text) {}

    struct Options {
        int clause = -1;            // only words of this clause (-1: any)
        bool stopAtComma = true;
        bool stopAtConnective = true;
        bool stopAtParticiple = true;
    };

    // Appends the words of the stretch to `out`, what is there already left
    // alone: a clause title is subject, verb group and this, all in one list.
    void compressInto(TitleWords &out, const AnalysedSentence &s, int from, int to, const Options &options,
                      QStringList *participants, QStringList *places = nullptr) const;

    // Whether expression t dates something (its words leave the title) rather
    // than describing it ("five-year term").
    bool dating(const AnalysedSentence &s, int timex) const;

    // "of leaders of the Group of 20 (G20)" after an event noun at `noun`: the
    // name to put in front and the last word of the chain, or an empty name.
    QString chainName(const AnalysedSentence &s, int noun, int *chainEnd) const;

    // The text of a name NameFinder found in s and its headline form: the
    // short form the article uses for a person.
    HeadlineNames::Forms headlineName(const AnalysedSentence &s, const NameFinder::Name &name,
                                      qsizetype around) const
    {
        return m_headlines.of(s, name, around);
    }

private:
    // Whether word i (no expression's) only leads into a dating expression.
    bool leadsIntoDate(const AnalysedSentence &s, int i) const;
    int apposition(const AnalysedSentence &s, int comma, int to, QString *name, QString *full) const;

    const EventLexicon &m_lexicon;
    const Timexes &m_timexes;
    NameFinder m_names;
    HeadlineNames m_headlines;              // one document, one form per name
    mutable std::vector<qint8> m_window;    // per expression: a window? -1 unknown
};

} // namespace chronoline::events
