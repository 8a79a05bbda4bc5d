#pragma once

#include <cstddef>
#include <cstdint>

namespace chronoline {

// A set of up to 256 reading categories as four machine words. The matcher asks "does the next
// token have any category this rule wants?" millions of times; std::bitset answers through a
// temporary and a loop, this with four ANDs.
class CategorySet {
public:
    static constexpr std::size_t capacity = 256;

    void set(std::size_t category) { m_words[category >> 6] |= std::uint64_t(1) << (category & 63); }
    bool test(std::size_t category) const { return (m_words[category >> 6] >> (category & 63)) & 1; }
    bool intersects(const CategorySet &o) const
    {
        return ((m_words[0] & o.m_words[0]) | (m_words[1] & o.m_words[1]) | (m_words[2] & o.m_words[2])
                | (m_words[3] & o.m_words[3]))
            != 0;
    }
    CategorySet &operator|=(const CategorySet &o)
    {
        for (int i = 0; i < 4; ++i)
            m_words[i] |= o.m_words[i];
        return *this;
    }

private:
    std::uint64_t m_words[4] = {0, 0, 0, 0};
};

// The set a token with no readings points at.
inline constexpr CategorySet noCategories{};

} // namespace chronoline
