#pragma once

#include <QStringView>

#include <string>
#include <string_view>
#include <unordered_map>

namespace chronoline::events {

// A hash map from lower-case words to T that is looked up with a QStringView,
// so the per-word lookups of the extractor allocate nothing.
template <typename T>
class WordTable {
public:
    T &operator[](QStringView key) { return m_map[std::u16string(view(key))]; }

    const T *find(QStringView key) const
    {
        const auto it = m_map.find(view(key));
        return it == m_map.end() ? nullptr : &it->second;
    }
    bool contains(QStringView key) const { return find(key) != nullptr; }

private:
    static std::u16string_view view(QStringView s) { return {s.utf16(), size_t(s.size())}; }
    struct Hash {
        using is_transparent = void;
        size_t operator()(std::u16string_view s) const { return std::hash<std::u16string_view>()(s); }
    };
    std::unordered_map<std::u16string, T, Hash, std::equal_to<>> m_map;
};

} // namespace chronoline::events
