#pragma once

#include "text/Characters.h"

#include <QtGlobal>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

// Searches over UTF-16 units, eight at a time where SSE2 is there, for the
// splitters' hot loops: most of a text is neither a sentence terminator nor a
// line break, and testing each unit in turn was most of the segmenter's time.
// Each returns the first position in [from, end) that may hold what is looked
// for, or `end`; the caller still tests the unit there exactly.
namespace chronoline::units {

// The first '.', '!' or '?' (see chars::isTerminator).
inline qsizetype findTerminator(const char16_t *s, qsizetype from, qsizetype end)
{
    qsizetype i = from;
#if defined(__SSE2__)
    const __m128i dot = _mm_set1_epi16(u'.');
    const __m128i bang = _mm_set1_epi16(u'!');
    const __m128i question = _mm_set1_epi16(u'?');
    for (; i + 8 <= end; i += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s + i));
        const __m128i hit = _mm_or_si128(_mm_cmpeq_epi16(v, dot),
                                         _mm_or_si128(_mm_cmpeq_epi16(v, bang), _mm_cmpeq_epi16(v, question)));
        if (const unsigned mask = unsigned(_mm_movemask_epi8(hit)))
            return i + __builtin_ctz(mask) / 2;
    }
#endif
    while (i < end && !chars::isTerminator(s[i]))
        ++i;
    return i;
}

// The first unit that is a control character (below U+0020) or outside
// ASCII: every line break is one of them (see chars::isLineBreak).
inline qsizetype findControlOrNonAscii(const char16_t *s, qsizetype from, qsizetype end)
{
    qsizetype i = from;
#if defined(__SSE2__)
    // Units from 0x20 to 0x7F, less 0x20, are below 0x60: one unsigned
    // comparison, done as signed after flipping the sign bit.
    const __m128i space = _mm_set1_epi16(0x20);
    const __m128i signBit = _mm_set1_epi16(qint16(0x8000));
    const __m128i printableLimit = _mm_set1_epi16(qint16(0x8000 + 0x60));
    for (; i + 8 <= end; i += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s + i));
        const __m128i shifted = _mm_xor_si128(_mm_sub_epi16(v, space), signBit);
        const __m128i printable = _mm_cmplt_epi16(shifted, printableLimit);
        const unsigned mask = unsigned(_mm_movemask_epi8(printable)) ^ 0xFFFF;
        if (mask)
            return i + __builtin_ctz(mask) / 2;
    }
#endif
    while (i < end && s[i] >= 0x20 && s[i] < 0x80)
        ++i;
    return i;
}

} // namespace chronoline::units
