#include "text/Abbreviations.h"

#include "text/Characters.h"

#include <algorithm>

namespace chronoline {

namespace {

// Initials can be longer than any listed abbreviation ("J.R.R.", "U.S.S.R.").
constexpr qsizetype kLongestInitials = 16;

inline bool isWordPart(char16_t c)
{
    return chars::isLetter(c) || c == u'.';
}

} // namespace

Abbreviations::Abbreviations(WordSet known)
    : m_known(std::move(known))
    , m_longest(std::max(m_known.maxLength(), kLongestInitials))
{
}

qsizetype Abbreviations::endingAt(QStringView text, qsizetype dot) const
{
    if (dot <= 0 || dot >= text.size() || text[dot] != u'.')
        return 0;
    qsizetype start = dot;
    const qsizetype limit = std::max<qsizetype>(0, dot - m_longest);
    while (start > limit && isWordPart(text[start - 1].unicode()))
        --start;
    // A run cut off by the limit starts inside a long word: skip that word.
    bool skipFirst = start > 0 && isWordPart(text[start - 1].unicode());
    // Try the whole run, then each part after a full stop inside it, so that
    // "said.Mr." (text glued together by a scraper) still ends in "Mr.".
    // Leading full stops belong to an ellipsis before the word, never to it.
    for (qsizetype s = start; s < dot; ++s) {
        if (!skipFirst && text[s] != u'.' && isAbbreviation(text.sliced(s, dot + 1 - s)))
            return dot + 1 - s;
        skipFirst = false;
        while (s < dot && text[s] != u'.')
            ++s;
    }
    return 0;
}

qsizetype Abbreviations::startingAt(QStringView text, qsizetype start) const
{
    if (start < 0 || start >= text.size() || !chars::isLetter(text[start].unicode()))
        return 0;
    const qsizetype limit = std::min(text.size(), start + m_longest);
    qsizetype end = start;
    while (end < limit && isWordPart(text[end].unicode()))
        ++end;
    // Longest first, so that "U.S.A." wins over "U.S.", and both over "U.".
    for (qsizetype dot = end - 1; dot > start; --dot) {
        if (text[dot] == u'.' && isAbbreviation(text.sliced(start, dot + 1 - start)))
            return dot + 1 - start;
    }
    return 0;
}

bool Abbreviations::isAbbreviation(QStringView candidate) const
{
    return m_known.contains(candidate) || isInitials(candidate);
}

bool Abbreviations::isInitials(QStringView candidate)
{
    // Capital letter, full stop, repeated: "J.", "U.S.A.". Lower-case ones
    // ("a.m.", "e.g.") are ordinary words unless the list says otherwise.
    if (candidate.size() < 2 || candidate.size() % 2 != 0)
        return false;
    for (qsizetype i = 0; i < candidate.size(); i += 2) {
        if (!QChar::isUpper(char32_t(candidate[i].unicode())) || candidate[i + 1] != u'.')
            return false;
    }
    return true;
}

} // namespace chronoline
