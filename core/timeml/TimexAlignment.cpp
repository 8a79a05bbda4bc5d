#include "timeml/TimexAlignment.h"

#include <QHash>

#include <algorithm>
#include <tuple>

namespace chronoline {

namespace {

qsizetype overlap(const Timex &a, const Timex &b)
{
    return std::min(a.end, b.end) - std::max(a.start, b.start);
}

} // namespace

TimexAlignment alignTimexes(const Timexes &gold, const Timexes &system)
{
    std::vector<bool> goldUsed(gold.size(), false);
    std::vector<bool> systemUsed(system.size(), false);
    TimexAlignment result;

    // Identical extents. A multi-hash because a careless system may emit the
    // same span twice; only one copy can match.
    QMultiHash<std::pair<qsizetype, qsizetype>, std::size_t> goldByExtent;
    for (std::size_t g = gold.size(); g-- > 0;)   // reversed: values() returns last-inserted first
        goldByExtent.insert({gold[g].start, gold[g].end}, g);
    for (std::size_t s = 0; s < system.size(); ++s) {
        const auto candidates = goldByExtent.values({system[s].start, system[s].end});
        for (std::size_t g : candidates) {
            if (!goldUsed[g]) {
                goldUsed[g] = systemUsed[s] = true;
                result.pairs.push_back({g, s, true});
                break;
            }
        }
    }

    // Overlapping extents among what is left.
    struct Candidate {
        qsizetype overlap;
        std::size_t gold;
        std::size_t system;
    };
    std::vector<Candidate> candidates;
    for (std::size_t g = 0; g < gold.size(); ++g) {
        if (goldUsed[g])
            continue;
        for (std::size_t s = 0; s < system.size(); ++s) {
            if (!systemUsed[s] && overlap(gold[g], system[s]) > 0)
                candidates.push_back({overlap(gold[g], system[s]), g, s});
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(), [&](const Candidate &a, const Candidate &b) {
        return std::make_tuple(-a.overlap, gold[a.gold].start, system[a.system].start)
               < std::make_tuple(-b.overlap, gold[b.gold].start, system[b.system].start);
    });
    for (const Candidate &c : candidates) {
        if (goldUsed[c.gold] || systemUsed[c.system])
            continue;
        goldUsed[c.gold] = systemUsed[c.system] = true;
        result.pairs.push_back({c.gold, c.system, false});
    }

    std::sort(result.pairs.begin(), result.pairs.end(), [&](const TimexPair &a, const TimexPair &b) {
        return std::make_tuple(gold[a.gold].start, a.gold) < std::make_tuple(gold[b.gold].start, b.gold);
    });
    for (std::size_t g = 0; g < gold.size(); ++g) {
        if (!goldUsed[g])
            result.missed.push_back(g);
    }
    for (std::size_t s = 0; s < system.size(); ++s) {
        if (!systemUsed[s])
            result.spurious.push_back(s);
    }
    return result;
}

} // namespace chronoline
