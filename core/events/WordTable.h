#pragma once

#include "events/Literal.h"

#include <QStringView>

#include <string>
#include <vector>

namespace chronoline::events {

// A map from lower-case words to T, looked up with a QStringView so that the
// per-word lookups of the extractor allocate nothing. Open addressing over one
// contiguous array: the lexicon is read once and then only looked up, tens of
// times per sentence, where a node-based map spends its time in cache misses.
// The index keeps part of each key's hash beside the slot, so a probe that
// cannot match touches no entry, and keys live in one pool of characters, so a
// match reads no separately allocated string.
// Values keep their address once loading is over (nothing is inserted later).
template <typename T>
class WordTable {
public:
    T &operator[](QStringView key)
    {
        const quint64 h = hash(key);
        if (const int slot = find(key, h); slot >= 0)
            return m_entries[size_t(slot)].value;
        if (2 * (m_entries.size() + 1) > m_index.size())
            grow();
        m_entries.push_back({h, m_keys.size(), size_t(key.size()), T()});
        m_keys.append(key.utf16(), size_t(key.size()));
        place(int(m_entries.size()) - 1);
        return m_entries.back().value;
    }

    const T *find(QStringView key) const
    {
        const int slot = find(key, hash(key));
        return slot < 0 ? nullptr : &m_entries[size_t(slot)].value;
    }
    bool contains(QStringView key) const { return find(key) != nullptr; }

    size_t size() const { return m_entries.size(); }
    // The value of the i-th key added.
    const T &valueAt(int i) const { return m_entries[size_t(i)].value; }
    // Calls f(key, value) for every key, in the order they were added.
    template <typename F>
    void forEach(F f) const
    {
        for (const Entry &e : m_entries)
            f(QStringView(m_keys.data() + e.keyStart, qsizetype(e.keyLength)), e.value);
    }

private:
    struct Entry {
        quint64 hash;
        size_t keyStart;    // in m_keys
        size_t keyLength;
        T value;
    };
    struct Slot {
        quint32 tag;        // the hash's high half
        int entry;          // -1: empty
    };

    // FNV-1a over UTF-16 units.
    static quint64 hash(QStringView s)
    {
        quint64 h = 1469598103934665603ull;
        for (QChar c : s) {
            h ^= c.unicode();
            h *= 1099511628211ull;
        }
        return h;
    }
    static quint32 tagOf(quint64 h) { return quint32(h >> 32); }

    int find(QStringView key, quint64 h) const
    {
        if (m_index.empty())
            return -1;
        const size_t mask = m_index.size() - 1;
        const quint32 tag = tagOf(h);
        for (size_t i = size_t(h) & mask;; i = (i + 1) & mask) {
            const Slot &slot = m_index[i];
            if (slot.entry < 0)
                return -1;
            if (slot.tag != tag)
                continue;
            const Entry &e = m_entries[size_t(slot.entry)];
            if (e.hash == h && e.keyLength == size_t(key.size())
                && sameUnits(m_keys.data() + e.keyStart, key.utf16(), e.keyLength))
                return slot.entry;
        }
    }

    void place(int entry)
    {
        const size_t mask = m_index.size() - 1;
        const quint64 h = m_entries[size_t(entry)].hash;
        size_t i = size_t(h) & mask;
        while (m_index[i].entry >= 0)
            i = (i + 1) & mask;
        m_index[i] = {tagOf(h), entry};
    }

    void grow()
    {
        m_index.assign(m_index.empty() ? 64 : 2 * m_index.size(), Slot{0, -1});
        for (int e = 0; e < int(m_entries.size()); ++e)
            place(e);
    }

    std::vector<Entry> m_entries;
    std::vector<Slot> m_index;
    std::u16string m_keys;
};

} // namespace chronoline::events
