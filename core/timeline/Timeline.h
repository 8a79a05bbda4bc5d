#pragma once

#include "document/Document.h"
#include "events/Event.h"
#include "temporal/Timex.h"
#include "text/TextSpans.h"
#include "timeline/AnalysisPipeline.h"
#include "timeline/UnplacedItem.h"

#include <optional>
#include <vector>

namespace chronoline {

// One analysed document: the text, its sentences, its time expressions, its
// events sorted by time, and what could not be placed on the axis. The GUI and
// the CLI both read this; neither runs the stages itself.
class Timeline {
public:
    Timeline() = default;   // empty: no document
    Timeline(Document document, AnalysisPipeline pipeline);

    // Sets a new document date and re-runs what depends on it (tagging with
    // resolution, then extraction); the segmentation is kept.
    void reanalyse(std::optional<QDate> dct, DctSource source = DctSource::Option);

    // Replaces the events (the reader's edits applied, or events read from a
    // project file) and works out again what is unplaced. Keeps their order.
    void setEvents(Events events);

    const Document &document() const { return m_document; }
    const Segmentation &segmentation() const { return m_segmentation; }
    const Timexes &timexes() const { return m_timexes; }
    const Events &events() const { return m_events; }
    // Worked out when first asked for (the command line never asks), so the
    // first call must not race with another on the same timeline.
    const std::vector<UnplacedItem> &unplaced() const;

    const Timex *timex(QStringView id) const;
    // Index of the sentence holding `position`, or -1.
    int sentenceAt(qsizetype position) const;
    int placedEventCount() const;

private:
    void runDateDependentStages();
    std::vector<UnplacedItem> collectUnplaced() const;

    Document m_document;
    AnalysisPipeline m_pipeline;
    Segmentation m_segmentation;
    Timexes m_timexes;
    Events m_events;
    mutable std::optional<std::vector<UnplacedItem>> m_unplaced;
};

} // namespace chronoline
