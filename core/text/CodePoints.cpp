#include "text/CodePoints.h"

#include <QChar>

#include <algorithm>

namespace chronoline {

CodePointMap::CodePointMap(QStringView text)
    : m_utf16Length(text.size())
{
    // Lone surrogates (possible in a QString built from broken input) count as
    // one code point each, the way QString::toUcs4 treats them as U+FFFD.
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i].isHighSurrogate() && text[i + 1].isLowSurrogate()) {
            m_lowSurrogates.push_back(i + 1);
            ++i;
        }
    }
}

qsizetype CodePointMap::toCodePoints(qsizetype utf16) const
{
    utf16 = std::clamp<qsizetype>(utf16, 0, m_utf16Length);
    // Every low surrogate at a position <= utf16 belongs to a pair whose code
    // point started before (or, for an offset inside the pair, at) utf16.
    const auto passed = std::upper_bound(m_lowSurrogates.begin(), m_lowSurrogates.end(), utf16)
                        - m_lowSurrogates.begin();
    return utf16 - passed;
}

qsizetype CodePointMap::toUtf16(qsizetype codePoint) const
{
    codePoint = std::clamp<qsizetype>(codePoint, 0, codePointLength());
    // Pair k (0-based) has its low surrogate at m_lowSurrogates[k]; the code
    // point index of that pair is m_lowSurrogates[k] - 1 - k. Count the pairs
    // that start before `codePoint`, each adds one extra UTF-16 unit.
    qsizetype lo = 0;
    qsizetype hi = qsizetype(m_lowSurrogates.size());
    while (lo < hi) {
        const qsizetype mid = (lo + hi) / 2;
        const qsizetype pairCodePoint = m_lowSurrogates[mid] - 1 - mid;
        if (pairCodePoint < codePoint)
            lo = mid + 1;
        else
            hi = mid;
    }
    return codePoint + lo;
}

qsizetype CodePointMap::codePointLength() const
{
    return m_utf16Length - qsizetype(m_lowSurrogates.size());
}

} // namespace chronoline
