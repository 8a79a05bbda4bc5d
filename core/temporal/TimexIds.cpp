#include "temporal/TimexIds.h"

#include "temporal/ValueText.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <memory>
#include <mutex>
#include <vector>

namespace chronoline {

namespace {

constexpr qsizetype blockSize = 4096;
constexpr qsizetype maxBlocks = 1024;   // ids up to 4,194,304: about 100 MB of text

// The ids of one block: their characters, each id followed by '\0', and where each starts.
struct Block {
    std::vector<char16_t> chars;
    std::array<quint32, blockSize + 1> starts{};
};

// Published once built and never freed or changed after, so readers need no lock.
std::array<std::atomic<const Block *>, maxBlocks> blocks{};
std::mutex building;

const Block *build(qsizetype index)
{
    const std::lock_guard<std::mutex> lock(building);
    if (const Block *done = blocks[size_t(index)].load(std::memory_order_acquire))
        return done;   // another thread built it first
    auto block = std::make_unique<Block>();
    block->chars.reserve(size_t(blockSize) * 12);
    // The number in decimal, counted up digit by digit from the block's first id rather than
    // spelled anew for each.
    ValueText first;
    first.appendNumber(index * blockSize + 1);
    char16_t digits[24];
    qsizetype length = first.size();
    std::copy(first.view().utf16(), first.view().utf16() + length, digits);
    for (qsizetype i = 0; i < blockSize; ++i) {
        block->starts[size_t(i)] = quint32(block->chars.size());
        block->chars.push_back(u't');
        for (qsizetype k = 0; k < length; ++k)
            block->chars.push_back(digits[k]);
        block->chars.push_back(u'\0');
        qsizetype k = length - 1;
        while (k >= 0 && digits[k] == u'9')
            digits[k--] = u'0';
        if (k >= 0) {
            ++digits[k];
        } else {   // 99 -> 100
            std::copy_backward(digits, digits + length, digits + length + 1);
            digits[0] = u'1';
            ++length;
        }
    }
    block->starts[size_t(blockSize)] = quint32(block->chars.size());
    const Block *published = block.release();   // kept for the life of the process
    blocks[size_t(index)].store(published, std::memory_order_release);
    return published;
}

} // namespace

QString TimexIds::id(qsizetype n)
{
    const qsizetype index = (n - 1) / blockSize;
    if (n < 1 || index >= maxBlocks) {
        ValueText id;
        id.append(u't');
        id.appendNumber(n);
        return id.toString();
    }
    const Block *block = blocks[size_t(index)].load(std::memory_order_acquire);
    if (!block)
        block = build(index);
    const qsizetype i = (n - 1) % blockSize;
    const quint32 start = block->starts[size_t(i)];
    const quint32 length = block->starts[size_t(i) + 1] - start - 1;   // without its '\0'
    return QString::fromRawData(reinterpret_cast<const QChar *>(block->chars.data() + start), length);
}

} // namespace chronoline
