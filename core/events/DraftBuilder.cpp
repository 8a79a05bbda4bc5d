#include "events/DraftBuilder.h"

#include "timeline/TimexInterval.h"

#include <QVarLengthArray>

namespace chronoline::events {

SentenceRef DraftBuilder::sentenceRef(int sentence) const
{
    const Sentence &span = m_cache.span(sentence);
    return {span.start, span.end, m_cache.textOf(sentence)};
}

bool DraftBuilder::futureCueAfter(const AnalysedSentence &s, int from) const
{
    const int clause = s.words[size_t(from)].clause;
    for (int i = from + 1; i < s.size(); ++i) {
        if (s.words[size_t(i)].clause != clause)
            continue;
        for (auto kind : {EventLexicon::PhraseKind::Future, EventLexicon::PhraseKind::Schedule,
                          EventLexicon::PhraseKind::Raise}) {
            if (m_lexicon.phraseAt(s, i, s.size(), kind))
                return true;
        }
    }
    // "the upcoming summit": a cue just before the noun.
    for (int i = std::max(0, from - 3); i < from; ++i) {
        if (m_lexicon.phraseAt(s, i, from, EventLexicon::PhraseKind::Future))
            return true;
    }
    return false;
}

std::optional<EventInterval> DraftBuilder::intervalFor(const Timex &t) const
{
    // A news text repeats its dates ("Monday", "last week" resolve alike), and
    // reading a value costs far more than looking it up.
    QVarLengthArray<char16_t, 64> key;
    key.append(reinterpret_cast<const char16_t *>(t.value.constData()), t.value.size());
    key.append(u'\x1F');   // a unit no value or mod holds
    key.append(reinterpret_cast<const char16_t *>(t.mod.constData()), t.mod.size());
    KnownInterval &known = m_intervals[QStringView(key.constData(), key.size())];
    if (!known.known) {
        known.interval = intervalForValue(t.value, t.mod, m_document.dct.value_or(QDate()));
        known.known = true;
    }
    return known.interval;
}

std::optional<EventInterval> DraftBuilder::intervalOf(const Anchor &a) const
{
    const Timex &t = m_cache.timexes()[size_t(a.timex)];
    const QDate dct = m_document.dct.value_or(QDate());
    if (a.window)
        return intervalEndingAt(t.value, dct);
    auto interval = intervalFor(t);
    if (a.endTimex >= 0) {
        const Timex &e = m_cache.timexes()[size_t(a.endTimex)];
        const auto end = intervalFor(e);
        if (!interval || !end || !interval->start || !end->end || *end->end <= *interval->start)
            return interval;   // an end we cannot place leaves the start's own span
        interval->end = end->end;
    }
    return interval;
}

// "The embassy may have prevented the carnage, an official said Saturday.":
// an attribution after a comma reports the clause before it.
int DraftBuilder::reportedBefore(const AnalysedSentence &s, int clause) const
{
    const Clause &attribution = s.clauses[size_t(clause)];
    if (attribution.kind != Clause::Kind::Main || attribution.first < 2 || clause < 1
        || !s.words[size_t(attribution.first) - 1].isPunct(u','))
        return -1;
    const int before = s.words[size_t(attribution.first) - 2].clause;
    if (before < 0 || before == clause || s.clauses[size_t(before)].kind != Clause::Kind::Main)
        return -1;
    // Only a bare attribution: after its verb, in its own clause, nothing but
    // the date, adverbs and prepositions ("said Saturday", "said on Monday");
    // "Kellogg reported lower earnings" reports no clause before it.
    const Predicate report = m_predicates.find(s, clause);
    for (int k = report.last + 1; k <= attribution.last; ++k) {
        const Word &w = s.words[size_t(k)];
        if (w.clause == clause && w.timex < 0 && w.tag != WordTag::Punct && w.tag != WordTag::Adv
            && w.tag != WordTag::Prep)
            return -1;
    }
    const Predicate content = m_predicates.find(s, before);
    return content.valid() && !content.nominal && !content.reporting ? before : -1;
}

std::vector<EventDraft> DraftBuilder::build(const std::vector<Anchor> &anchors) const
{
    std::vector<EventDraft> drafts;
    drafts.reserve(anchors.size());   // at most one each; a draft is heavy to move on regrowth
    for (const Anchor &a : anchors) {
        const AnalysedSentence &s = m_cache.sentence(a.sentence);
        EventDraft d;
        d.sentence = a.sentence;
        d.clause = a.clause;
        d.timex = a.timex;
        d.endTimex = a.endTimex;
        d.predicate = m_predicates.find(s, a.clause);
        bool futureCue = false;
        if (a.noun >= 0) {
            d.kind = EventDraft::Kind::Noun;
            d.head = a.noun;
            futureCue = futureCueAfter(s, a.noun);
            // A noun takes its time from its own date and cues, not from the
            // clause around it ("not ruling out a visit to the summit scheduled ...").
            d.predicate = Predicate();
            d.predicate.head = d.predicate.first = d.predicate.last = a.noun;
            d.predicate.nominal = true;
        } else if (d.predicate.valid()) {
            // The trigger is the verb the expression modifies; the clause's
            // predicate still gives the title and the status.
            d.head = a.verb >= 0 ? a.verb : d.predicate.head;
            if (d.predicate.reporting && !d.predicate.nominal) {
                for (int c = 0; c < int(s.clauses.size()); ++c) {
                    const Clause &clause = s.clauses[size_t(c)];
                    if (clause.parent == a.clause && clause.kind == Clause::Kind::Complement
                        && clause.first > d.predicate.head && m_predicates.find(s, c).valid()) {
                        d.kind = EventDraft::Kind::Report;
                        d.content = c;
                        break;
                    }
                }
                if (d.kind != EventDraft::Kind::Report) {
                    if (const int c = reportedBefore(s, a.clause); c >= 0) {
                        d.kind = EventDraft::Kind::Report;
                        d.content = c;
                    }
                }
            }
        } else {
            continue;   // nothing in the clause to date
        }

        const Timex &t = m_cache.timexes()[size_t(a.timex)];
        Event &e = d.event;
        e.timexId = t.id;
        e.value = t.value;
        e.mod = t.mod;
        if (a.endTimex >= 0) {
            e.endTimexId = m_cache.timexes()[size_t(a.endTimex)].id;
            e.endValue = m_cache.timexes()[size_t(a.endTimex)].value;
        }
        e.interval = intervalOf(a);
        e.certainty = Certainty::Explicit;
        e.status = m_status.classify(d.predicate, futureCue, e.interval, m_document.dct);
        e.sentence = sentenceRef(a.sentence);
        // Other expressions in the same clause add no mention: a mention is a sentence.
        e.mentions.push_back({e.sentence, e.timexId});
        d.synonymClass = s.words[size_t(d.head)].synonymClass();
        d.position = s.words[size_t(d.head)].start;
        drafts.push_back(std::move(d));
    }
    return drafts;
}

} // namespace chronoline::events
