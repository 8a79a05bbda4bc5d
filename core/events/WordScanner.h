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

    AnalysedSentence scan(QStringView text, qsizetype start, qsizetype end, int index) const;

private:
    const EventLexicon &m_lexicon;
};

} // namespace chronoline::events
