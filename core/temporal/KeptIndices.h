#pragma once

#include <cstddef>
#include <vector>

namespace chronoline {

// Token indices gathered without a branch on whether each is kept: `add` always writes the
// slot and moves on only for a kept one, so the scanner's hot loop never branches on a coin
// toss such as "is this word known". The storage is a buffer the caller keeps (and reuses)
// with room for every token; this is a local view of it, so the compiler keeps the count in
// a register.
struct KeptIndices {
    // Sizes `buffer` for `capacity` indices at least and gathers into it from the start.
    static KeptIndices into(std::vector<int> &buffer, std::size_t capacity)
    {
        if (buffer.size() < capacity)
            buffer.resize(capacity);
        return {buffer.data(), 0};
    }

    void add(int index, bool keep)
    {
        data[count] = index;
        count += keep ? 1 : 0;
    }
    const int *begin() const { return data; }
    const int *end() const { return data + count; }

    int *data;
    std::size_t count;
};

} // namespace chronoline
