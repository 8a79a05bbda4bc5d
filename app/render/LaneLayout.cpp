#include "LaneLayout.h"

#include <algorithm>
#include <numeric>

namespace chronoline {

namespace {
struct Occupied {
    double x0;
    double x1;
};
} // namespace

LaneAssignment layoutLanes(const std::vector<LaneSpan> &spans, int maxLanes, double gap)
{
    std::vector<int> order;
    return layoutLanes(spans, maxLanes, gap, order);
}

LaneAssignment layoutLanes(const std::vector<LaneSpan> &spans, int maxLanes, double gap,
                           std::vector<int> &order)
{
    LaneAssignment result;
    result.lanes.assign(spans.size(), -1);
    if (maxLanes <= 0 || spans.empty()) {
        result.overflow = int(spans.size());
        return result;
    }

    // Highest priority first; left to right within a priority.
    auto before = [&spans](int a, int b) {
        if (spans[a].priority != spans[b].priority)
            return spans[a].priority > spans[b].priority;
        return spans[a].x0 < spans[b].x0;
    };
    if (order.size() != spans.size()) {
        order.resize(spans.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), before);
    } else {
        // Nearly sorted already: insertion sort is linear plus the few moves.
        for (size_t i = 1; i < order.size(); ++i) {
            const int v = order[i];
            size_t j = i;
            for (; j > 0 && before(v, order[j - 1]); --j)
                order[j] = order[j - 1];
            order[j] = v;
        }
    }

    // Per lane, what earlier tiers occupy (sorted, disjoint), and what the
    // current tier has put there (only its right end matters, as the tier
    // goes left to right).
    const auto laneSlots = static_cast<size_t>(maxLanes);
    std::vector<std::vector<Occupied>> earlier(laneSlots);
    std::vector<std::vector<Occupied>> current(laneSlots);
    std::vector<size_t> cursor(laneSlots, 0);

    auto finishTier = [&] {
        for (size_t l = 0; l < earlier.size(); ++l) {
            if (current[l].empty())
                continue;
            std::vector<Occupied> merged;
            merged.reserve(earlier[l].size() + current[l].size());
            std::merge(earlier[l].begin(), earlier[l].end(), current[l].begin(), current[l].end(),
                       std::back_inserter(merged),
                       [](const Occupied &a, const Occupied &b) { return a.x0 < b.x0; });
            earlier[l] = std::move(merged);
            current[l].clear();
        }
        std::fill(cursor.begin(), cursor.end(), 0);
    };

    for (size_t k = 0; k < order.size(); ++k) {
        const int i = order[k];
        if (k > 0 && spans[order[k - 1]].priority != spans[i].priority)
            finishTier();
        const LaneSpan &s = spans[i];
        for (int l = 0; l < maxLanes; ++l) {
            auto &cur = current[size_t(l)];
            if (!cur.empty() && cur.back().x1 + gap > s.x0)
                continue;
            const auto &occ = earlier[size_t(l)];
            size_t &c = cursor[size_t(l)];
            while (c < occ.size() && occ[c].x1 + gap <= s.x0)
                ++c;
            if (c < occ.size() && occ[c].x0 < s.x1 + gap)
                continue;
            cur.push_back({s.x0, s.x1});
            result.lanes[size_t(i)] = l;
            result.laneCount = std::max(result.laneCount, l + 1);
            break;
        }
        if (result.lanes[size_t(i)] < 0)
            ++result.overflow;
    }
    return result;
}

} // namespace chronoline
