#pragma once

#include <QStringView>

#include <cstring>

namespace chronoline::events {

// Whether n UTF-16 units at a and b are the same, four at a time: only
// equality is asked, where char_traits::compare orders every unit both ways.
inline bool sameUnits(const char16_t *a, const char16_t *b, size_t n)
{
    for (; n >= 4; n -= 4, a += 4, b += 4) {
        quint64 x, y;
        std::memcpy(&x, a, sizeof x);
        std::memcpy(&y, b, sizeof y);
        if (x != y)
            return false;
    }
    for (; n > 0; --n) {
        if (*a++ != *b++)
            return false;
    }
    return true;
}

// Whether a and b hold the same units, sizes first and then the units
// inline: QStringView's == calls out of line, and the word lists below and in
// the title code are asked of most words.
inline bool same(QStringView a, QStringView b)
{
    return a.size() == b.size() && sameUnits(a.utf16(), b.utf16(), size_t(a.size()));
}

// Whether w is one of the words in the list.
template <size_t N>
inline bool isOneOf(QStringView w, const QStringView (&words)[N])
{
    for (QStringView d : words) {
        if (same(w, d))
            return true;
    }
    return false;
}

// Whether s is the literal word: the length is compared first and nothing is
// called, unlike QStringView's operator== with a literal, which measures the
// literal and calls out of line on every comparison in the per-word loops.
template <size_t N>
inline bool is(QStringView s, const char16_t (&literal)[N])
{
    return s.size() == qsizetype(N - 1)
        && sameUnits(s.utf16(), literal, N - 1);
}

// Whether s ends with the literal, for the same reason: QStringView::endsWith
// calls out of line, and the part-of-speech rules ask it of most words.
template <size_t N>
inline bool endsWith(QStringView s, const char16_t (&literal)[N])
{
    return s.size() >= qsizetype(N - 1)
        && sameUnits(s.utf16() + s.size() - qsizetype(N - 1), literal, N - 1);
}

} // namespace chronoline::events
