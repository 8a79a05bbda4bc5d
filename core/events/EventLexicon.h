#pragma once

#include "events/AnalysedSentence.h"
#include "events/LexiconEntry.h"
#include "events/LexiconIndex.h"
#include "events/WordTable.h"
#include "events/WordTag.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace chronoline::events {

// What the event extractor knows about English words, read from every
// resources/lang/<xx>/events_*.txt (see each file's header for its format).
class EventLexicon {
public:
    enum Flag : quint16 {
        Reporting = 1 << 0,   // events_reporting.txt
        EventNoun = 1 << 1,   // events_nouns.txt, one-word entries
        AspectNoun = 1 << 2,  // "beginning", "end": the event is the noun after "of"
        Role = 1 << 3,        // events_roles.txt
        Demonym = 1 << 4,     // events_demonyms.txt
        TitleStop = 1 << 5,   // events_titlestop.txt
        TitleKeep = 1 << 6,   // events_titlekeep.txt
        OrgWord = 1 << 7,     // events_orgwords.txt
        DateLead = 1 << 8,    // events_dateleads.txt
    };

    using Entry = LexiconEntry;

    enum class PhraseKind { Future, Raise, Schedule, Hedge, Neg, Noun, Connective };
    enum class Relation { Before, After, During };   // connectives: where the noun's event lies

    // A phrase of several words (or one word with a kind, for cues).
    struct Phrase {
        std::vector<QString> words;
        PhraseKind kind = PhraseKind::Future;
        Relation relation = Relation::Before;
        QString headline;
        bool aspect = false;
    };

    static std::shared_ptr<const EventLexicon> load(const QString &directory, QString *error);
    static const EventLexicon &english();

    const Entry *entry(QStringView lowerWord) const
    {
        LexiconIndex::Hit hit;
        return m_index.find(lowerWord, &hit) ? &entryAt(hit) : nullptr;
    }
    // The word scanner's lookup: `lowerWord`'s storage goes on for at least
    // LexiconIndex::headUnits units past its start.
    bool findPadded(QStringView lowerWord, LexiconIndex::Hit *hit) const { return m_index.findPadded(lowerWord, hit); }
    const Entry &entryAt(const LexiconIndex::Hit &hit) const { return m_words.valueAt(hit.entry); }
    quint16 flags(QStringView lowerWord) const;
    int synonymClass(QStringView lowerWord) const;

    // The longest phrase of `kind` whose words start at word i of the sentence
    // and end before word `end`, or null.
    const Phrase *phraseAt(const AnalysedSentence &s, int i, int end, PhraseKind kind) const
    {
        // Most words start no phrase of the kind asked for, and the word says
        // so itself: the stages ask this of nearly every word, several kinds each.
        if (!(s.words[size_t(i)].phraseKinds & (1u << int(kind))))
            return nullptr;
        return longestPhraseAt(s, i, end, kind);
    }

private:
    const Phrase *longestPhraseAt(const AnalysedSentence &s, int i, int end, PhraseKind kind) const;
    bool loadFile(const QString &path, QString *error);
    void addPhrase(Phrase phrase);
    Entry &at(QStringView word) { return m_words[word]; }

    WordTable<Entry> m_words;      // while loading
    LexiconIndex m_index;          // once loaded, for the lookups
    std::vector<Phrase> m_phrases;
    int m_synonymClasses = 0;
};

} // namespace chronoline::events
