#pragma once

#include "events/AnalysedSentence.h"
#include "events/ClauseSplitter.h"
#include "events/EventLexicon.h"
#include "events/PosGuesser.h"
#include "events/WordScanner.h"
#include "text/TextSpans.h"

#include <QStringView>

#include <span>

namespace chronoline::events {

// Where a time expression lies, and its index in the document's list.
struct TimexMark {
    qsizetype start = 0;
    qsizetype end = 0;
    int index = -1;
};

// Analyses one sentence for the extractor: its words looked up, the words of
// its time expressions marked (a date is never a verb), parts of speech
// guessed and clauses split. The analysis depends on nothing but what it is
// given, so another thread may make it ahead of need (see SentenceCache::adopt).
class SentenceAnalyser {
public:
    explicit SentenceAnalyser(const EventLexicon &lexicon) : m_scanner(lexicon) {}

    // Sentence `index` at `span`, holding the expressions `timexes` (in text order).
    void analyse(QStringView text, const Sentence &span, int index, std::span<const TimexMark> timexes,
                 AnalysedSentence &out) const;

private:
    WordScanner m_scanner;
    PosGuesser m_guesser;
    ClauseSplitter m_splitter;
};

} // namespace chronoline::events
