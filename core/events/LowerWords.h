#pragma once

#include "events/AnalysedSentence.h"

namespace chronoline::events {

// The lower-case words of a sentence as an indexable sequence, for
// EventLexicon::phraseAt.
struct LowerWords {
    const AnalysedSentence &sentence;
    QStringView operator[](int i) const { return sentence.words[size_t(i)].lower; }
};

} // namespace chronoline::events
