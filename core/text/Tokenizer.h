#pragma once

#include "text/Abbreviations.h"
#include "text/TextSpans.h"

#include <QStringView>

#include <vector>

namespace chronoline {

// Splits text into tokens; every character that is not white space belongs to
// exactly one token.
//  - Words: letters, digits and combining marks, with apostrophes between
//    letters ("Xi's", "don't"); a hyphen is a token of its own ("five", "-",
//    "year") so that later stages can read either part. Abbreviations and
//    initials keep their full stops ("U.S.", "a.m.", "Mr.", "J.").
//  - Numbers: digits with thousands groups and decimal or time separators
//    ("1,500", "3.5", "3:40"). Digits run together with letters ("1990s",
//    "5th", "G20") make a word.
//  - Punctuation: one character each (Unicode category P*), except that a run
//    of full stops is one ellipsis token.
//  - Symbols: everything else, one user-perceived character each, so that an
//    emoji with a skin tone, a flag or a ZWJ sequence stays one token.
class Tokenizer {
public:
    explicit Tokenizer(Abbreviations abbreviations);

    std::vector<Token> tokenize(QStringView text) const;

private:
    static qsizetype wordEnd(QStringView text, qsizetype pos);
    static qsizetype digitsEnd(QStringView text, qsizetype pos);
    static qsizetype numberEnd(QStringView text, qsizetype pos);
    static qsizetype symbolEnd(QStringView text, qsizetype pos);

    Abbreviations m_abbreviations;
};

} // namespace chronoline
