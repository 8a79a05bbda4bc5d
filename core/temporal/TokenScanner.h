#pragma once

#include "temporal/ScannedText.h"

#include <QStringView>

namespace chronoline {

class LanguageData;

// Stage 1 of the tagger: splits text into tokens and attaches every reading the language
// knows for each (lexicon words and phrases, number words joined into numbers, digit shapes).
// One pass, no allocation per ordinary word: most words are not in the lexicon at all and
// cost one hash lookup.
class TokenScanner {
public:
    explicit TokenScanner(const LanguageData &language);
    // Token offsets are ints: a text longer than that is read up to there (the tagger scans
    // TextChunker pieces of some tens of thousands of characters).
    void scan(QStringView text, ScannedText &out) const;

private:
    bool mayContinuePhrase(const ScannedText &out, size_t index) const;
    void addWordReadings(QStringView text, ScannedText &out, size_t index) const;
    void addShapeReadings(QStringView token, ScannedText &out, ScanToken &t) const;
    void addPhraseReadings(QStringView text, ScannedText &out) const;
    // The number that number words starting at token k spell ("ninety-six"), or 0.
    int numberWordsAt(QStringView text, const ScannedText &out, size_t k, int *span) const;

    const LanguageData &m_language;
    // category ids looked up once, not per token
    int m_number, m_ordinal, m_multiplier, m_ordSuffix, m_decadeSuffix, m_ampm, m_name;
};

} // namespace chronoline
