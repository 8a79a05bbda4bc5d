#pragma once

#include <QString>

#include "temporal/CategorySet.h"
#include <deque>
#include <vector>

namespace chronoline {

// A reading attached to a token: from the lexicon (a word or a phrase starting here) or from
// the token's shape (digits: NUMBER, YEAR, DAYNUM, ...).
struct TokenReading {
    int category = -1;
    int span = 1;              // tokens covered
    int intValue = 0;
    bool isInt = false;
    bool latent = false;
    const QString *text = nullptr;   // the value as text; null for plain integers
};

struct ScanToken {
    int start = 0;             // offsets in the scanned text (a TextChunker piece, far below 2^31)
    int end = 0;
    int key = -1;              // lexicon key of the lower-cased token, or -1
    quint32 hash = 0;          // Lexicon::hashOf the lower-cased token (up to maxKeyLength)
    // Its readings: [readingBase + readingsBegin, readingBase + readingsEnd). A word with no
    // readings but the lexicon's own shares the language data's array; any other keeps its
    // readings in ScannedText::readings.
    const TokenReading *readingBase = nullptr;
    int readingsBegin = 0;
    int readingsEnd = 0;
    bool spaceBefore = true;
    bool lineBreakBefore = false;
    bool paragraphBreakBefore = false;
    bool sentenceEnd = false;  // . ! ? that ends a sentence
    bool capitalized = false;
    bool numeric = false;
    bool hasDigit = false;     // a word with digits in it ("XR12")
    bool phraseStart = false;  // some reading covers more than this token
    bool sharedReadings = false;   // just the lexicon's readings (LanguageData::keyReadings)
    bool name = false;         // a capitalised word the lexicon does not know (category NAME,
                               // kept as a flag: it is a third of all readings otherwise)
    CategorySet categories;   // every category among its readings, for quick rule filtering
};

// The tagger's view of a text: tokens and their readings, as flat arrays.
struct ScannedText {
    std::vector<ScanToken> tokens;
    std::vector<TokenReading> readings;
    std::deque<QString> strings;   // owns texts of shape readings (decimals); stable addresses
    // The tokens that may have a lexicon key or some reading, in text order: the only ones a
    // rule can start at. (Most tokens are plain words the language data does not know.)
    std::vector<int> known;

    const TokenReading *begin(const ScanToken &t) const { return t.readingBase + t.readingsBegin; }
    const TokenReading *end(const ScanToken &t) const { return t.readingBase + t.readingsEnd; }
};

} // namespace chronoline
