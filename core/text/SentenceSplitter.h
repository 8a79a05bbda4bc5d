#pragma once

#include "text/Abbreviations.h"
#include "text/TextSpans.h"
#include "text/WordSet.h"

#include <QStringView>

#include <vector>

namespace chronoline {

// Splits one paragraph into sentences.
//
// A sentence ends at `.`, `!` or `?` (and any closing quotes or brackets right
// after them) when white space and a sentence start follow: a letter that is
// not lower case, a digit, or an opening quote or bracket. Not after
//  - an ellipsis ("Well... The", "Well. . . The"), or a decimal point (no space);
//  - an abbreviation or initials ("Mr. Smith", "Jan. 5", "J. Smith"), unless
//    the next word is one that usually starts a sentence ("in the U.S. The").
// It also ends where a scraper glued two sentences together: a full stop right
// before a capitalised word, after a word of some length in lower or mixed case
// that is no abbreviation ("Zelensky.Photo by ..."). The paragraph end always
// ends a sentence, which is what makes a heading or caption one of its own.
//
// A sentence longer than kMaxSentenceLength (text with no sentence punctuation,
// a 50 MB line) is cut at white space into pieces of at most that length, after
// a comma, colon or semicolon where one is near the limit: the event
// extractor's work and output (each event quotes its sentence) grow with the
// length of a sentence, and must stay bounded whatever the text. A run of more
// than that length without white space stays whole, since a sentence boundary
// may not cut a token.
class SentenceSplitter {
public:
    SentenceSplitter(Abbreviations abbreviations, WordSet sentenceStarters);

    // Appends the sentences of `paragraph` (number `index`) to `out`.
    void split(QStringView text, const Paragraph &paragraph, int index,
               std::vector<Sentence> &out) const;

    // Shorter words are left alone before a glued full stop: "it.The" is too
    // likely a file name, a domain or an abbreviation we do not know.
    static constexpr qsizetype kShortestGluedWord = 4;
    // Ten times a long sentence of news prose.
    static constexpr qsizetype kMaxSentenceLength = 2000;

private:
    static void append(QStringView text, qsizetype start, qsizetype end, int index,
                       std::vector<Sentence> &out);
    static qsizetype hardBreak(QStringView text, qsizetype start, qsizetype end);
    bool endsAt(QStringView text, const Paragraph &paragraph, qsizetype stop, qsizetype stopEnd,
                qsizetype after) const;
    bool isGluedBoundary(QStringView text, const Paragraph &paragraph, qsizetype dot) const;
    bool isStarterAt(QStringView text, qsizetype pos, qsizetype end) const;
    static bool startsSentence(QStringView text, qsizetype pos, qsizetype end);
    static bool isEllipsis(QStringView text, qsizetype stop, qsizetype stopEnd);

    Abbreviations m_abbreviations;
    WordSet m_starters;
};

} // namespace chronoline
