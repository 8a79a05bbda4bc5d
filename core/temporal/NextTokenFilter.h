#pragma once

#include "temporal/CategorySet.h"
#include "temporal/Rule.h"
#include "temporal/ScannedText.h"

#include <algorithm>
#include <vector>

namespace chronoline {

// What the token after a one-token first match must have for any of a list of rules to go
// on: the union of their first lookaheads (Rule::ahead[0]). When it is complete (every rule
// in the list has a lookahead), a next token it does not admit rules out the whole list at
// once, without reading any rule: most tokens start no match, and each rule read is a cache
// line of its own.
struct NextTokenFilter {
    bool complete = true;
    CategorySet categories;
    std::vector<int> keys;

    void add(const Rule::Lookahead &ahead)
    {
        if (!ahead.active) {
            complete = false;
            return;
        }
        categories |= ahead.categories;
        if (ahead.key >= 0 && std::find(keys.begin(), keys.end(), ahead.key) == keys.end())
            keys.push_back(ahead.key);
    }
    // Never false for a token that some rule's lookahead fits (the matcher's `fits`): that
    // takes the same categories or key, and no line break before.
    bool admits(const ScanToken *next) const
    {
        if (!complete)
            return true;
        return next && !next->lineBreakBefore
            && (next->categories->intersects(categories) || std::find(keys.begin(), keys.end(), next->key) != keys.end());
    }
};

} // namespace chronoline
