#pragma once

#include "events/LexiconEntry.h"
#include "events/WordTable.h"

#include <QStringView>

#include <cstring>
#include <string>
#include <vector>

namespace chronoline::events {

// The event lexicon's words laid out for the one lookup every word of every
// analysed sentence makes. Each slot of the open-addressed array holds the
// key's first eight UTF-16 units, its length and the facts the word scanner
// copies, so a hit on a word of up to eight units (nearly every word) reads one
// slot, half a cache line, where a WordTable lookup reads its index, the entry
// and the key pool. The hash is made from the same eight units, a few
// instructions instead of a multiplication per unit.
// Built once the lexicon is loaded. A hit names the word's entry by its place in
// the WordTable it was built from, which the table turns into an address
// without reading memory: a pointer kept here cost the hit a second cache line.
class LexiconIndex {
public:
    // What a hit gives: the facts a Word copies, and where the entry is.
    struct Hit {
        quint16 ptb;
        quint16 firstPtb;
        quint16 flags;
        quint8 phraseKinds;
        std::optional<WordTag> closed;
        int entry;             // WordTable::valueAt
    };

    // The first units of a word, zero after its end, as two 64-bit halves.
    struct Head {
        quint64 low = 0;
        quint64 high = 0;
        bool operator==(const Head &) const = default;
    };
    static constexpr qsizetype headUnits = 8;

    void build(const WordTable<LexiconEntry> &words);

    // `word`, wherever it lies.
    bool find(QStringView word, Hit *hit) const { return find(word, copiedHead(word), hit); }
    // `word`, whose storage goes on for at least headUnits units past its
    // start (the scanner pads its lower-case buffer so that every word does):
    // its head is then read with two loads instead of copied.
    bool findPadded(QStringView word, Hit *hit) const
    {
        return find(word, paddedHead(word), hit);
    }

private:
    struct alignas(32) Slot {
        Head head;
        qint32 entry = -1;     // WordTable::valueAt; -1: empty
        quint16 length = 0;    // in units (keys are far shorter than 65535)
        quint16 ptb = 0;
        quint16 firstPtb = 0;
        quint16 flags = 0;
        quint8 phraseKinds = 0;
        std::optional<WordTag> closed;
    };
    static_assert(sizeof(Slot) == 32, "two slots to a cache line");

    static quint64 load(const char16_t *units)
    {
        quint64 v;
        std::memcpy(&v, units, sizeof v);
        return v;
    }
    // The low `units` units of v (of four), the rest zero.
    static quint64 keepUnits(quint64 v, qsizetype units)
    {
        return units >= 4 ? v : units <= 0 ? 0 : v & ((quint64(1) << (16 * units)) - 1);
    }
    static Head paddedHead(QStringView word)
    {
        const char16_t *p = word.utf16();
        return {keepUnits(load(p), word.size()), keepUnits(load(p + 4), word.size() - 4)};
    }
    static Head copiedHead(QStringView word);
    // Multiplications by odd constants mix each half; the top bits of the
    // product, which depend on every bit of its operand, pick the slot. Long
    // words add their last eight units, which the head does not see
    // ("investigation", "investigating").
    static quint64 hash(const Head &head, QStringView word)
    {
        quint64 x = head.low ^ (head.high * 0x9E3779B97F4A7C15ull) ^ quint64(word.size());
        if (word.size() > headUnits) {
            const char16_t *end = word.utf16() + word.size();
            x ^= (load(end - 8) * 0xC2B2AE3D27D4EB4Full) ^ (load(end - 4) * 0x165667B19E3779F9ull);
        }
        return x * 0xD6E8FEB86659FD93ull;
    }

    bool find(QStringView word, const Head &head, Hit *hit) const
    {
        if (m_slots.empty() || word.size() > 0xFFFF)
            return false;
        const size_t mask = m_slots.size() - 1;
        for (size_t i = size_t(hash(head, word) >> m_shift);; i = (i + 1) & mask) {
            const Slot &slot = m_slots[i];
            if (slot.entry < 0)
                return false;
            if (slot.head == head && slot.length == size_t(word.size())
                && (word.size() <= headUnits || sameTail(slot, word))) {
                *hit = {slot.ptb, slot.firstPtb, slot.flags, slot.phraseKinds, slot.closed, slot.entry};
                return true;
            }
        }
    }
    bool sameTail(const Slot &slot, QStringView word) const;
    void place(QStringView key, const LexiconEntry &value, int entry);

    std::vector<Slot> m_slots;
    // Every key, entry by entry, read only for keys longer than the head.
    std::vector<size_t> m_keyStart;
    std::u16string m_keys;
    int m_shift = 64;          // the hash's top bits pick the first slot
};

} // namespace chronoline::events
