#pragma once

#include "temporal/Frame.h"
#include "temporal/Timex.h"

namespace chronoline {

// A possible expression: a token range and what a rule says it means. Refiners choose among
// candidates; the resolver turns the survivors' frames into values.
struct Candidate {
    int first = 0;            // first token of the extent
    int last = 0;             // last token of the extent (inclusive)
    int matchFirst = 0;       // the whole match, context included
    int matchLast = 0;
    TimexType type = TimexType::Date;
    Frame frame;
    int rule = -1;
    bool reject = false;
    bool latentOnly = false;  // every token matched only through latent readings
    int pairWith = -1;        // a range's other end (index into the candidate list)
    bool dropped = false;

    int length() const { return last - first + 1; }
};

} // namespace chronoline
