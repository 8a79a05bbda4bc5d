#pragma once

#include "events/LexiconEntry.h"

#include <QStringView>

#include <optional>

namespace chronoline::events {

// One token of a sentence as the event extractor sees it: its place in the
// document, its lower-case form, its lexicon facts and its guessed tag.
struct Word {
    qsizetype start = 0;       // UTF-16 offsets into the document, end exclusive
    qsizetype end = 0;
    QStringView text;          // as written
    QStringView lower;         // lower case, curly apostrophes straightened
    WordTag tag = WordTag::Noun;
    VerbForm form = VerbForm::None;
    quint16 ptb = 0;           // PtbBit set from the treebank lexicon (0: unknown word)
    quint16 firstPtb = 0;
    quint16 flags = 0;         // EventLexicon::Flag
    const LexiconEntry *entry = nullptr;   // looked up once, by the scanner
    bool capitalised = false;
    bool initial = false;      // first word of the sentence (or of a quotation)
    quint8 phraseKinds = 0;    // the entry's phraseKinds, kept here so most phrase checks read no entry
    std::optional<WordTag> closed;   // the entry's closed class, kept here so the tagger reads no entry
    int timex = -1;            // index of the expression covering it, or -1
    int clause = -1;           // index into AnalysedSentence::clauses

    bool is(WordTag t) const { return tag == t; }
    // The entry's synonym class, -1 if none: what EventLexicon::synonymClass
    // would answer for `lower`, without looking the word up again.
    int synonymClass() const { return entry ? entry->synonymClass : -1; }
    bool isVerbLike() const
    {
        return tag == WordTag::Verb || tag == WordTag::Be || tag == WordTag::Have
            || tag == WordTag::Do || tag == WordTag::Modal;
    }
    bool isPunct(char16_t c) const { return tag == WordTag::Punct && text.size() == 1 && text[0] == c; }
};

} // namespace chronoline::events
