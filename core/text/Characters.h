#pragma once

#include <QChar>
#include <QStringView>

// Character classes shared by the paragraph, sentence and token splitters.
// Inline because they run once per character of every document; the ASCII
// cases are tested first since news text is mostly ASCII.
namespace chronoline::chars {

// The code point starting at `i`. A surrogate pair is decoded; a lone
// surrogate (broken input) is returned as itself so that it still counts as
// one unit of text rather than disappearing.
inline char32_t codePointAt(QStringView text, qsizetype i)
{
    const char16_t c = text[i].unicode();
    if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate())
        return QChar::surrogateToUcs4(c, text[i + 1].unicode());
    return c;
}

// How many UTF-16 units `codePoint` took in the text.
inline qsizetype unitsOf(char32_t codePoint)
{
    return QChar::requiresSurrogates(codePoint) ? 2 : 1;
}

// White space as the segmenter sees it: QChar::isSpace() plus the invisible
// separators that scraped text carries between words (zero-width space, the
// byte order mark) and that must never become a token or a sentence.
inline bool isSpace(char16_t c)
{
    if (c == u' ' || (c >= u'\t' && c <= u'\r'))
        return true;
    if (c < 0x80)
        return false;
    return c == 0x200B || c == 0xFEFF || QChar::isSpace(c);
}

// Ends a line. U+2029 and form feed end a paragraph outright (see isHardBreak).
inline bool isLineBreak(char16_t c)
{
    return c == u'\n' || c == u'\r' || c == u'\v' || c == u'\f' || c == 0x0085 || c == 0x2028
           || c == 0x2029;
}

// A break that always ends a paragraph, whatever the lines around it look like.
inline bool isHardBreak(char16_t c)
{
    return c == u'\f' || c == 0x2029;
}

// Full stop, exclamation mark, question mark: the only characters that end a
// sentence in running text. The ellipsis character deliberately is not one.
inline bool isTerminator(char16_t c)
{
    return c == u'.' || c == u'!' || c == u'?';
}

// Characters that close a quotation or a bracket and so stay with the sentence
// that ends just before them: `He said "no." Then` ends after the quote.
inline bool isCloser(char16_t c)
{
    switch (c) {
    case u'"': case u'\'': case u')': case u']': case u'}':
    case u'\u2019': case u'\u201D': case u'\u00BB': case u'\u203A':
        return true;
    default:
        return false;
    }
}

// Characters that open a quotation or a bracket at the start of a sentence.
inline bool isOpener(char16_t c)
{
    switch (c) {
    case u'"': case u'\'': case u'(': case u'[':
    case u'\u2018': case u'\u201C': case u'\u00AB': case u'\u2039':
        return true;
    default:
        return false;
    }
}

inline bool isApostrophe(char16_t c)
{
    return c == u'\'' || c == u'\u2019';
}

// A letter in the BMP. The abbreviation and sentence rules only look at
// BMP letters; a letter outside it is simply never part of an abbreviation.
inline bool isLetter(char16_t c)
{
    if (c < 0x80)
        return (c | 0x20) >= u'a' && (c | 0x20) <= u'z';
    return QChar::isLetter(char32_t(c));
}

} // namespace chronoline::chars
