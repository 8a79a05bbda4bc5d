#include "events/InferredEventFinder.h"
#include "events/Literal.h"


#include "timeline/Granularity.h"
#include "timeline/TimexInterval.h"

#include <algorithm>

namespace chronoline::events {

namespace {

bool descendsFrom(const AnalysedSentence &s, int clause, int ancestor)
{
    for (int hops = 0; clause >= 0 && hops < 8; ++hops) {
        if (clause == ancestor)
            return true;
        clause = s.clauses[size_t(clause)].parent;
    }
    return false;
}

bool plainPast(const Predicate &p)
{
    return p.valid() && !p.nominal && p.tense == Predicate::Tense::Past && !p.future && !p.hedge
        && !p.negated && !p.raised;
}

} // namespace

QString InferredEventFinder::coarsenToMonth(const QString &value)
{
    const Granularity g = granularityOfValue(value);
    if (g != Granularity::Week && g != Granularity::Weekend && g != Granularity::Day
        && g != Granularity::PartOfDay && g != Granularity::Time)
        return value;
    const auto interval = intervalForValue(value);
    if (!interval || !interval->start)
        return value;
    // A week belongs to the month of its Thursday, as ISO weeks belong to years.
    const QDate day = g == Granularity::Week ? interval->start->addDays(3) : *interval->start;
    return day.toString(u"yyyy-MM");
}

EventDraft InferredEventFinder::inferred(const AnalysedSentence &s, int clause, int head, const Predicate &p,
                                         const EventDraft &anchor, const QString &value,
                                         const QString &mod) const
{
    EventDraft d;
    d.kind = EventDraft::Kind::Inferred;
    d.sentence = s.index;
    d.clause = clause;
    d.head = head;
    d.predicate = p;
    Event &e = d.event;
    e.value = value;
    e.mod = mod;
    e.interval = intervalForValue(value, mod);
    e.certainty = Certainty::Inferred;
    e.status = EventStatus::Past;
    e.sentence = anchor.event.sentence;
    e.mentions.push_back({e.sentence, QString()});
    d.synonymClass = s.words[size_t(head)].synonymClass();
    d.position = s.words[size_t(head)].start;
    return d;
}

void InferredEventFinder::precedingEvents(const AnalysedSentence &s, int clause, const EventDraft &anchor,
                                          std::vector<EventDraft> *out) const
{
    const Predicate p = m_predicates.find(s, clause);
    if (!plainPast(p))
        return;
    for (int i = p.last + 1; i < s.size(); ++i) {
        if (s.words[size_t(i)].clause != clause)
            continue;
        const EventLexicon::Phrase *c = m_lexicon.phraseAt(s, i, s.size(), EventLexicon::PhraseKind::Connective);
        if (!c || c->relation != EventLexicon::Relation::Before)
            continue;
        int j = i + int(c->words.size());
        while (j < s.size() && j < i + 6
               && (s.words[size_t(j)].tag == WordTag::Det || s.words[size_t(j)].tag == WordTag::Adj))
            ++j;
        if (j >= s.size())
            return;
        const Word &w = s.words[size_t(j)];
        const EventLexicon::Phrase *multi = m_lexicon.phraseAt(s, j, s.size(), EventLexicon::PhraseKind::Noun);
        const bool noun = multi || (w.tag == WordTag::Noun && (w.flags & EventLexicon::EventNoun)
                                    && !(w.flags & EventLexicon::AspectNoun));
        if (!noun || (multi && multi->aspect))
            continue;
        const int nounEnd = multi ? j + int(multi->words.size()) - 1 : j;
        // Only a particular event ("the shooting down of a balloon"), not a kind ("after talks").
        if (nounEnd + 1 >= s.size() || !is(s.words[size_t(nounEnd) + 1].lower, u"of"))
            continue;
        // One with a date of its own is dated by it instead.
        bool ownDate = false;
        for (int k = j; k < s.size() && k < j + 10 && !s.words[size_t(k)].isPunct(u','); ++k)
            ownDate = ownDate || s.words[size_t(k)].timex >= 0;
        if (ownDate)
            continue;
        Predicate nominal;
        nominal.head = nominal.first = nominal.last = j;
        nominal.nominal = true;
        nominal.tense = Predicate::Tense::Past;
        EventDraft d = inferred(s, clause, j, nominal, anchor, anchor.event.value, QStringLiteral("ON_OR_BEFORE"));
        if (d.event.interval)
            out->push_back(std::move(d));
    }
}

void InferredEventFinder::eventsAtOccasion(const AnalysedSentence &s, int clause, const EventDraft &anchor,
                                           std::vector<EventDraft> *out) const
{
    const Clause &c = s.clauses[size_t(clause)];
    if (c.kind != Clause::Kind::Relative || c.opener < 0 || c.antecedent < 0)
        return;
    const QStringView opener = s.words[size_t(c.opener)].lower;
    if (!is(opener, u"where") && !is(opener, u"when"))
        return;
    if (!(s.words[size_t(c.antecedent)].flags & EventLexicon::EventNoun))
        return;
    const Predicate p = m_predicates.find(s, clause);
    if (!plainPast(p) || p.reporting)
        return;
    for (int k = c.first; k <= c.last; ++k) {
        if (s.words[size_t(k)].clause == clause && s.words[size_t(k)].timex >= 0
            && m_cache.timexes()[size_t(s.words[size_t(k)].timex)].type != TimexType::Duration)
            return;   // dated by its own expression
    }
    if (m_names.find(s, c.first, p.first - 1, clause).empty())
        return;   // someone named does it
    EventDraft d = inferred(s, clause, p.head, p, anchor, coarsenToMonth(anchor.event.value), QString());
    if (d.event.interval)
        out->push_back(std::move(d));
}

std::vector<EventDraft> InferredEventFinder::find(const std::vector<EventDraft> &dated) const
{
    // Which clauses have a date of their own, and which words dated events
    // stand on: sorted lists, since a stretch has a few dozen drafts and
    // hashing each key cost more than the search.
    const auto key = [](int sentence, int word) { return (qint64(sentence) << 32) | quint32(word); };
    std::vector<qint64> anchoredClauses;   // key(sentence, clause)
    std::vector<qint64> taken;             // key(sentence, head), sorted but for the tail added below
    anchoredClauses.reserve(dated.size());
    taken.reserve(dated.size());
    for (const EventDraft &d : dated) {
        anchoredClauses.push_back(key(d.sentence, d.clause));
        taken.push_back(key(d.sentence, d.head));
    }
    std::sort(anchoredClauses.begin(), anchoredClauses.end());
    std::sort(taken.begin(), taken.end());
    const auto datedEnd = qsizetype(taken.size());
    const auto isTaken = [&](qint64 k) {
        return std::binary_search(taken.begin(), taken.begin() + datedEnd, k)
            || std::find(taken.begin() + datedEnd, taken.end(), k) != taken.end();
    };
    std::vector<EventDraft> out;
    for (const EventDraft &d : dated) {
        if (d.kind == EventDraft::Kind::Noun || d.kind == EventDraft::Kind::Inferred
            || d.event.status != EventStatus::Past || !d.event.interval || !d.event.endValue.isEmpty())
            continue;
        const AnalysedSentence &s = m_cache.sentence(d.sentence);
        for (int c = 0; c < int(s.clauses.size()); ++c) {
            if (!descendsFrom(s, c, d.clause)
                || (c != d.clause && std::binary_search(anchoredClauses.begin(), anchoredClauses.end(), key(d.sentence, c))))
                continue;
            std::vector<EventDraft> found;
            precedingEvents(s, c, d, &found);
            if (c != d.clause)
                eventsAtOccasion(s, c, d, &found);
            // Once per word, and never a word a dated event already stands on.
            for (EventDraft &f : found) {
                if (!isTaken(key(f.sentence, f.head))) {
                    taken.push_back(key(f.sentence, f.head));
                    out.push_back(std::move(f));
                }
            }
        }
    }
    return out;
}

} // namespace chronoline::events
