#include "text/Tokenizer.h"

#include "text/Characters.h"

namespace chronoline {

namespace {

inline bool isDigitAt(QStringView text, qsizetype pos)
{
    return pos < text.size() && QChar::isDigit(chars::codePointAt(text, pos));
}

// Continues a word: letters, digits and marks (accents written as combining
// characters, variation selectors).
inline bool continuesWord(char32_t c)
{
    if (c < 0x80)   // most of every text; spares the Unicode table lookup of isMark()
        return (c >= u'0' && c <= u'9') || ((c | 0x20) >= u'a' && (c | 0x20) <= u'z');
    return QChar::isLetterOrNumber(c) || QChar::isMark(c);
}

// Joins the characters around it into one token: zero-width joiner and
// non-joiner (Indic scripts, emoji sequences) and the soft hyphen.
inline bool isJoiner(char32_t c)
{
    return c == 0x200D || c == 0x200C || c == 0x00AD;
}

inline bool isRegionalIndicator(char32_t c)
{
    return c >= 0x1F1E6 && c <= 0x1F1FF;
}

// Modifies the symbol before it: skin tones and the tag characters of
// subdivision flags.
inline bool isEmojiModifier(char32_t c)
{
    return (c >= 0x1F3FB && c <= 0x1F3FF) || (c >= 0xE0020 && c <= 0xE007F);
}

} // namespace

Tokenizer::Tokenizer(Abbreviations abbreviations)
    : m_abbreviations(std::move(abbreviations))
{
}

std::vector<Token> Tokenizer::tokenize(QStringView text) const
{
    std::vector<Token> tokens;
    tokens.reserve(size_t(text.size() / 5));   // news English: about one token per five characters
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        if (chars::isSpace(text[i].unicode())) {
            ++i;
            continue;
        }
        const char32_t c = chars::codePointAt(text, i);
        Token token{i, i, TokenKind::Word};
        if (QChar::isDigit(c)) {
            // "1990s", "5th", "3M": digits running into letters make a word;
            // otherwise a number, with its separators ("1,500", "3.5").
            const qsizetype asWord = wordEnd(text, i);
            if (asWord > digitsEnd(text, i)) {
                token.end = asWord;
            } else {
                token.end = numberEnd(text, i);
                token.kind = TokenKind::Number;
            }
        } else if (continuesWord(c)) {
            const qsizetype abbreviation = m_abbreviations.startingAt(text, i);
            token.end = abbreviation > 0 ? i + abbreviation : wordEnd(text, i);
        } else if (QChar::isPunct(c)) {
            token.kind = TokenKind::Punctuation;
            token.end = i + chars::unitsOf(c);
            while (c == u'.' && token.end < n && text[token.end] == u'.')
                ++token.end;
        } else {
            token.kind = TokenKind::Symbol;
            token.end = symbolEnd(text, i);
        }
        tokens.push_back(token);
        i = token.end;
    }
    return tokens;
}

qsizetype Tokenizer::wordEnd(QStringView text, qsizetype pos)
{
    const qsizetype n = text.size();
    qsizetype end = pos;
    while (end < n) {
        const char32_t c = chars::codePointAt(text, end);
        if (continuesWord(c)) {
            end += chars::unitsOf(c);
            continue;
        }
        // An apostrophe or joiner inside the word, between it and a letter.
        if (((c <= 0xFFFF && chars::isApostrophe(char16_t(c))) || isJoiner(c)) && end > pos && end + 1 < n
            && QChar::isLetter(chars::codePointAt(text, end + 1))) {
            ++end;
            continue;
        }
        break;
    }
    return end;
}

qsizetype Tokenizer::digitsEnd(QStringView text, qsizetype pos)
{
    qsizetype end = pos;
    while (isDigitAt(text, end))
        end += chars::unitsOf(chars::codePointAt(text, end));
    return end;
}

qsizetype Tokenizer::numberEnd(QStringView text, qsizetype pos)
{
    const qsizetype n = text.size();
    qsizetype end = digitsEnd(text, pos);
    while (end + 1 < n) {
        const char16_t separator = text[end].unicode();
        if (separator == u',') {
            // A thousands group is exactly three digits: "1,500" but "1,2,3" is a list.
            const qsizetype group = digitsEnd(text, end + 1);
            if (group - (end + 1) != 3)
                break;
            end = group;
        } else if ((separator == u'.' || separator == u':') && isDigitAt(text, end + 1)) {
            end = digitsEnd(text, end + 1);
        } else {
            break;
        }
    }
    return end;
}

qsizetype Tokenizer::symbolEnd(QStringView text, qsizetype pos)
{
    const qsizetype n = text.size();
    const char32_t first = chars::codePointAt(text, pos);
    qsizetype end = pos + chars::unitsOf(first);
    // Two regional indicators are one flag: U+1F1FA U+1F1E6 is the Ukrainian flag.
    if (isRegionalIndicator(first) && end < n && isRegionalIndicator(chars::codePointAt(text, end)))
        return end + 2;
    while (end < n) {
        const char32_t c = chars::codePointAt(text, end);
        if (QChar::isMark(c) || isEmojiModifier(c)) {   // variation selectors, keycaps, skin tones
            end += chars::unitsOf(c);
            continue;
        }
        // A zero-width joiner joins the next symbol into one emoji: family, "rainbow flag".
        if (c == 0x200D && end + 1 < n) {
            const char32_t joined = chars::codePointAt(text, end + 1);
            if (QChar::isSymbol(joined)) {
                end += 1 + chars::unitsOf(joined);
                continue;
            }
        }
        break;
    }
    return end;
}

} // namespace chronoline
