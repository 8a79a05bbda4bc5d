#include "events/AnalysedSentence.h"

#include <algorithm>

namespace chronoline::events {

int AnalysedSentence::wordAt(qsizetype pos) const
{
    const auto it = std::lower_bound(words.begin(), words.end(), pos,
                                     [](const Word &w, qsizetype p) { return w.start < p; });
    return int(it - words.begin());
}

std::unique_ptr<AnalysedSentence> AnalysedSentence::reused(std::vector<std::unique_ptr<AnalysedSentence>> &spares)
{
    if (spares.empty())
        return std::make_unique<AnalysedSentence>();
    std::unique_ptr<AnalysedSentence> one = std::move(spares.back());
    spares.pop_back();
    return one;
}

} // namespace chronoline::events
