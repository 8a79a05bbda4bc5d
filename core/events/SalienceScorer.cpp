#include "events/SalienceScorer.h"

#include "timeline/Granularity.h"

#include <algorithm>
#include <cmath>

namespace chronoline::events {

void SalienceScorer::score(std::vector<EventDraft> &drafts, std::span<const size_t> live, int sentenceCount) const
{
    for (const size_t i : live) {
        EventDraft &d = drafts[i];
        Event &e = d.event;
        double s = 0.45;
        switch (granularityOfValue(e.value)) {
        case Granularity::Day: case Granularity::PartOfDay: case Granularity::Time:
            s += 0.15;
            break;
        case Granularity::Week: case Granularity::Weekend: case Granularity::Month:
            s += 0.1;
            break;
        case Granularity::Unknown:
            break;
        default:
            s += 0.05;
            break;
        }
        if (!e.endValue.isEmpty())
            s += 0.05;   // a scheduled span is planned in detail
        s += std::min(0.24, 0.08 * double(e.mentions.size() - 1));
        s += std::min(0.09, 0.03 * double(e.participants.size()));
        if (e.status == EventStatus::Expected)
            s += 0.05;
        if (sentenceCount > 0 && d.sentence < std::max(3, sentenceCount / 5))
            s += 0.05;
        if (d.kind == EventDraft::Kind::Report)
            s -= 0.2;
        if (e.certainty == Certainty::Inferred)
            s -= 0.1;
        e.salience = std::round(std::clamp(s, 0.05, 1.0) * 100.0) / 100.0;
    }
}

} // namespace chronoline::events
