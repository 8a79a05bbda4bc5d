#pragma once

#include "events/AnalysedSentence.h"
#include "events/EventLexicon.h"

#include <QStringView>

namespace chronoline::events {

// Splits one sentence into words and looks each up in the lexicon. Its words
// differ from the segmenter's tokens where the extractor needs it: a possessive
// "'s" and "n't" are words of their own, hyphenated compounds ("five-year",
// "Russia-Ukraine") and dotted abbreviations ("U.S.", "Gen.") stay whole.
class WordScanner {
public:
    explicit WordScanner(const EventLexicon &lexicon) : m_lexicon(lexicon) {}

    // Fills `into` (everything it held before is replaced), reusing its buffers:
    // a long text analyses tens of thousands of sentences, and recycled
    // buffers spare it as many allocations and fresh pages.
    void scan(QStringView text, qsizetype start, qsizetype end, int index, AnalysedSentence &into) const;

private:
    const EventLexicon &m_lexicon;
};

} // namespace chronoline::events
