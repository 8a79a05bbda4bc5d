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

// One token. Kept small (40 bytes): the scanner makes one for every word and mark, and
// writing them is a good part of its time.
struct ScanToken {
    int start = 0;             // offsets in the scanned text (a TextChunker piece, far below 2^31)
    int end = 0;
    int key = -1;              // lexicon key of the lower-cased token, or -1
    quint32 hash = 0;          // Lexicon::hashOf the lower-cased token (up to maxKeyLength)
    // Its readings: [readingBase + readingsBegin, + readingCount). A word with no readings but
    // the lexicon's own shares the language data's array; any other keeps its readings in
    // ScannedText::readings.
    const TokenReading *readingBase = nullptr;
    // Every category among its readings, for quick rule filtering: the language data's set
    // for a word with just the lexicon's readings, ScannedText::categorySets for one with
    // readings of its own.
    const CategorySet *categories = &noCategories;
    int readingsBegin = 0;
    quint16 readingCount = 0;
    bool spaceBefore : 1 = true;
    bool lineBreakBefore : 1 = false;
    bool paragraphBreakBefore : 1 = false;
    bool sentenceEnd : 1 = false;  // . ! ? that ends a sentence
    bool capitalized : 1 = false;
    bool numeric : 1 = false;
    bool hasDigit : 1 = false;     // a word with digits in it ("XR12")
    bool phraseStart : 1 = false;  // some reading covers more than this token
    bool sharedReadings : 1 = false;   // just the lexicon's readings (LanguageData::keyReadings)
    bool name : 1 = false;         // a capitalised word the lexicon does not know (category NAME,
                                   // kept as a flag: it is a third of all readings otherwise)
};
static_assert(sizeof(ScanToken) <= 40);

// The tagger's view of a text: tokens and their readings, as flat arrays.
struct ScannedText {
    std::vector<ScanToken> tokens;
    std::vector<TokenReading> readings;
    std::deque<QString> strings;   // owns texts of shape readings (decimals); stable addresses
    std::vector<CategorySet> categorySets;   // of tokens with readings of their own
    // The tokens that may have a lexicon key or some reading, in text order: the only ones a
    // rule can start at. (Most tokens are plain words the language data does not know.)
    std::vector<int> known;

    const TokenReading *begin(const ScanToken &t) const { return t.readingBase + t.readingsBegin; }
    const TokenReading *end(const ScanToken &t) const { return begin(t) + t.readingCount; }
};

} // namespace chronoline
