#include "events/StatusClassifier.h"

namespace chronoline::events {

EventStatus StatusClassifier::classify(const Predicate &p, bool futureCue,
                                       const std::optional<EventInterval> &interval,
                                       std::optional<QDate> dct) const
{
    const bool known = interval && dct && dct->isValid();
    const bool endsBefore = known && interval->end && *interval->end <= *dct;
    const bool startsAfter = known && interval->start && *interval->start > *dct;
    const bool covers = known && (!interval->start || *interval->start <= *dct)
                     && (!interval->end || *interval->end > *dct);

    if ((p.future || p.raised || futureCue) && !endsBefore)
        return EventStatus::Expected;
    if (startsAfter && p.tense != Predicate::Tense::Past)
        return EventStatus::Expected;
    const bool present = p.progressive || (p.tense == Predicate::Tense::Present && !p.perfect);
    if (covers && present)
        return EventStatus::Ongoing;
    if (!known && p.progressive && p.tense == Predicate::Tense::Present)
        return EventStatus::Ongoing;
    return EventStatus::Past;
}

} // namespace chronoline::events
