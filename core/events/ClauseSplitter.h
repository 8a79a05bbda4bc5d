#pragma once

#include "events/AnalysedSentence.h"

namespace chronoline::events {

// Splits a tagged sentence into clauses by their openers: relative words,
// subordinators, the complement of a reporting verb ("said [that] ..."), a
// participle after a comma, a coordinated clause with its own subject, a
// semicolon or dash. A relative or adverbial clause between commas gives way
// to the clause it interrupts when a verb follows the closing comma.
class ClauseSplitter {
public:
    void split(AnalysedSentence &sentence) const;
};

} // namespace chronoline::events
