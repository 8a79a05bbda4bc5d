#include "events/EventMerger.h"

#include "events/NameFinder.h"
#include "timeline/Granularity.h"

#include <algorithm>

namespace chronoline::events {

namespace {

// a.compare(b, Qt::CaseInsensitive) == 0, with ASCII settled inline: merging
// compares the triggers of every pair of nearby drafts.
bool sameIgnoringCase(const QString &a, const QString &b)
{
    if (a.size() != b.size())
        return false;
    const char16_t *x = reinterpret_cast<const char16_t *>(a.constData());
    const char16_t *y = reinterpret_cast<const char16_t *>(b.constData());
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (x[i] == y[i])
            continue;
        if (x[i] >= 128 || y[i] >= 128)
            return a.compare(b, Qt::CaseInsensitive) == 0;
        const char16_t lower = x[i] | 0x20;
        if (lower != (y[i] | 0x20) || lower < u'a' || lower > u'z')
            return false;
    }
    return true;
}

} // namespace

bool EventMerger::sameKind(const EventDraft &a, const EventDraft &b)
{
    if (a.synonymClass >= 0 && a.synonymClass == b.synonymClass)
        return true;
    return sameIgnoringCase(a.event.trigger, b.event.trigger);
}

bool EventMerger::shareParticipant(const Event &a, const Event &b)
{
    for (const QString &p : a.participants) {
        for (const QString &q : b.participants) {
            if (NameFinder::sameName(p, q))
                return true;
        }
    }
    return false;
}

bool EventMerger::nested(const Event &a, const Event &b)
{
    if (!a.interval || !b.interval)
        return false;
    const auto within = [](const EventInterval &inner, const EventInterval &outer) {
        const bool startOk = !outer.start || (inner.start && *inner.start >= *outer.start);
        const bool endOk = !outer.end || (inner.end && *inner.end <= *outer.end);
        return startOk && endOk;
    };
    return within(*a.interval, *b.interval) || within(*b.interval, *a.interval);
}

void EventMerger::fold(EventDraft &into, EventDraft &from)
{
    Event &a = into.event;
    Event &b = from.event;
    // Dated by the most precise mention; titled by the first.
    const bool bFiner = granularityOfValue(b.value) > granularityOfValue(a.value);
    if (bFiner) {
        a.sentence = b.sentence;
        a.timexId = b.timexId;
        a.value = b.value;
        a.mod = b.mod;
        a.interval = b.interval;
        a.endTimexId = b.endTimexId;
        a.endValue = b.endValue;
    }
    for (const EventMention &m : b.mentions) {
        if (std::find(a.mentions.begin(), a.mentions.end(), m) == a.mentions.end())
            a.mentions.push_back(m);
    }
    std::sort(a.mentions.begin(), a.mentions.end(),
              [](const EventMention &x, const EventMention &y) { return x.sentence.start < y.sentence.start; });
    for (const QString &p : b.participants) {
        bool known = false;
        for (const QString &q : a.participants)
            known = known || NameFinder::sameName(p, q);
        if (!known)
            a.participants.append(p);
    }
    for (const QString &p : b.places) {
        if (!a.places.contains(p))
            a.places.append(p);
    }
    if (into.keyPhrase.isEmpty())
        into.keyPhrase = from.keyPhrase;
    from.merged = true;
}

void EventMerger::merge(std::vector<EventDraft> &drafts, std::vector<size_t> &live) const
{
    // Drafts come in anchor order, then the inferred ones; text order is needed
    // for "the first mention's title".
    std::stable_sort(live.begin(), live.end(),
                     [&](size_t x, size_t y) { return drafts[x].position < drafts[y].position; });
    for (size_t i = 0; i < live.size(); ++i) {
        EventDraft &a = drafts[live[i]];
        if (a.merged)
            continue;
        for (size_t j = i + 1; j < live.size(); ++j) {
            EventDraft &b = drafts[live[j]];
            // A story comes back to an event within a few dozen sentences; looking
            // no further keeps merging linear in long texts.
            if (b.sentence - a.sentence > window)
                break;
            if (b.merged || !sameKind(a, b))
                continue;
            bool same = false;
            if (a.kind == EventDraft::Kind::Report && b.kind == EventDraft::Kind::Report) {
                same = !a.event.participants.isEmpty() && !b.event.participants.isEmpty()
                    && NameFinder::sameName(a.event.participants.front(), b.event.participants.front())
                    && a.event.value == b.event.value;
            } else if (a.kind != EventDraft::Kind::Report && b.kind != EventDraft::Kind::Report) {
                same = a.event.status == b.event.status && shareParticipant(a.event, b.event)
                    && nested(a.event, b.event);
            }
            if (same)
                fold(a, b);
        }
    }
    std::erase_if(live, [&](size_t d) { return drafts[d].merged; });
}

} // namespace chronoline::events
