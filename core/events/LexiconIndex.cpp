#include "events/LexiconIndex.h"
#include "events/Literal.h"

#include <algorithm>

namespace chronoline::events {

LexiconIndex::Head LexiconIndex::copiedHead(QStringView word)
{
    // Copied into zeros: the units after the word's end may not be there to read.
    char16_t units[headUnits] = {};
    std::copy_n(word.utf16(), std::min(word.size(), headUnits), units);
    return {load(units), load(units + 4)};
}

bool LexiconIndex::sameTail(const Slot &slot, QStringView word) const
{
    const char16_t *key = m_keys.data() + m_keyStart[size_t(slot.entry)];
    return sameUnits(key + headUnits, word.utf16() + headUnits, size_t(word.size() - headUnits));
}

void LexiconIndex::build(const WordTable<LexiconEntry> &words)
{
    const size_t count = words.size();
    // At most half full: a probe seldom goes past its first slot's cache line.
    size_t size = 64;
    m_shift = 58;
    while (size < 2 * count) {
        size *= 2;
        --m_shift;
    }
    m_slots.assign(size, Slot());
    m_keyStart.clear();
    m_keys.clear();
    int entry = 0;
    words.forEach([&](QStringView key, const LexiconEntry &value) { place(key, value, entry++); });
}

void LexiconIndex::place(QStringView key, const LexiconEntry &value, int entry)
{
    const Head head = copiedHead(key);
    const size_t mask = m_slots.size() - 1;
    size_t i = size_t(hash(head, key) >> m_shift);
    while (m_slots[i].entry >= 0)
        i = (i + 1) & mask;
    Slot &slot = m_slots[i];
    slot.head = head;
    slot.entry = entry;
    slot.length = quint16(key.size());
    slot.ptb = value.ptb;
    slot.firstPtb = value.firstPtb;
    slot.flags = value.flags;
    slot.phraseKinds = value.phraseKinds;
    slot.closed = value.closed;
    m_keyStart.push_back(m_keys.size());
    m_keys.append(key.utf16(), size_t(key.size()));
}

} // namespace chronoline::events
