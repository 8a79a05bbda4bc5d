#pragma once

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
    };

    struct Entry {
        std::optional<WordTag> closed;   // closed-class tag, if any
        quint16 ptb = 0;                 // PtbBit set from events_wordforms.txt
        quint16 firstPtb = 0;            // the most frequent of them
        quint16 flags = 0;
        int synonymClass = -1;           // line of events_synonyms.txt
        QString headline;                // nouns: "shot down" for "shooting down"
    };

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

    const Entry *entry(QStringView lowerWord) const { return m_words.find(lowerWord); }
    quint16 flags(QStringView lowerWord) const;
    int synonymClass(QStringView lowerWord) const;

    // Phrases of `kind` whose words start at `words[i]` (lower case), longest first.
    template <typename Words>
    const Phrase *phraseAt(const Words &words, int i, int end, PhraseKind kind) const;

private:
    bool loadFile(const QString &path, QString *error);
    void addPhrase(Phrase phrase);
    Entry &at(const QString &word) { return m_words[word]; }

    WordTable<Entry> m_words;
    WordTable<std::vector<int>> m_phrasesByFirst;
    std::vector<Phrase> m_phrases;
    int m_synonymClasses = 0;
};

template <typename Words>
const EventLexicon::Phrase *EventLexicon::phraseAt(const Words &words, int i, int end,
                                                   PhraseKind kind) const
{
    const std::vector<int> *candidates = m_phrasesByFirst.find(words[i]);
    if (!candidates)
        return nullptr;
    const Phrase *best = nullptr;
    for (int p : *candidates) {
        const Phrase &phrase = m_phrases[size_t(p)];
        if (phrase.kind != kind || i + int(phrase.words.size()) > end)
            continue;
        if (best && best->words.size() >= phrase.words.size())
            continue;
        bool match = true;
        for (size_t k = 1; k < phrase.words.size() && match; ++k)
            match = words[i + int(k)] == phrase.words[k];
        if (match)
            best = &phrase;
    }
    return best;
}

} // namespace chronoline::events
