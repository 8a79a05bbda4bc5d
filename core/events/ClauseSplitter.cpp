#include "events/ClauseSplitter.h"
#include "events/Literal.h"

#include "events/EventLexicon.h"

#include <QVarLengthArray>

#include <algorithm>

namespace chronoline::events {

namespace {

bool isFinite(const Word &w)
{
    if (w.tag == WordTag::Be || w.tag == WordTag::Have || w.tag == WordTag::Do || w.tag == WordTag::Modal)
        return true;
    return w.tag == WordTag::Verb
        && (w.form == VerbForm::Past || w.form == VerbForm::Present || w.form == VerbForm::Present3);
}

bool startsNounPhrase(const Word &w)
{
    switch (w.tag) {
    case WordTag::Det: case WordTag::Pron: case WordTag::Name: case WordTag::Poss:
    case WordTag::Adj: case WordTag::Noun: case WordTag::Num:
        return true;
    default:
        return false;
    }
}

// Whether a finite verb follows within `reach` words, before punctuation or a
// relative word ends the stretch.
bool finiteAhead(const AnalysedSentence &s, int from, int reach)
{
    for (int j = from; j < s.size() && j < from + reach; ++j) {
        const Word &w = s.words[size_t(j)];
        if (w.tag == WordTag::Punct || w.tag == WordTag::Rel || w.tag == WordTag::Sub)
            return false;
        if (isFinite(w))
            return true;
    }
    return false;
}

bool isReportingVerb(const Word &w)
{
    return w.tag == WordTag::Verb && (w.flags & EventLexicon::Reporting) && w.form != VerbForm::Gerund;
}

bool isClosingQuote(const AnalysedSentence &s, int i)
{
    const Word &w = s.words[size_t(i)];
    if (w.tag != WordTag::Punct)
        return false;
    if (is(w.text, u"\u201D") || is(w.text, u"\""))
        return true;
    return is(w.text, u"'") && i > 0 && is(s.words[size_t(i) - 1].text, u"'");
}

bool reportingAhead(const AnalysedSentence &s, int from, int reach)
{
    for (int j = from; j < s.size() && j < from + reach; ++j) {
        const Word &w = s.words[size_t(j)];
        if (w.tag == WordTag::Verb && (w.flags & EventLexicon::Reporting))
            return true;
        if (w.tag == WordTag::Punct)
            return false;
    }
    return false;
}

// The mark a one-unit punctuation word is, else 0: the splitter asks which mark
// the previous word is several times per word, and reads the text once.
char16_t punctMark(const Word *w)
{
    return w && w->tag == WordTag::Punct && w->text.size() == 1 ? w->text[0].unicode() : u'\0';
}

bool isDash(char16_t mark)
{
    // A hyphen between letters is inside a word; alone it is a dash.
    return mark == u'\u2014' || mark == u'\u2013' || mark == u'-';
}

} // namespace

void ClauseSplitter::split(AnalysedSentence &s) const
{
    std::vector<Clause> &clauses = s.clauses;
    clauses.clear();
    clauses.push_back({});
    int current = 0;
    // On the stack (a sentence has a few clauses), since this runs for every sentence analysed.
    QVarLengthArray<int, 16> resume(1, -1);     // per clause: the clause it interrupted
    QVarLengthArray<bool, 16> hasVerb(1, false);
    int lastNoun = -1;

    const auto open = [&](Clause::Kind kind, int parent, int opener, bool interrupting) {
        Clause c;
        c.kind = kind;
        c.parent = parent;
        c.opener = opener;
        clauses.push_back(c);
        resume.push_back(interrupting ? current : -1);
        hasVerb.push_back(false);
        current = int(clauses.size()) - 1;
    };

    const int n = s.size();
    // A reporting verb still waits for its complement across a date right after
    // it: "said on Monday the leaders would speak".
    bool reportPending = false;
    for (int i = 0; i < n; ++i) {
        Word &w = s.words[size_t(i)];
        const Word *prev = i > 0 ? &s.words[size_t(i) - 1] : nullptr;
        const char16_t prevMark = punctMark(prev);
        const bool afterComma = prevMark == u',';
        if (prev && isReportingVerb(*prev))
            reportPending = true;
        else if (prev && prev->timex < 0 && !(prev->tag == WordTag::Prep && w.timex >= 0))
            reportPending = false;

        if (w.tag == WordTag::Rel && i > 0 && w.timex < 0) {
            const bool afterReport = reportPending;
            if (is(w.lower, u"that") && (afterReport || !prev || (prev->tag != WordTag::Noun && prev->tag != WordTag::Name))) {
                open(Clause::Kind::Complement, current, i, false);
            } else if ((is(w.lower, u"where") || is(w.lower, u"when")) && lastNoun < 0) {
                open(Clause::Kind::Adverbial, current, i, afterComma);
            } else {
                open(Clause::Kind::Relative, current, i, afterComma);
                clauses.back().antecedent = lastNoun;
            }
        } else if (w.tag == WordTag::Sub && w.timex < 0) {
            open(Clause::Kind::Adverbial, i == 0 ? -1 : current, i, afterComma || i == 0);
        } else if (w.tag == WordTag::Prep && w.timex < 0 && i > 0
                   && (is(w.lower, u"after") || is(w.lower, u"before") || is(w.lower, u"since")
                       || is(w.lower, u"until") || is(w.lower, u"as"))
                   && i + 1 < n && (s.words[size_t(i) + 1].tag == WordTag::Pron
                                    || s.words[size_t(i) + 1].tag == WordTag::Name
                                    || s.words[size_t(i) + 1].tag == WordTag::Det)
                   && finiteAhead(s, i + 1, 6)) {
            open(Clause::Kind::Adverbial, current, i, afterComma);
        } else if (reportPending && w.timex < 0 && startsNounPhrase(w) && finiteAhead(s, i, 12)) {
            open(Clause::Kind::Complement, current, -1, false);
        } else if (prevMark == u';' || isDash(prevMark)) {
            open(Clause::Kind::Main, -1, -1, false);
        } else if (prevMark == u':') {
            open(hasVerb[size_t(current)] ? Clause::Kind::Complement : Clause::Kind::Main,
                 hasVerb[size_t(current)] ? current : -1, -1, false);
        } else if (afterComma) {
            const Clause &cur = clauses[size_t(current)];
            if (w.tag == WordTag::Verb && (w.form == VerbForm::Gerund || w.form == VerbForm::PastPart)
                && !isReportingVerb(w)) {
                open(Clause::Kind::Participle, current, -1, false);
            } else if ((isReportingVerb(w) && !finiteAhead(s, i + 1, 8))
                       || is(w.lower, u"according")) {
                open(Clause::Kind::Frame, current, -1, false);
            } else if (startsNounPhrase(w) && w.tag != WordTag::Adj && reportingAhead(s, i, 4)
                       && hasVerb[size_t(current)]) {
                // "..., the airline announced Friday.": an attribution with its own subject,
                // which a date may modify.
                open(Clause::Kind::Main, -1, -1, false);
            } else if (w.tag == WordTag::Conj && i + 1 < n && startsNounPhrase(s.words[size_t(i) + 1])
                       && finiteAhead(s, i + 1, 8)) {
                open(Clause::Kind::Main, -1, i, false);
            } else if (cur.kind == Clause::Kind::Adverbial && cur.parent < 0 && hasVerb[size_t(current)]) {
                // "While no call has occurred, Sullivan said ...": the main clause starts here.
                const int adverbial = current;
                open(Clause::Kind::Main, -1, -1, false);
                clauses[size_t(adverbial)].parent = current;
            } else if (hasVerb[size_t(current)]
                       && (isFinite(w) || (w.tag == WordTag::Adv && finiteAhead(s, i, 3)))) {
                // "The president, who broke tradition, has long considered ...": back to
                // the clause the parenthesis interrupted, from however deep inside it.
                int c = current;
                for (int hops = 0; c >= 0 && hops < 4; ++hops) {
                    if (resume[size_t(c)] >= 0) {
                        current = resume[size_t(c)];
                        break;
                    }
                    const Clause::Kind k = clauses[size_t(c)].kind;
                    if (k != Clause::Kind::Relative && k != Clause::Kind::Complement
                        && k != Clause::Kind::Adverbial)
                        break;
                    c = clauses[size_t(c)].parent;
                }
            }
        } else if (isFinite(w) && prev && hasVerb[size_t(current)]
                   && clauses[size_t(current)].kind == Clause::Kind::Relative
                   && clauses[size_t(current)].parent >= 0
                   && !hasVerb[size_t(clauses[size_t(current)].parent)]
                   && (prev->tag == WordTag::Noun || prev->tag == WordTag::Name || prev->tag == WordTag::Obj)) {
            // "officers who had been searching for Howes concluded ...": the relative
            // clause ended without a comma; its noun's own verb follows.
            current = clauses[size_t(current)].parent;
        } else if (w.tag == WordTag::Conj && hasVerb[size_t(current)] && i + 1 < n
                   && (s.words[size_t(i) + 1].tag == WordTag::Pron
                       || (startsNounPhrase(s.words[size_t(i) + 1]) && finiteAhead(s, i + 1, 4)))
                   && finiteAhead(s, i + 1, 4)) {
            // "... in February but we are back": a clause with its own subject.
            open(Clause::Kind::Main, -1, i, false);
        } else if (prev && hasVerb[size_t(current)] && isClosingQuote(s, i - 1)
                   && (isReportingVerb(w) || (startsNounPhrase(w) && reportingAhead(s, i, 4)))) {
            // "``We are back,'' Adams said Sunday.": the attribution after a quotation.
            open(Clause::Kind::Main, -1, -1, false);
        }

        w.clause = current;
        if (w.isVerbLike() && w.timex < 0)
            hasVerb[size_t(current)] = true;
        if (w.tag == WordTag::Noun || w.tag == WordTag::Name)
            lastNoun = i;
    }

    for (Clause &c : clauses) {
        c.first = -1;
        c.last = -1;
    }
    for (int i = 0; i < n; ++i) {
        Clause &c = clauses[size_t(s.words[size_t(i)].clause)];
        if (c.first < 0)
            c.first = i;
        c.last = i;
    }
    // A clause left without words (a later opener took them all) ends as the
    // empty range a new Clause has, 0 to -1, which every first..last walk
    // passes over; -1 to -1 read a word before the sentence's first.
    for (Clause &c : clauses)
        c.first = std::max(c.first, 0);
}

} // namespace chronoline::events
