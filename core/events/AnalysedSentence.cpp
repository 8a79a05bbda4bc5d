#include "events/AnalysedSentence.h"

#include <algorithm>

namespace chronoline::events {

int AnalysedSentence::wordAt(qsizetype pos) const
{
    const auto it = std::lower_bound(words.begin(), words.end(), pos,
                                     [](const Word &w, qsizetype p) { return w.start < p; });
    return int(it - words.begin());
}

} // namespace chronoline::events
