#include "events/EventExtractor.h"

#include "events/EventExtraction.h"

namespace chronoline {

const EventExtractor &EventExtractor::english()
{
    static const EventExtractor extractor;
    return extractor;
}

// The stages and their order: see EventExtraction.
Events EventExtractor::extract(const Document &document, const Segmentation &segmentation,
                               const Timexes &timexes) const
{
    if (timexes.empty())
        return {};
    events::EventExtraction run(document, timexes, segmentation.sentences);
    return run.finish();
}

} // namespace chronoline
