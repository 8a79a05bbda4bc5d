#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace chronoline {

// One reading of a word or phrase: "march" is MONTH 3 (latent), "last" is REL -1 and ORDINAL L.
struct Reading {
    int category = -1;
    QString value;
    int intValue = 0;        // value as an integer where it is one
    bool isInt = false;
    bool latent = false;     // counts only with support from a rule ("May 3"), never alone ("May I")
    bool tens = false;       // a tens number word that can take units after it ("twenty-two")
    bool capital = false;    // holds only for a capitalised word: "May", never the verb "may"
    int span = 1;            // tokens covered: phrases ("more than", "new year's day") cover several
};

// Lower-case surface forms to their readings, as an open-addressing hash table over UTF-16
// so that the tagger's hot loop never allocates. Phrases are stored whole ("more than"); the
// first word of each phrase is marked so that the scanner only tries phrases where one can start.
class Lexicon {
public:
    static constexpr int npos = -1;

    // Adds a surface form (lower case; words separated by single spaces) and returns its key id.
    int addKey(QStringView form);
    void addReading(int key, Reading reading);

    // Finds an exact lower-case form; `hash` must be hashOf(form).
    int find(QStringView form, quint32 hash) const;
    int find(QStringView form) const { return find(form, hashOf(form)); }
    // find() for the scanner's words: `key` must have eight readable characters (those past
    // `length` may be anything). For a word of up to eight characters no branch depends on
    // whether the word is there: which words are is a coin toss the processor mostly loses,
    // and find()'s probing and comparing loops cost a misprediction or two per word.
    int findWord(const char16_t *key, qsizetype length, quint32 hash) const;

    int size() const { return int(m_entries.size()); }   // keys are 0 .. size() - 1
    const std::vector<Reading> &readings(int key) const { return m_entries[size_t(key)].readings; }
    const QString &form(int key) const { return m_entries[size_t(key)].form; }
    bool startsPhrase(int key) const { return m_entries[size_t(key)].startsPhrase; }
    // Whether some phrase continues after this form ("more" -> "more than"), so the scanner
    // can stop extending a phrase as soon as no entry could still match.
    bool continuesPhrase(int key) const { return m_entries[size_t(key)].continues; }
    int longestPhraseWords() const { return m_longestPhrase; }

    // A polynomial hash, h = h * base + c over the characters, so that the hash of a phrase
    // follows from the hashes of its words (join): the scanner tries "the" + " " + "company"
    // without spelling it out, and spells it out only when a slot has that hash.
    static constexpr quint32 base = 16777619u;
    static quint32 step(quint32 h, char16_t c) { return h * base + c; }
    static quint32 hashOf(QStringView form)
    {
        quint32 h = 0;
        for (QChar c : form)
            h = step(h, c.unicode());
        return h;
    }
    // The hash of a + b from the hash of a and the hash and length of b.
    static quint32 join(quint32 a, quint32 b, qsizetype lengthOfB) { return a * power(lengthOfB) + b; }
    static quint32 power(qsizetype n);   // base^n
    // Whether some form may have this hash (never false for one that has).
    bool mayHave(quint32 hash) const;

private:
    struct Entry {
        QString form;
        quint32 hash = 0;
        std::vector<Reading> readings;
        bool startsPhrase = false;
        bool continues = false;
    };
    void grow();
    void place(int entry);
    void placeInBucket(int entry);
#if defined(__SSE2__)
    // Which of `bucket`'s four slots hold `hash`, one bit each (findWord and mayHave).
    unsigned bucketHits(size_t bucket, quint32 hash) const
    {
        const __m128i hashes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(m_bucketHashes.data() + bucket * bucketSlots));
        const __m128i wanted = _mm_set1_epi32(int(slotHash(hash)));
        return unsigned(_mm_movemask_ps(_mm_castsi128_ps(_mm_cmpeq_epi32(hashes, wanted))));
    }
#endif
    // Walks the slots `hash` may sit in until `accept(slot)` holds of one with that hash;
    // returns it, or npos at the first empty slot.
    template <typename Accept>
    qsizetype probe(quint32 hash, Accept accept) const;

    // The table keeps each slot's hash apart from its entry index, so that a miss (most
    // words) is decided in a small array of hashes that stays in the first-level cache.
    // A hash of 0 marks an empty slot (a form whose hash is 0 is stored as 1).
    static quint32 slotHash(quint32 hash) { return hash ? hash : 1u; }
    // A polynomial hash's low bits mix poorly: the slot comes from the high bits of a product.
    static size_t slotOf(quint32 hash, size_t mask) { return size_t((hash * 2654435769u) >> 12) & mask; }

    // Where a slot's form lies in m_pool, every form one after another, so that checking a
    // found word reads a few small arrays rather than an entry and its string on the heap.
    struct PooledForm {
        quint32 offset = 0;
        quint32 length = 0;
    };

    std::vector<Entry> m_entries;
    std::vector<quint32> m_slotHashes;   // size is a power of two
    std::vector<int> m_slotEntries;
    std::vector<PooledForm> m_slotForms;
    std::vector<char16_t> m_pool;
    int m_longestPhrase = 1;

    // findWord's index: the hashes in buckets of four, compared at once, and beside each its
    // form's first eight characters (zero-padded), compared at once too. A bucket with more
    // forms than it holds is incomplete, and a lookup there takes find().
    static constexpr size_t bucketSlots = 4;
    struct BucketWord {
        std::array<char16_t, 8> chars{};
        int entry = npos;
        quint32 length = 0xffffffffu;   // no word's: the record a lookup with no hash match reads
    };
    std::vector<quint32> m_bucketHashes;   // bucketSlots per bucket, 0 for an empty slot
    std::vector<BucketWord> m_bucketWords; // the same, plus the no-match record at the end
    std::vector<quint8> m_bucketComplete;
};

// Inline: the scanner asks once per token.
template <typename Accept>
inline qsizetype Lexicon::probe(quint32 hash, Accept accept) const
{
    if (m_slotHashes.empty())
        return npos;
    const quint32 wanted = slotHash(hash);
    const size_t mask = m_slotHashes.size() - 1;
    for (size_t i = slotOf(hash, mask);; i = (i + 1) & mask) {
        const quint32 h = m_slotHashes[i];
        if (h == 0)
            return npos;
        if (h == wanted && accept(i))
            return qsizetype(i);
    }
}

inline int Lexicon::find(QStringView form, quint32 hash) const
{
    // Equal hashes nearly always mean the same form: compare inline, without a call.
    const qsizetype slot = probe(hash, [&](size_t i) {
        const PooledForm candidate = m_slotForms[i];
        if (candidate.length != quint32(form.size()))
            return false;
        const char16_t *a = m_pool.data() + candidate.offset;
        const char16_t *b = form.utf16();
        qsizetype k = 0;
        while (k < form.size() && a[k] == b[k])
            ++k;
        return k == form.size();
    });
    return slot == npos ? npos : m_slotEntries[size_t(slot)];
}

inline int Lexicon::findWord(const char16_t *key, qsizetype length, quint32 hash) const
{
#if defined(__SSE2__)
    if (m_bucketComplete.empty())
        return npos;
    const size_t bucket = slotOf(hash, m_bucketComplete.size() - 1);
    const unsigned hit = bucketHits(bucket, hash);
    // Rare: a bucket that overflowed, a long word, two forms with one hash. (Bitwise, not
    // logical, operators: `hit != 0` alone must not decide a branch.)
    const bool rare = (m_bucketComplete[bucket] == 0) | ((hit != 0) & ((length > 8) | ((hit & (hit - 1)) != 0)));
    if (rare) [[unlikely]]
        return find(QStringView(key, length), hash);
    // The matching slot, or the no-match record when there is none: selected with a mask, as
    // a conditional here compiles to a branch as often as not.
    const size_t any = size_t(0) - size_t(hit != 0);
    const size_t slot = ((bucket * bucketSlots + size_t(__builtin_ctz(hit | 0x10u))) & any)
        | ((m_bucketWords.size() - 1) & ~any);
    const BucketWord &word = m_bucketWords[slot];
    const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i *>(key));
    const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i *>(word.chars.data()));
    const unsigned same = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi16(a, b)));
    const unsigned needed = (1u << (2 * std::min<qsizetype>(length, 8))) - 1;
    const bool equal = ((same & needed) == needed) & (word.length == quint32(length));
    const unsigned keep = 0u - unsigned(equal);   // (a mask again: no branch)
    return int((unsigned(word.entry) & keep) | (unsigned(npos) & ~keep));
#else
    return find(QStringView(key, length), hash);
#endif
}

inline bool Lexicon::mayHave(quint32 hash) const
{
#if defined(__SSE2__)
    // The buckets answer in one comparison where they hold every form of theirs.
    if (!m_bucketComplete.empty()) {
        const size_t bucket = slotOf(hash, m_bucketComplete.size() - 1);
        if (m_bucketComplete[bucket])
            return bucketHits(bucket, hash) != 0;
    }
#endif
    return probe(hash, [](size_t) { return true; }) != npos;
}

} // namespace chronoline
