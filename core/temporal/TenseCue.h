#pragma once

#include "temporal/ScannedText.h"

namespace chronoline {

class LanguageData;

// Reads the tense of the clause around an expression from the language's TENSE cue words
// ("will", "said", "plans"): -1 past, +1 future, 0 when nothing says. The nearest cue before it in
// the sentence wins, else the nearest after it; a TENSELEAD word ("by", "until") right before it
// outweighs both. A bare "Monday" or "March" is resolved toward it.
class TenseCue {
public:
    explicit TenseCue(const LanguageData &language);
    int tenseAround(const ScannedText &scanned, int first, int last) const;

private:
    int m_tense;
    int m_lead;
    int m_dash;   // TENSELEAD: a cue that counts only right before the expression
    bool m_tenseIndexed = false;   // TENSE fits a CategorySet, so a token's set can rule it out
};

} // namespace chronoline
