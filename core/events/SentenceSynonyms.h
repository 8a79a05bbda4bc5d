#pragma once

#include "events/AnalysedSentence.h"
#include "events/EventLexicon.h"
#include "events/SentenceCache.h"
#include "events/WordScanner.h"

#include <vector>

namespace chronoline::events {

// Which synonym classes (events_synonyms.txt) the words of each sentence
// belong to, worked out once per sentence from its words alone (no tagging, no
// clauses): the mention linker asks this of the same few sentences for every
// event near them. It only reads the SentenceCache, so two threads may each
// have one over the same cache.
class SentenceSynonyms {
public:
    SentenceSynonyms(const SentenceCache &cache, const EventLexicon &lexicon);

    // Whether a word of sentence i belongs to synonym class `synonymClass`.
    bool holds(int i, int synonymClass);

private:
    const SentenceCache &m_cache;
    WordScanner m_scanner;
    AnalysedSentence m_wordsOnly;   // scratch for a sentence scanned, not analysed
    // Sentence i's classes, once asked for: m_pool[m_from[i]] is how many, the
    // classes follow. -1: not asked yet. One pool, not a vector per sentence:
    // a long text has a hundred thousand sentences.
    std::vector<int> m_from;
    std::vector<int> m_pool;
};

} // namespace chronoline::events
