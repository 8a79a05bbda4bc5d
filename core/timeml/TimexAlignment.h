#pragma once

#include "temporal/Timex.h"

#include <vector>

namespace chronoline {

// One gold expression paired with one system expression whose extents overlap.
struct TimexPair {
    std::size_t gold = 0;     // index into the gold list
    std::size_t system = 0;   // index into the system list
    bool strict = false;      // identical offsets
    bool operator==(const TimexPair &) const = default;
};

struct TimexAlignment {
    std::vector<TimexPair> pairs;       // ordered by gold start
    std::vector<std::size_t> missed;    // gold indices with no partner
    std::vector<std::size_t> spurious;  // system indices with no partner
    bool operator==(const TimexAlignment &) const = default;
};

// Pairs gold and system expressions of one document, each at most once,
// the way TempEval-3 Task A counts them: first every identical extent (so
// the strict count is as high as it can be), then the remaining overlapping
// extents, largest overlap first, earlier text first on ties. Empty extents
// only ever match exactly.
TimexAlignment alignTimexes(const Timexes &gold, const Timexes &system);

} // namespace chronoline
