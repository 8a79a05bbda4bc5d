#pragma once

#include "document/Document.h"
#include "events/Event.h"
#include "temporal/Timex.h"
#include "text/TextSpans.h"

#include <cstddef>
#include <functional>
#include <span>

namespace chronoline {

// Segments, tags and extracts events for English with the work spread over two
// threads: one tags the text a piece at a time, and the other splits the
// sentences and builds the events of each stretch the tagger has passed while
// it goes on (splitting ahead whenever it would otherwise wait). The result is the
// same as running Segmenter, TemporalTagger and EventExtractor in turn
// (tst_overlappedanalysis holds it to that); on a long text it comes sooner,
// since most of the extractor's work is done by the time the tagger ends.
class OverlappedAnalysis {
public:
    struct Result {
        Segmentation segmentation;   // empty when one was given
        Timexes timexes;
        Events events;
    };
    // Told, on the calling thread, of the document's expressions as soon as
    // they are all known, while the events are still to be worked out, so
    // that a caller can put them to use meanwhile (extract writes them out).
    // The list lies where it will be in the Result, and stays there as long
    // as that vector lives, moved or not.
    using TimexesKnown = std::function<void(const Document &, std::span<const Timex>)>;

    // With `known`, the document's sentences are taken from it instead of
    // being split again (a new document date changes no sentence).
    static Result run(const Document &document, const Segmentation *known = nullptr,
                      const TimexesKnown &timexesKnown = {});

    // The tagging thread helps the extractor (splits and analyses sentences
    // ahead) once this many tagged pieces wait for it. Not a constant, so that
    // a test can make it help always and hold the result to the same output.
    static inline size_t helpWhenWaiting = 2;
};

} // namespace chronoline
