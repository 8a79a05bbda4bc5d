#pragma once

namespace chronoline::events {

// The verb group of a clause and what it says about time and certainty.
struct Predicate {
    enum class Tense { None, Past, Present };
    int head = -1;            // the lexical verb, a lone copula, or an event noun (nominal)
    int first = -1;           // verb group: auxiliaries .. head (and a particle)
    int last = -1;
    Tense tense = Tense::None;
    bool nominal = false;     // no verb: the head is an event noun
    bool future = false;      // will, would, is set to, plans to, upcoming ...
    bool hedge = false;       // could, may, might
    bool negated = false;
    bool raised = false;      // the head follows a raising cue ("is set to meet")
    bool passive = false;
    bool progressive = false;
    bool perfect = false;
    bool reporting = false;   // the head is a reporting verb

    bool valid() const { return head >= 0; }
};

} // namespace chronoline::events
