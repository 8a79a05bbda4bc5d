#pragma once

#include <QStringView>

#include <string>
#include <vector>

namespace chronoline::events {

// A map from lower-case words to T, looked up with a QStringView so that the
// per-word lookups of the extractor allocate nothing. Open addressing over one
// contiguous array: the lexicon is read once and then only looked up, tens of
// times per sentence, where a node-based map spends its time in cache misses.
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
        m_entries.push_back({h, std::u16string(key.utf16(), size_t(key.size())), T()});
        place(int(m_entries.size()) - 1);
        return m_entries.back().value;
    }

    const T *find(QStringView key) const
    {
        const int slot = find(key, hash(key));
        return slot < 0 ? nullptr : &m_entries[size_t(slot)].value;
    }
    bool contains(QStringView key) const { return find(key) != nullptr; }

private:
    struct Entry {
        quint64 hash;
        std::u16string key;
        T value;
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

    int find(QStringView key, quint64 h) const
    {
        if (m_index.empty())
            return -1;
        const size_t mask = m_index.size() - 1;
        for (size_t i = size_t(h) & mask;; i = (i + 1) & mask) {
            const int slot = m_index[i];
            if (slot < 0)
                return -1;
            const Entry &e = m_entries[size_t(slot)];
            if (e.hash == h && e.key.size() == size_t(key.size())
                && std::char_traits<char16_t>::compare(e.key.data(), key.utf16(), e.key.size()) == 0)
                return slot;
        }
    }

    void place(int slot)
    {
        const size_t mask = m_index.size() - 1;
        size_t i = size_t(m_entries[size_t(slot)].hash) & mask;
        while (m_index[i] >= 0)
            i = (i + 1) & mask;
        m_index[i] = slot;
    }

    void grow()
    {
        m_index.assign(m_index.empty() ? 64 : 2 * m_index.size(), -1);
        for (int s = 0; s < int(m_entries.size()); ++s)
            place(s);
    }

    std::vector<Entry> m_entries;
    std::vector<int> m_index;   // -1: empty
};

} // namespace chronoline::events
