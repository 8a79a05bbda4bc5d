#pragma once

#include <QStringView>

#include <string>

namespace chronoline::events {

// Whether s is the literal word: the length is compared first and nothing is
// called, unlike QStringView's operator== with a literal, which measures the
// literal and calls out of line on every comparison in the per-word loops.
template <size_t N>
inline bool is(QStringView s, const char16_t (&literal)[N])
{
    return s.size() == qsizetype(N - 1)
        && std::char_traits<char16_t>::compare(s.utf16(), literal, N - 1) == 0;
}

// Whether s ends with the literal, for the same reason: QStringView::endsWith
// calls out of line, and the part-of-speech rules ask it of most words.
template <size_t N>
inline bool endsWith(QStringView s, const char16_t (&literal)[N])
{
    return s.size() >= qsizetype(N - 1)
        && std::char_traits<char16_t>::compare(s.utf16() + s.size() - qsizetype(N - 1), literal, N - 1) == 0;
}

} // namespace chronoline::events
