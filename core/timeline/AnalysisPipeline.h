#pragma once

#include "document/Document.h"
#include "events/Event.h"
#include "temporal/Timex.h"
#include "text/TextSpans.h"
#include "timeline/OverlappedAnalysis.h"

#include <QDate>
#include <QStringView>

#include <functional>
#include <optional>

namespace chronoline {

// The stages that turn a document into a timeline, configured in one place.
// They are functions rather than the concrete classes so that tests and
// benchmarks can feed a Timeline hand-made data without the English tagger.
//
// Order: segment -> tag -> extract. The extractor needs both the sentences
// and the resolved expressions; the tagger alone depends on the document date,
// which is why a new date re-runs tag and extract but keeps the segmentation.
struct AnalysisPipeline {
    std::function<Segmentation(QStringView text)> segment;
    std::function<Timexes(QStringView text, std::optional<QDate> dct)> tag;
    std::function<Events(const Document &, const Segmentation &, const Timexes &)> extract;
    // All three at once, overlapped on two threads (OverlappedAnalysis), given
    // the sentences when they are known. When set, Timeline runs this instead
    // of the three above; unset it when changing any of them.
    std::function<OverlappedAnalysis::Result(const Document &, const Segmentation *known,
                                             const OverlappedAnalysis::TimexesKnown &)>
            overlapped;
    // Told of the expressions as soon as they are all known, before the
    // events are worked out (see OverlappedAnalysis::TimexesKnown); optional.
    OverlappedAnalysis::TimexesKnown timexesKnown;

    // Segmenter, TemporalTagger and EventExtractor for English, overlapped.
    static AnalysisPipeline english();
};

} // namespace chronoline
