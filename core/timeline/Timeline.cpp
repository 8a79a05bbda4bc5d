#include "timeline/Timeline.h"

#include "timeline/TimexInterval.h"

#include <algorithm>

namespace chronoline {

Timeline::Timeline(Document document, AnalysisPipeline pipeline)
    : m_document(std::move(document)), m_pipeline(std::move(pipeline))
{
    if (m_pipeline.overlapped) {
        // The first run splits the sentences as well; later ones (a new date) keep them.
        OverlappedAnalysis::Result r = m_pipeline.overlapped(m_document, nullptr, m_pipeline.timexesKnown);
        m_segmentation = std::move(r.segmentation);
        m_timexes = std::move(r.timexes);
        m_events = std::move(r.events);
        return;
    }
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
    m_unplaced.reset();
}

void Timeline::runDateDependentStages()
{
    if (m_pipeline.overlapped) {
        OverlappedAnalysis::Result r = m_pipeline.overlapped(m_document, &m_segmentation, m_pipeline.timexesKnown);
        m_timexes = std::move(r.timexes);
        m_events = std::move(r.events);
    } else {
        m_timexes = m_pipeline.tag ? m_pipeline.tag(m_document.text, m_document.dct) : Timexes{};
        if (m_pipeline.timexesKnown)
            m_pipeline.timexesKnown(m_document, m_timexes);
        m_events = m_pipeline.extract ? m_pipeline.extract(m_document, m_segmentation, m_timexes)
                                      : Events{};
    }
    m_unplaced.reset();
}

const std::vector<UnplacedItem> &Timeline::unplaced() const
{
    if (!m_unplaced)
        m_unplaced = collectUnplaced();
    return *m_unplaced;
}

std::vector<UnplacedItem> Timeline::collectUnplaced() const
{
    std::vector<UnplacedItem> unplaced;
    // The ids of the expressions that date an event, sorted for binary search:
    // a long text has tens of thousands of both, and a set of strings spent
    // more time hashing and allocating than the rest of the collection. The
    // views point into the events, which outlive this function.
    std::vector<QStringView> datingTimexes;
    const auto addId = [&](const QString &id) {
        if (!id.isEmpty())
            datingTimexes.push_back(id);
    };
    for (const Event &e : m_events) {
        addId(e.timexId);
        addId(e.endTimexId);
        for (const EventMention &m : e.mentions)
            addId(m.timexId);
        if (!e.interval) {
            unplaced.push_back({UnplacedItem::Kind::Event, e.id, e.title, e.value,
                                e.sentence.start, e.sentence.end});
        }
    }
    // Length first: ids are short and mostly differ in length ("t9", "t10").
    const auto before = [](QStringView a, QStringView b) {
        return a.size() != b.size() ? a.size() < b.size() : a.compare(b) < 0;
    };
    std::sort(datingTimexes.begin(), datingTimexes.end(), before);
    // Expressions that date no event are only worth a place in the tray when
    // they are dates with no interval, typically relative dates waiting for a
    // document date ("XXXX-XX"); durations and sets are not positions in time.
    for (const Timex &t : m_timexes) {
        if (t.type != TimexType::Date && t.type != TimexType::Time)
            continue;
        if (std::binary_search(datingTimexes.begin(), datingTimexes.end(), QStringView(t.id), before))
            continue;
        if (intervalForValue(t.value, t.mod))
            continue;
        unplaced.push_back({UnplacedItem::Kind::Timex, t.id, t.text, t.value, t.start, t.end});
    }
    std::stable_sort(unplaced.begin(), unplaced.end(),
                     [](const UnplacedItem &a, const UnplacedItem &b) { return a.start < b.start; });
    return unplaced;
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
