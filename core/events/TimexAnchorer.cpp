#include "events/TimexAnchorer.h"
#include "events/Literal.h"

#include "timeline/Granularity.h"

#include <algorithm>

namespace chronoline::events {

namespace {

int lastWordOf(const AnalysedSentence &s, int first)
{
    int last = first;
    while (last + 1 < s.size() && s.words[size_t(last) + 1].timex == s.words[size_t(first)].timex)
        ++last;
    return last;
}

bool isRangeJoiner(const Word &w)
{
    const QStringView l = w.lower;
    return is(l, u"to") || is(l, u"through") || is(l, u"until") || is(l, u"till") || is(l, u"and")
        || is(l, u"-") || is(l, u"\u2013") || is(l, u"\u2014") || is(l, u"thru");
}

bool isDateOrTime(const Timex &t)
{
    return t.type == TimexType::Date || t.type == TimexType::Time;
}

// text.contains(word, Qt::CaseInsensitive) for a lower-case ASCII word, with
// ASCII settled inline: every sentence holding a duration asks it three times,
// and the general search folded and hashed its way through each. A unit
// outside ASCII is folded as Qt folds it (the long s folds to "s").
template <size_t N>
bool containsIgnoringCase(QStringView text, const char16_t (&word)[N])
{
    constexpr qsizetype n = qsizetype(N - 1);
    const auto folded = [](char16_t u) {
        if (u < 128)
            return char16_t(unsigned(u - u'A') < 26u ? u + 32 : u);
        return QChar::isSurrogate(u) ? u : QChar(u).toCaseFolded().unicode();
    };
    for (qsizetype p = 0; p + n <= text.size(); ++p) {
        qsizetype k = 0;
        while (k < n && folded(text[p + k].unicode()) == word[k])
            ++k;
        if (k == n)
            return true;
    }
    return false;
}

} // namespace

bool TimexAnchorer::mayDate(const Timex &t)
{
    if (isDateOrTime(t))
        return !t.value.isEmpty() && !endsWith(t.value, u"_REF");
    return t.type == TimexType::Duration
        && (containsIgnoringCase(t.text, u"recent") || containsIgnoringCase(t.text, u"past")
            || containsIgnoringCase(t.text, u"last"));
}

bool TimexAnchorer::isWindow(const AnalysedSentence &s, const Timex &t)
{
    if (t.type != TimexType::Duration || !t.value.startsWith(u'P'))
        return false;
    const QString text = t.text.toLower();
    if (!text.contains(u"recent") && !text.contains(u"past") && !text.contains(u"last"))
        return false;
    static constexpr QStringView openers[] = {u"in", u"over", u"during", u"for", u"within", u"throughout"};
    const int first = s.wordAt(t.start);
    for (QStringView o : openers) {
        if (text.startsWith(o) && text.size() > o.size() && text[o.size()] == u' ')
            return true;
        if (first > 0 && s.words[size_t(first) - 1].lower == o)
            return true;
    }
    return false;
}

bool TimexAnchorer::datesSomething(const AnalysedSentence &s, const Timex &t) const
{
    if (t.type == TimexType::Duration)
        return isWindow(s, t);
    if (!isDateOrTime(t) || t.value.isEmpty())
        return false;
    // PRESENT_REF, PAST_REF, FUTURE_REF: "now", "recently" place nothing a reader would date.
    return !endsWith(t.value, u"_REF");
}

// "WASHINGTON, March 3 (Reuters) -": the date of the report, not of an event.
bool TimexAnchorer::isDateline(const AnalysedSentence &s, int first, int last) const
{
    if (first == 0 || first > 6)
        return false;
    bool name = false;
    for (int i = 0; i < first; ++i) {
        const Word &w = s.words[size_t(i)];
        if (w.tag == WordTag::Name)
            name = true;
        else if (!w.isPunct(u','))
            return false;
    }
    if (!name || last + 1 >= s.size())
        return false;
    const Word &next = s.words[size_t(last) + 1];
    return next.isPunct(u'(') || is(next.text, u"-") || is(next.text, u"\u2014") || is(next.text, u"\u2013");
}

int TimexAnchorer::nounBefore(const AnalysedSentence &s, int first) const
{
    int j = first - 1;
    if (j >= 0 && s.words[size_t(j)].tag == WordTag::Prep) {
        const QStringView l = s.words[size_t(j)].lower;
        if (!is(l, u"in") && !is(l, u"on") && !is(l, u"of") && !is(l, u"at") && !is(l, u"during"))
            return -1;
        --j;
    }
    if (j < 0 || s.words[size_t(j)].tag != WordTag::Noun || !(s.words[size_t(j)].flags & EventLexicon::EventNoun))
        return -1;
    // The noun must not belong to the clause's verb ("held talks last week",
    // "pushed out of the talks in February" date the verb): it hangs from
    // another noun ("the beginning of the invasion last year") or a possessor.
    for (int k = j - 1; k >= 0 && k >= j - 4; --k) {
        const Word &w = s.words[size_t(k)];
        if (w.tag == WordTag::PossMark)
            return j;
        if (w.tag == WordTag::Prep || w.tag == WordTag::To) {
            // "expelled from peace talks on Feb. 20", "out of the talks in February":
            // a phrase hanging from a verb dates the verb.
            if (k > 0 && (s.words[size_t(k) - 1].tag == WordTag::Prep || s.words[size_t(k) - 1].isVerbLike()))
                break;
            return j;
        }
        if (w.tag != WordTag::Det && w.tag != WordTag::Adj && w.tag != WordTag::Noun
            && w.tag != WordTag::Name && w.tag != WordTag::Poss)
            break;
    }
    return m_predicates.find(s, s.words[size_t(j)].clause).nominal ? j : -1;
}

int TimexAnchorer::nounAfter(const AnalysedSentence &s, int last) const
{
    const int first = [&] {
        int f = last;
        while (f > 0 && s.words[size_t(f) - 1].timex == s.words[size_t(last)].timex)
            --f;
        return f;
    }();
    int j = last + 1;
    if (j >= s.size())
        return -1;
    const bool possessive = s.words[size_t(j)].tag == WordTag::PossMark;
    // "last year's summit", "the 2020 election"; not "on Monday talks resumed".
    if (!possessive && !(first > 0 && (s.words[size_t(first) - 1].tag == WordTag::Det
                                       || s.words[size_t(first) - 1].tag == WordTag::Poss)))
        return -1;
    if (possessive)
        ++j;
    while (j < s.size() && s.words[size_t(j)].tag == WordTag::Adj)
        ++j;
    if (j < s.size() && s.words[size_t(j)].tag == WordTag::Noun
        && (s.words[size_t(j)].flags & EventLexicon::EventNoun))
        return j;
    return -1;
}

int TimexAnchorer::scheduledNoun(const AnalysedSentence &s, int first) const
{
    bool scheduled = false;
    for (int len = 1; len <= 3 && !scheduled; ++len) {
        if (first - len < 0)
            break;
        const EventLexicon::Phrase *p = m_lexicon.phraseAt(s, first - len, first,
                                                           EventLexicon::PhraseKind::Schedule);
        scheduled = p && int(p->words.size()) == len;
    }
    if (!scheduled)
        return -1;
    for (int j = first - 2; j >= 0 && j >= first - 25; --j) {
        const Word &w = s.words[size_t(j)];
        if (w.tag == WordTag::Noun && (w.flags & EventLexicon::EventNoun) && !(w.flags & EventLexicon::AspectNoun))
            return j;
        if (w.isPunct(u';'))
            break;
    }
    return -1;
}

// An expression after the verb dates the nearest verb to its left, across its
// object but not across another preposition or a comma: "said Friday",
// "arriving Tuesday", "raise wages again last month".
int TimexAnchorer::verbBefore(const AnalysedSentence &s, int first) const
{
    const int clause = s.words[size_t(first)].clause;
    int preps = 0;
    for (int k = first - 1; k >= 0 && k >= first - 9; --k) {
        const Word &w = s.words[size_t(k)];
        if (w.clause != clause)
            return -1;
        if (w.tag == WordTag::Verb) {
            const bool modifier = (w.form == VerbForm::PastPart || w.form == VerbForm::Gerund)
                               && k + 1 < first && s.words[size_t(k) + 1].tag == WordTag::Noun;
            if (modifier || PredicateFinder::boundsDatedPeriod(s, k))
                continue;   // "the dismembered body", "for the year ended Sept. 30": not the verb
            return k;
        }
        switch (w.tag) {
        case WordTag::Prep: case WordTag::To:
            if (++preps > 2)
                return -1;
            break;
        case WordTag::Noun: case WordTag::Name: case WordTag::Adj: case WordTag::Det: case WordTag::Num:
        case WordTag::Adv: case WordTag::Poss: case WordTag::PossMark: case WordTag::Obj:
            break;
        default:
            return -1;
        }
    }
    return -1;
}

int TimexAnchorer::clauseFor(const AnalysedSentence &s, int word) const
{
    int c = s.words[size_t(word)].clause;
    // A clause with nothing to date (a trailing attribution, a bare phrase)
    // hands the expression to the clause it depends on.
    for (int hops = 0; c >= 0 && hops < 3; ++hops) {
        const Clause &clause = s.clauses[size_t(c)];
        if (clause.kind != Clause::Kind::Frame && m_predicates.find(s, c).valid())
            return c;
        c = clause.parent;
    }
    // An opening phrase with no verb of its own dates the clause after its
    // comma: "For the quarter ended Sept. 30, Delta posted net income ...".
    const int own = s.words[size_t(word)].clause;
    if (own < 0)
        return own;
    int comma = s.clauses[size_t(own)].last;   // a clause keeps the comma that closes it
    if (!s.words[size_t(comma)].isPunct(u','))
        ++comma;
    if (comma + 1 < s.size() && s.words[size_t(comma)].isPunct(u',')) {
        const int next = s.words[size_t(comma) + 1].clause;
        if (next > own && s.clauses[size_t(next)].kind == Clause::Kind::Main && m_predicates.find(s, next).valid())
            return next;
    }
    return own;
}

std::vector<Anchor> TimexAnchorer::anchor(SentenceCache &cache, int from, int to) const
{
    std::vector<Anchor> out;
    const Timexes &timexes = cache.timexes();
    for (int si = from; si < to; ++si) {
        const std::span<const int> inSentence = cache.timexesIn(si);
        if (std::none_of(inSentence.begin(), inSentence.end(),
                         [&](int t) { return mayDate(timexes[size_t(t)]); }))
            continue;
        const AnalysedSentence &s = cache.sentence(si);
        const size_t firstOfSentence = out.size();
        for (size_t k = 0; k < inSentence.size(); ++k) {
            const int t = inSentence[k];
            const Timex &x = timexes[size_t(t)];
            const int first = s.wordAt(x.start);
            if (first >= s.size() || s.words[size_t(first)].timex != t || !datesSomething(s, x))
                continue;
            int last = lastWordOf(s, first);
            if (isDateline(s, first, last))
                continue;

            Anchor a;
            a.sentence = si;
            a.timex = t;
            a.window = x.type == TimexType::Duration;
            // "September 9 to September 10": one anchor from start to end.
            if (k + 1 < inSentence.size() && isDateOrTime(x)) {
                const int u = inSentence[k + 1];
                const int uFirst = s.wordAt(timexes[size_t(u)].start);
                const int gap = uFirst - last - 1;
                bool joined = gap >= 1 && gap <= 2 && uFirst < s.size() && isDateOrTime(timexes[size_t(u)]);
                for (int g = last + 1; joined && g < uFirst; ++g)
                    joined = isRangeJoiner(s.words[size_t(g)]);
                if (joined) {
                    a.endTimex = u;
                    last = lastWordOf(s, uFirst);
                    ++k;
                }
            }
            a.noun = scheduledNoun(s, first);
            if (a.noun < 0)
                a.noun = nounBefore(s, first);
            if (a.noun < 0)
                a.noun = nounAfter(s, last);
            a.clause = a.noun >= 0 ? s.words[size_t(a.noun)].clause : clauseFor(s, first);
            if (a.noun < 0 && a.clause == s.words[size_t(first)].clause) {
                a.verb = verbBefore(s, first);
                // "in remarks made last week": the participle describes the noun's event.
                if (a.verb > 0 && s.words[size_t(a.verb)].form == VerbForm::PastPart
                    && s.words[size_t(a.verb) - 1].tag == WordTag::Noun
                    && (s.words[size_t(a.verb) - 1].flags & EventLexicon::EventNoun)) {
                    a.noun = a.verb - 1;
                    a.verb = -1;
                }
            }

            // Expressions dating the same clause or noun are one anchor, dated by the most precise.
            bool merged = false;
            for (size_t m = firstOfSentence; m < out.size() && !merged; ++m) {
                Anchor &b = out[m];
                if (b.clause != a.clause || b.noun != a.noun || b.verb != a.verb || b.endTimex >= 0
                    || a.endTimex >= 0)
                    continue;
                if (granularityOfValue(x.value) > granularityOfValue(timexes[size_t(b.timex)].value)) {
                    b.others.push_back(b.timex);
                    b.timex = t;
                    b.window = a.window;
                } else {
                    b.others.push_back(t);
                }
                merged = true;
            }
            if (!merged)
                out.push_back(std::move(a));
        }
    }
    return out;
}

} // namespace chronoline::events
