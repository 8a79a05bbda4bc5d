#pragma once

#include "events/WordTag.h"

#include <QString>

#include <optional>
#include <vector>

namespace chronoline::events {

// What the event lexicon knows about one lower-case word (see EventLexicon).
struct LexiconEntry {
    std::optional<WordTag> closed;   // closed-class tag, if any
    quint16 ptb = 0;                 // PtbBit set from events_wordforms.txt
    quint16 firstPtb = 0;            // the most frequent of them
    quint16 flags = 0;               // EventLexicon::Flag
    int synonymClass = -1;           // line of events_synonyms.txt
    QString headline;                // nouns: "shot down" for "shooting down"
    std::vector<int> phrases;        // EventLexicon phrases that start with this word
    quint8 phraseKinds = 0;          // bit k: one of them is of PhraseKind k
};

} // namespace chronoline::events
