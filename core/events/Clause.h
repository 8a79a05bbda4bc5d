#pragma once

namespace chronoline::events {

// A clause of a sentence. Its words are those whose Word::clause is its index;
// they need not be contiguous ("The Chinese president, who broke tradition, has
// long considered ..." has a relative clause inside the main one).
struct Clause {
    enum class Kind {
        Main,        // the sentence's own clause, or one coordinated with it
        Adverbial,   // opened by a subordinator: "While no call has occurred"
        Relative,    // opened by who/which/that/where/when after a noun
        Complement,  // what a reporting verb reports: "said [that] ..."
        Participle,  // ", killing dozens", ", hovering off ..."
        Frame,       // a trailing attribution: ", said Reuters"
    };
    Kind kind = Kind::Main;
    int first = 0;          // first and last word index (inclusive)
    int last = -1;
    int parent = -1;        // clause it depends on, or -1
    int opener = -1;        // the subordinator, relative word or "that", or -1
    int antecedent = -1;    // relative clauses: the noun before the relative word
};

} // namespace chronoline::events
