#include "events/PosGuesser.h"
#include "events/Literal.h"

#include "events/EventLexicon.h"

#include <QVarLengthArray>

namespace chronoline::events {

namespace {

constexpr quint16 finiteBits = PtbVBD | PtbVBZ | PtbVBP;

bool allCaps(QStringView s)
{
    bool letter = false;
    for (QChar c : s) {
        if (c.isLower())
            return false;
        letter = letter || c.isLetter();
    }
    return letter;
}

WordTag nonVerbTag(quint16 first)
{
    if (first & PtbJJ) return WordTag::Adj;
    if (first & PtbRB) return WordTag::Adv;
    if (first & PtbIN) return WordTag::Prep;
    return WordTag::Noun;
}

// First guess from the word alone; `ambiguous` when the lexicon allows both a
// verb and a non-verb reading, for the context pass.
WordTag firstGuess(Word &w, bool *ambiguous)
{
    *ambiguous = false;
    const QChar c = w.text[0];
    if (w.lower.size() > 1 && w.lower[0] == u'\'') {
        if (is(w.lower, u"'s")) return WordTag::PossMark;
        if (is(w.lower, u"'ve")) return WordTag::Have;
        if (is(w.lower, u"'ll") || is(w.lower, u"'d")) return WordTag::Modal;
        return WordTag::Be;
    }
    if (is(w.lower, u"n't"))
        return WordTag::Not;
    if (!c.isLetterOrNumber())
        return WordTag::Punct;
    if (c.isDigit())
        return WordTag::Num;

    // The word's copies of its entry's facts, not the entry: reading it cost a
    // cache miss on many words.
    const bool known = w.entry != nullptr;
    if (w.capitalised && (!w.initial || !known) && !(w.closed && is(w.text, u"I"))) {
        // Mid-sentence capitals are names ("White House", "Group of 20"); so are
        // unknown words at the start. All-capital acronyms too ("US" is not "us").
        if (!w.initial || !known || allCaps(w.text))
            return WordTag::Name;
    }
    if (w.closed && !(w.capitalised && !w.initial && allCaps(w.text)))
        return *w.closed;
    if (w.capitalised && (w.firstPtb & PtbNNP))
        return WordTag::Name;   // "Washington" opening a sentence
    if (w.ptb) {
        const bool verb = w.ptb & (PtbVerbs | PtbMD);
        const bool other = w.ptb & ~(PtbVerbs | PtbMD);
        if (verb && !other)
            return WordTag::Verb;
        if (verb && other) {
            *ambiguous = true;
            return (w.firstPtb & PtbVerbs) ? WordTag::Verb : nonVerbTag(w.firstPtb);
        }
        return nonVerbTag(w.firstPtb);
    }
    if (w.flags & EventLexicon::Reporting) {
        w.ptb = PtbVB | PtbVBP;   // "to reveal": a reporting verb the treebank lexicon lacks
        return WordTag::Verb;
    }
    if (w.flags & (EventLexicon::EventNoun | EventLexicon::Role))
        return WordTag::Noun;
    if (w.flags & EventLexicon::Demonym)
        return WordTag::Adj;
    // Unknown words: suffixes.
    const QStringView l = w.lower;
    if (l.size() > 4 && endsWith(l, u"ly") && !(w.flags & EventLexicon::TitleKeep))
        return WordTag::Adv;
    if (l.size() > 4 && endsWith(l, u"ed")) {
        w.ptb = PtbVBD | PtbVBN | PtbJJ;
        w.firstPtb = PtbVBD;
        *ambiguous = true;
        return WordTag::Verb;
    }
    if (l.size() > 5 && endsWith(l, u"ing")) {
        w.ptb = PtbVBG | PtbNN;
        w.firstPtb = PtbVBG;
        *ambiguous = true;
        return WordTag::Verb;
    }
    if (l.size() > 3 && endsWith(l, u"s") && !endsWith(l, u"ss") && !endsWith(l, u"us")
        && !endsWith(l, u"is")) {
        w.ptb = PtbNN | PtbVBZ;
        w.firstPtb = PtbNN;
        *ambiguous = true;
        return WordTag::Noun;
    }
    if (l.size() > 5
        && (endsWith(l, u"al") || endsWith(l, u"ive") || endsWith(l, u"ous") || endsWith(l, u"ic")
            || endsWith(l, u"ful") || endsWith(l, u"less") || endsWith(l, u"able") || endsWith(l, u"ible")
            || endsWith(l, u"ary")))
        return WordTag::Adj;
    // Any other unknown word: a noun, unless a subject or "to" comes right before ("which cosponsor").
    w.ptb = PtbNN | PtbVB;
    w.firstPtb = PtbNN;
    *ambiguous = true;
    return WordTag::Noun;
}

VerbForm formOf(const Word &w, WordTag prev)
{
    const quint16 b = w.ptb;
    if (!b)
        return VerbForm::Base;
    const bool afterAux = prev == WordTag::Be || prev == WordTag::Have;
    if ((b & PtbVBG) && endsWith(w.lower, u"ing"))
        return VerbForm::Gerund;
    if ((b & PtbVBN) && (afterAux || !(b & (PtbVBD | PtbVB | PtbVBP))))
        return VerbForm::PastPart;
    if ((b & PtbVB) && (prev == WordTag::To || prev == WordTag::Modal || prev == WordTag::Do))
        return VerbForm::Base;
    if (b & PtbVBD) return VerbForm::Past;
    if (b & PtbVBZ) return VerbForm::Present3;
    if (b & PtbVBP) return VerbForm::Present;
    if (b & PtbVBN) return VerbForm::PastPart;
    return VerbForm::Base;
}

bool complementStart(WordTag t)
{
    switch (t) {
    case WordTag::Det: case WordTag::Poss: case WordTag::Name: case WordTag::Pron:
    case WordTag::Obj: case WordTag::Prep: case WordTag::To: case WordTag::Rel:
    case WordTag::Num: case WordTag::Adv: case WordTag::Not:
        return true;
    default:
        return false;
    }
}

// Settles a word that can be a verb or not, from the words around it.
bool readAsVerb(const Word &w, WordTag prev, WordTag beforePrev, WordTag next)
{
    const quint16 b = w.ptb;
    switch (prev) {
    case WordTag::Modal: case WordTag::To: case WordTag::Do:
        return true;
    case WordTag::Not:
        return beforePrev == WordTag::Modal || beforePrev == WordTag::Do || beforePrev == WordTag::To
            || beforePrev == WordTag::Be || beforePrev == WordTag::Have;
    case WordTag::Det: case WordTag::Poss: case WordTag::PossMark: case WordTag::Adj: case WordTag::Num:
        return false;
    case WordTag::Prep:
        // "of considering sending": a gerund after a preposition is a verb.
        return (b & PtbVBG) && endsWith(w.lower, u"ing");
    case WordTag::Be:
        return b & (PtbVBN | PtbVBG);
    case WordTag::Have:
        return b & PtbVBN;
    case WordTag::Pron: case WordTag::Rel: case WordTag::Wh:
        return b & (finiteBits | PtbVB);
    case WordTag::Name: case WordTag::Noun:
        // "balloon hovering off the coast": a participle after a noun, before its complement.
        if ((b & PtbVBG) && endsWith(w.lower, u"ing") && (next == WordTag::Prep || next == WordTag::Det))
            return true;
        // "the multi-party talks": a plural inside a noun phrase, not a verb.
        if ((b & PtbNN) && endsWith(w.lower, u"s") && (beforePrev == WordTag::Det || beforePrev == WordTag::Adj
                                                      || beforePrev == WordTag::Poss || beforePrev == WordTag::Num))
            return false;
        return (b & finiteBits) && (complementStart(next) || (w.firstPtb & PtbVerbs));
    case WordTag::Punct:
        return (w.firstPtb & PtbVerbs) && complementStart(next);
    default:
        return w.firstPtb & PtbVerbs;
    }
}

} // namespace

void PosGuesser::tag(AnalysedSentence &s) const
{
    const int n = s.size();
    // On the stack: a sentence seldom has more words, and this runs for every
    // sentence analysed.
    QVarLengthArray<bool, 128> ambiguous(n, false);
    for (int i = 0; i < n; ++i) {
        bool amb = false;
        s.words[size_t(i)].tag = firstGuess(s.words[size_t(i)], &amb);
        ambiguous[size_t(i)] = amb;
    }

    WordTag prev = WordTag::Punct;
    WordTag beforePrev = WordTag::Punct;
    for (int i = 0; i < n; ++i) {
        Word &w = s.words[size_t(i)];
        const WordTag next = i + 1 < n ? s.words[size_t(i) + 1].tag : WordTag::Punct;
        if (w.tag == WordTag::PossMark && (prev == WordTag::Pron || prev == WordTag::Rel))
            w.tag = WordTag::Be;   // "it's", "that's"
        if (is(w.lower, u"that") && (prev == WordTag::Prep || w.initial))
            w.tag = WordTag::Det;  // "on that day", "That decision"
        if (ambiguous[size_t(i)]) {
            if (readAsVerb(w, prev, beforePrev, next)) {
                w.tag = WordTag::Verb;
            } else {
                const quint16 nonVerb = w.ptb & ~(PtbVerbs | PtbMD);
                w.tag = nonVerbTag((w.firstPtb & PtbVerbs) ? nonVerb : w.firstPtb);
                // "a suspect who ...": an adjective reading needs a noun to modify.
                if (w.tag == WordTag::Adj && (nonVerb & PtbNN) && next != WordTag::Noun
                    && next != WordTag::Adj && next != WordTag::Name)
                    w.tag = WordTag::Noun;
            }
        }
        if (w.tag == WordTag::Verb)
            w.form = formOf(w, prev == WordTag::Not || prev == WordTag::Adv ? beforePrev : prev);
        if (w.tag != WordTag::Adv) {
            beforePrev = prev;
            // A date reads as a noun to the word after it, number or not:
            // "sales in 1988 rose", "the six months ended Oct. 1 slipped".
            prev = w.timex >= 0 ? WordTag::Noun : w.tag;
        }
    }
}

} // namespace chronoline::events
