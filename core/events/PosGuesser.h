#pragma once

#include "events/AnalysedSentence.h"

namespace chronoline::events {

// Gives each word a coarse part of speech: closed classes from the lexicon,
// open classes from the treebank word-form lexicon, suffixes for unknown words,
// and a left-to-right pass that settles noun/verb ambiguity from the neighbours
// ("his visit" / "expected to visit"). Rules rather than a trained tagger: they
// are fast and good enough to find clause verbs (see tests/tst_eventextractor).
class PosGuesser {
public:
    // Words come with their lexicon entries from the WordScanner.
    void tag(AnalysedSentence &sentence) const;
};

} // namespace chronoline::events
