#include "timeline/Timeline.h"

#include "timeline/TimexInterval.h"

#include <QSet>

#include <algorithm>

namespace chronoline {

Timeline::Timeline(Document document, AnalysisPipeline pipeline)
    : m_document(std::move(document)), m_pipeline(std::move(pipeline))
{
    if (m_pipeline.segment)
        m_segmentation = m_pipeline.segment(m_document.text);
    runDateDependentStages();
}

void Timeline::reanalyse(std::optional<QDate> dct, DctSource source)
{
    m_document.dct = dct;
    m_document.dctSource = dct ? source : DctSource::None;
    runDateDependentStages();
}

void Timeline::setEvents(Events events)
{
    m_events = std::move(events);
    collectUnplaced();
}

void Timeline::runDateDependentStages()
{
    m_timexes = m_pipeline.tag ? m_pipeline.tag(m_document.text, m_document.dct) : Timexes{};
    m_events = m_pipeline.extract ? m_pipeline.extract(m_document, m_segmentation, m_timexes)
                                  : Events{};
    collectUnplaced();
}

void Timeline::collectUnplaced()
{
    m_unplaced.clear();
    QSet<QString> datingTimexes;
    for (const Event &e : m_events) {
        if (!e.timexId.isEmpty())
            datingTimexes.insert(e.timexId);
        if (!e.endTimexId.isEmpty())
            datingTimexes.insert(e.endTimexId);
        for (const EventMention &m : e.mentions) {
            if (!m.timexId.isEmpty())
                datingTimexes.insert(m.timexId);
        }
        if (!e.interval) {
            m_unplaced.push_back({UnplacedItem::Kind::Event, e.id, e.title, e.value,
                                  e.sentence.start, e.sentence.end});
        }
    }
    // Expressions that date no event are only worth a place in the tray when
    // they are dates with no interval, typically relative dates waiting for a
    // document date ("XXXX-XX"); durations and sets are not positions in time.
    for (const Timex &t : m_timexes) {
        if (datingTimexes.contains(t.id))
            continue;
        if (t.type != TimexType::Date && t.type != TimexType::Time)
            continue;
        if (intervalForValue(t.value, t.mod))
            continue;
        m_unplaced.push_back({UnplacedItem::Kind::Timex, t.id, t.text, t.value, t.start, t.end});
    }
    std::stable_sort(m_unplaced.begin(), m_unplaced.end(),
                     [](const UnplacedItem &a, const UnplacedItem &b) { return a.start < b.start; });
}

const Timex *Timeline::timex(QStringView id) const
{
    for (const Timex &t : m_timexes) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

int Timeline::sentenceAt(qsizetype position) const
{
    const auto &s = m_segmentation.sentences;
    // Sentences are in text order; find the last one starting at or before position.
    auto it = std::upper_bound(s.begin(), s.end(), position,
                               [](qsizetype pos, const Sentence &x) { return pos < x.start; });
    if (it == s.begin())
        return -1;
    --it;
    return position <= it->end ? int(it - s.begin()) : -1;
}

int Timeline::placedEventCount() const
{
    return int(std::count_if(m_events.begin(), m_events.end(),
                             [](const Event &e) { return e.interval.has_value(); }));
}

} // namespace chronoline
