#pragma once

#include "text/WordSet.h"

#include <QStringView>

namespace chronoline {

// Recognises words whose full stop belongs to the word rather than ending a
// sentence: the language's listed abbreviations ("U.S.", "Mr.", "Jan.",
// "a.m."; matched without regard to case) and initials, one or more single
// capital letters each followed by a full stop ("J. Smith", "J.R.R.", "D.C.").
//
// A candidate is a run of letters and full stops ending in a full stop and not
// preceded by a letter ("U.S.", "Mr."), or the part of such a run after a full
// stop inside it ("said.Mr." ends in "Mr."). The sentence splitter looks
// backwards from a full stop and the tokenizer forwards from a word start; both
// judge a candidate with isAbbreviation(), so that a token ending in a full stop
// agrees with the sentence splitter about that full stop.
class Abbreviations {
public:
    Abbreviations() = default;
    explicit Abbreviations(WordSet known);

    // Length of the abbreviation whose final full stop is text[dot], or 0.
    qsizetype endingAt(QStringView text, qsizetype dot) const;

    // Length of the longest abbreviation starting at text[start], or 0.
    qsizetype startingAt(QStringView text, qsizetype start) const;

    // Whether `candidate` (with its final full stop) is an abbreviation.
    bool isAbbreviation(QStringView candidate) const;

private:
    static bool isInitials(QStringView candidate);

    WordSet m_known;
    qsizetype m_longest = 0;   // the longest candidate worth looking at
};

} // namespace chronoline
