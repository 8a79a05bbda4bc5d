#pragma once

#include <vector>

namespace chronoline {

// The horizontal room one item needs in its lane: its mark and its label, in pixels.
struct LaneSpan {
    double x0 = 0;
    double x1 = 0;
    int priority = 0;   // higher is placed first (key events win the room)
};

struct LaneAssignment {
    std::vector<int> lanes;   // per span: its lane, or -1 when there was no room
    int laneCount = 0;        // lanes in use
    int overflow = 0;         // spans with no room
    bool operator==(const LaneAssignment &) const = default;
};

// Puts each span in the lowest lane where it keeps `gap` pixels from every
// other span in that lane, using at most `maxLanes` lanes. Spans of higher
// priority are placed first, all of them before any of lower priority, so
// when room runs out it is the least important items that wait for a zoom.
// Within one priority, spans are taken left to right, which for a single
// priority uses the fewest lanes possible (interval graph colouring).
//
// Cost is O(tiers * n * maxLanes) after sorting, which keeps a zoom step over
// 10,000 events within a frame.
LaneAssignment layoutLanes(const std::vector<LaneSpan> &spans, int maxLanes, double gap);

// The same, reusing `order` (the placing order of the previous call) between
// calls: zooming barely changes the order of spans, so re-sorting it by
// insertion costs little more than a pass. Any `order` of another size is
// rebuilt from scratch.
LaneAssignment layoutLanes(const std::vector<LaneSpan> &spans, int maxLanes, double gap,
                           std::vector<int> &order);

} // namespace chronoline
