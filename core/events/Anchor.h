#pragma once

#include <vector>

namespace chronoline::events {

// Where a time expression attaches: the clause it modifies, or an event noun it
// dates directly ("the invasion last year", "the summit ... scheduled for
// September 9"). A range ("September 9 to September 10") is one anchor.
struct Anchor {
    int sentence = -1;
    int timex = -1;             // the expression that dates it (the most precise one)
    int endTimex = -1;          // the end of a range, or -1
    std::vector<int> others;    // further expressions dating the same thing
    int clause = -1;
    int noun = -1;              // word index of the event noun it dates, or -1
    int verb = -1;              // the verb right before it ("said Friday", "raise wages again
                                // last month"), which it dates rather than the clause's first verb
    bool window = false;        // a backward-looking duration ("in recent weeks")
};

} // namespace chronoline::events
