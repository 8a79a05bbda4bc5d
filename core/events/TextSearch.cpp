#include "events/TextSearch.h"
#include "events/Literal.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace chronoline::events {

qsizetype findText(QStringView text, QStringView needle, qsizetype from)
{
    const qsizetype n = needle.size();
    if (n == 0 || from < 0)
        return text.indexOf(needle, from);
    const qsizetype last = text.size() - n;   // the last place a match can start
    if (from > last)
        return -1;
    const char16_t *t = text.utf16();
    const char16_t *m = needle.utf16();
    const char16_t first = m[0];
    const char16_t final = m[n - 1];
    qsizetype p = from;
#if defined(__SSE2__)
    // Eight places at a time: where the needle's first unit and its last unit
    // (n - 1 further on) both match, which two words of text rarely do by
    // chance, so the full comparison runs at few places. One unit alone (the
    // needle's rarest letter, as before) still matched every "p" and "s" of a
    // window for a lower-case phrase.
    const __m128i firsts = _mm_set1_epi16(qint16(first));
    const __m128i finals = _mm_set1_epi16(qint16(final));
    const auto candidates = [&](qsizetype at) {
        const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i *>(t + at));
        const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i *>(t + at + n - 1));
        return _mm_and_si128(_mm_cmpeq_epi16(a, firsts), _mm_cmpeq_epi16(b, finals));
    };
    while (p + 7 <= last) {
        // Sixteen places per test while nothing matches, which is nearly everywhere.
        if (p + 15 <= last && _mm_movemask_epi8(_mm_or_si128(candidates(p), candidates(p + 8))) == 0) {
            p += 16;
            continue;
        }
        unsigned mask = unsigned(_mm_movemask_epi8(candidates(p)));
        while (mask) {
            const int k = __builtin_ctz(mask) / 2;   // two mask bits per unit
            if (sameUnits(t + p + k, m, size_t(n)))
                return p + k;
            mask &= ~(3u << (2 * k));
        }
        p += 8;
    }
#endif
    for (; p <= last; ++p) {
        if (t[p] == first && t[p + n - 1] == final && sameUnits(t + p, m, size_t(n)))
            return p;
    }
    return -1;
}

} // namespace chronoline::events
