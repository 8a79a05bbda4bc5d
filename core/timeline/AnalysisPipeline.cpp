#include "timeline/AnalysisPipeline.h"

#include "events/EventExtractor.h"
#include "temporal/TemporalTagger.h"
#include "text/Segmenter.h"

namespace chronoline {

AnalysisPipeline AnalysisPipeline::english()
{
    AnalysisPipeline p;
    p.segment = [](QStringView text) { return Segmenter::english().segmentSentences(text); };
    p.tag = [](QStringView text, std::optional<QDate> dct) {
        return TemporalTagger::english().tag(text, dct);
    };
    p.extract = [](const Document &d, const Segmentation &s, const Timexes &t) {
        return EventExtractor::english().extract(d, s, t);
    };
    p.overlapped = &OverlappedAnalysis::run;
    return p;
}

} // namespace chronoline
