#include "events/PredicateFinder.h"
#include "events/Literal.h"


namespace chronoline::events {

namespace {

bool isParticle(QStringView w)
{
    return is(w, u"out") || is(w, u"up") || is(w, u"down") || is(w, u"off") || is(w, u"back") || is(w, u"over");
}

bool inClause(const AnalysedSentence &s, int i, int clause)
{
    return i >= 0 && i < s.size() && s.words[size_t(i)].clause == clause;
}

} // namespace

int PredicateFinder::eventNoun(const AnalysedSentence &s, int clause, int from) const
{
    const Clause &c = s.clauses[size_t(clause)];
    for (int i = std::max(from, c.first); i <= c.last; ++i) {
        const Word &w = s.words[size_t(i)];
        if (w.clause != clause || w.timex >= 0)
            continue;
        if (w.tag == WordTag::Noun && (w.flags & EventLexicon::EventNoun))
            return i;
        if (m_lexicon.phraseAt(s, i, c.last + 1, EventLexicon::PhraseKind::Noun))
            return i;
    }
    return -1;
}

bool PredicateFinder::boundsDatedPeriod(const AnalysedSentence &s, int word)
{
    const Word &w = s.words[size_t(word)];
    if (w.tag != WordTag::Verb || word < 2 || word + 1 >= s.size()
        || (w.form != VerbForm::Past && w.form != VerbForm::PastPart && w.form != VerbForm::Gerund)
        || s.words[size_t(word) + 1].timex < 0)
        return false;
    // The noun is a period, a date itself ("the quarter", "the six months"):
    // after an event noun the participle is the event ("an accord signed
    // yesterday"), and after another noun it may be ("the market closed").
    if (s.words[size_t(word) - 1].timex < 0)
        return false;
    for (int k = word - 2; k >= 0 && k >= word - 6; --k) {
        switch (s.words[size_t(k)].tag) {
        case WordTag::Prep:
            return true;
        case WordTag::Noun: case WordTag::Adj: case WordTag::Num: case WordTag::Det: case WordTag::Poss:
        case WordTag::PossMark:
            break;
        default:
            return false;
        }
    }
    return false;
}

Predicate PredicateFinder::find(const AnalysedSentence &s, int clause) const
{
    if (s.predicateKnown.size() != s.clauses.size()) {
        s.predicateKnown.assign(s.clauses.size(), false);
        s.predicates.assign(s.clauses.size(), Predicate());
    }
    if (!s.predicateKnown[size_t(clause)]) {
        s.predicates[size_t(clause)] = compute(s, clause);
        s.predicateKnown[size_t(clause)] = true;
    }
    return s.predicates[size_t(clause)];
}

Predicate PredicateFinder::compute(const AnalysedSentence &s, int clause) const
{
    Predicate p;
    const Clause &c = s.clauses[size_t(clause)];
    const int end = c.last + 1;

    int i = c.first;
    for (; i < end; ++i) {
        const Word &w = s.words[size_t(i)];
        if (w.clause != clause || w.timex >= 0 || i == c.opener || boundsDatedPeriod(s, i))
            continue;
        if (w.isVerbLike() || w.tag == WordTag::Not)
            break;
    }
    int copula = -1;
    for (; i < end; ++i) {
        const Word &w = s.words[size_t(i)];
        if (w.clause != clause)
            continue;
        if (w.timex >= 0) {
            // "Sullivan on Monday said": an expression inside the group is skipped.
            if (p.head < 0)
                continue;
            break;
        }
        if (p.head >= 0) {
            // After the head only a raising cue goes on: "set to meet", "plans to visit".
            if (w.tag != WordTag::To
                || !m_lexicon.phraseAt(s, p.head, end, EventLexicon::PhraseKind::Raise))
                break;
            int next = i + 1;
            while (inClause(s, next, clause) && s.words[size_t(next)].tag == WordTag::Adv)
                ++next;
            if (!inClause(s, next, clause)
                || (s.words[size_t(next)].tag != WordTag::Verb && s.words[size_t(next)].tag != WordTag::Be))
                break;
            p.future = p.raised = true;
            p.head = -1;
            i = next - 1;
            continue;
        }
        const bool aux = w.tag == WordTag::Be || w.tag == WordTag::Have || w.tag == WordTag::Do
                      || w.tag == WordTag::Modal;
        if (aux || w.tag == WordTag::Not || (w.tag == WordTag::Adv && p.first >= 0)) {
            if (p.first < 0)
                p.first = i;
            p.last = i;
            if (w.tag == WordTag::Not)
                p.negated = true;
            if (w.tag == WordTag::Be || w.tag == WordTag::Have || w.tag == WordTag::Do)
                copula = i;   // "had a falling out", "it was ideal": the auxiliary is the predicate
            if (p.tense == Predicate::Tense::None && aux) {
                const QStringView l = w.lower;
                if (is(l, u"was") || is(l, u"were") || is(l, u"had") || is(l, u"did"))
                    p.tense = Predicate::Tense::Past;
                else if (is(l, u"is") || is(l, u"are") || is(l, u"am") || is(l, u"has") || is(l, u"have")
                         || is(l, u"does") || is(l, u"do") || is(l, u"'s") || is(l, u"'re"))
                    p.tense = Predicate::Tense::Present;
            }
            if (m_lexicon.phraseAt(s, i, end, EventLexicon::PhraseKind::Future))
                p.future = true;
            if (m_lexicon.phraseAt(s, i, end, EventLexicon::PhraseKind::Hedge))
                p.hedge = true;
            // "is to visit": a form of be, then "to" and a verb.
            if (w.tag == WordTag::Be && m_lexicon.phraseAt(s, i, end, EventLexicon::PhraseKind::Raise)
                && inClause(s, i + 2, clause) && s.words[size_t(i) + 2].tag == WordTag::Verb) {
                p.future = p.raised = true;
                copula = -1;
                ++i;   // skip "to"
            }
            continue;
        }
        if (w.tag == WordTag::Verb) {
            if (p.first < 0)
                p.first = i;
            p.head = i;
            p.last = i;
            if (inClause(s, i + 1, clause) && isParticle(s.words[size_t(i) + 1].lower)
                && s.words[size_t(i) + 1].timex < 0) {
                p.last = i + 1;
                ++i;
            }
            continue;
        }
        break;
    }
    if (p.head < 0 && copula >= 0) {
        p.head = copula;   // "it was ideal": the copula stands for the predicate
        // "there has been a dramatic rise": the noun is what happened.
        int before = p.first - 1;
        while (before >= c.first && s.words[size_t(before)].clause != clause)
            --before;
        if (before >= c.first && is(s.words[size_t(before)].lower, u"there")) {
            for (int k = p.last + 1; k < end; ++k) {
                const Word &w = s.words[size_t(k)];
                if (w.clause != clause)
                    continue;
                if (w.tag == WordTag::Noun && w.timex < 0) {
                    p.head = k;
                    break;
                }
                if (w.tag != WordTag::Det && w.tag != WordTag::Adj && w.tag != WordTag::Num
                    && w.tag != WordTag::Adv)
                    break;
            }
        }
    }

    if (p.head < 0) {
        p = Predicate();
        p.head = eventNoun(s, clause, c.first);
        if (p.head < 0)
            return p;
        p.nominal = true;
        p.first = p.last = p.head;
        for (int k = c.first; k < end; ++k) {
            if (s.words[size_t(k)].clause == clause
                && m_lexicon.phraseAt(s, k, end, EventLexicon::PhraseKind::Future))
                p.future = true;
        }
        return p;
    }

    const Word &head = s.words[size_t(p.head)];
    if (p.tense == Predicate::Tense::None && head.tag == WordTag::Verb) {
        if (head.form == VerbForm::Past)
            p.tense = Predicate::Tense::Past;
        else if (head.form == VerbForm::Present || head.form == VerbForm::Present3)
            p.tense = Predicate::Tense::Present;
    }
    for (int k = p.first; k < p.head; ++k) {
        const Word &a = s.words[size_t(k)];
        if (a.tag == WordTag::Be && head.form == VerbForm::PastPart)
            p.passive = true;
        if (a.tag == WordTag::Be && head.form == VerbForm::Gerund)
            p.progressive = true;
        if (a.tag == WordTag::Have && head.form == VerbForm::PastPart)
            p.perfect = true;
    }
    p.reporting = (head.flags & EventLexicon::Reporting) && !p.raised;
    return p;
}

} // namespace chronoline::events
