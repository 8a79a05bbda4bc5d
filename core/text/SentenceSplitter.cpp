#include "text/SentenceSplitter.h"

#include "text/Characters.h"
#include "text/UnitSearch.h"

namespace chronoline {

SentenceSplitter::SentenceSplitter(Abbreviations abbreviations, WordSet sentenceStarters)
    : m_abbreviations(std::move(abbreviations))
    , m_starters(std::move(sentenceStarters))
{
}

void SentenceSplitter::split(QStringView text, const Paragraph &paragraph, int index,
                             std::vector<Sentence> &out) const
{
    const char16_t *s = text.utf16();
    const qsizetype end = paragraph.end;
    qsizetype start = paragraph.start;
    qsizetype i = paragraph.start;
    while (i < end) {
        // The hot loop: most characters are not a sentence terminator.
        i = units::findTerminator(s, i, end);
        if (i == end)
            break;
        qsizetype stopEnd = i;   // the run of terminators: "?!", "..."
        while (stopEnd < end && chars::isTerminator(s[stopEnd]))
            ++stopEnd;
        qsizetype after = stopEnd;   // and the closing quotes and brackets after it
        while (after < end && chars::isCloser(s[after]))
            ++after;
        // At the paragraph end the sentence ends anyway, below.
        if (after < end && endsAt(text, paragraph, i, stopEnd, after)) {
            append(text, start, after, index, out);
            start = after;
            while (start < end && chars::isSpace(s[start]))
                ++start;
        }
        i = after;
    }
    if (start < end)
        append(text, start, end, index, out);
}

void SentenceSplitter::append(QStringView text, qsizetype start, qsizetype end, int index,
                              std::vector<Sentence> &out)
{
    const char16_t *s = text.utf16();
    while (end - start > kMaxSentenceLength) {
        const qsizetype cut = hardBreak(text, start, end);
        if (cut >= end)
            break;
        qsizetype pieceEnd = cut;
        while (pieceEnd > start && chars::isSpace(s[pieceEnd - 1]))
            --pieceEnd;
        out.push_back(Sentence{start, pieceEnd, index});
        start = cut;
        while (start < end && chars::isSpace(s[start]))
            ++start;
    }
    out.push_back(Sentence{start, end, index});
}

// The white space at which to cut the over-long sentence [start, end): the last
// one after a clause mark in the second half of the allowed length, else the
// last one within it, else (a run without white space) the first one after it,
// else `end`. Each search looks at no more than the allowed length, or at the
// run it then cuts off, so cutting a whole paragraph stays linear.
qsizetype SentenceSplitter::hardBreak(QStringView text, qsizetype start, qsizetype end)
{
    const char16_t *s = text.utf16();
    const qsizetype limit = start + kMaxSentenceLength;   // < end, so s[limit] exists
    const qsizetype half = start + kMaxSentenceLength / 2;
    qsizetype lastSpace = -1;
    for (qsizetype p = limit; p > start; --p) {
        if (!chars::isSpace(s[p]))
            continue;
        if (lastSpace < 0)
            lastSpace = p;
        if (p <= half)
            break;
        const char16_t before = s[p - 1];
        if (before == u',' || before == u';' || before == u':')
            return p;
    }
    if (lastSpace >= 0)
        return lastSpace;
    for (qsizetype p = limit; p < end; ++p) {
        if (chars::isSpace(s[p]))
            return p;
    }
    return end;
}

bool SentenceSplitter::endsAt(QStringView text, const Paragraph &paragraph, qsizetype stop,
                              qsizetype stopEnd, qsizetype after) const
{
    const char16_t *s = text.utf16();
    if (!chars::isSpace(s[after])) {
        // Only a lone full stop can end a sentence without a space after it.
        return stopEnd == stop + 1 && after == stopEnd && s[stop] == u'.'
               && isGluedBoundary(text, paragraph, stop);
    }
    qsizetype next = after;
    while (next < paragraph.end && chars::isSpace(s[next]))
        ++next;
    if (!startsSentence(text, next, paragraph.end))
        return false;
    if (s[stopEnd - 1] != u'.')
        return true;   // "?" and "!" end the sentence before any capital
    if (isEllipsis(text, stop, stopEnd))
        return false;
    if (stopEnd == stop + 1 && m_abbreviations.endingAt(text, stop) > 0)
        return isStarterAt(text, next, paragraph.end);
    return true;
}

bool SentenceSplitter::isEllipsis(QStringView text, qsizetype stop, qsizetype stopEnd)
{
    if (stopEnd - stop >= 2 && text[stopEnd - 2] == u'.')
        return true;   // "..", "...", "?.."
    // The spaced form ". . ." reaches here one full stop at a time.
    return stop >= 2 && text[stop - 1] == u' ' && text[stop - 2] == u'.';
}

bool SentenceSplitter::startsSentence(QStringView text, qsizetype pos, qsizetype end)
{
    qsizetype p = pos;
    while (p < end && chars::isOpener(text[p].unicode()))
        ++p;
    if (p == end)
        return true;
    const char32_t c = chars::codePointAt(text, p);
    if (QChar::isLower(c))
        return false;
    // After an opening quote or bracket anything but a lower-case letter
    // starts a sentence ("...", "(Reuters)"); otherwise it takes a letter that
    // is not lower case (capitals, and scripts without case) or a digit.
    return p > pos || QChar::isLetter(c) || QChar::isDigit(c);
}

bool SentenceSplitter::isStarterAt(QStringView text, qsizetype pos, qsizetype end) const
{
    qsizetype p = pos;
    while (p < end && chars::isOpener(text[p].unicode()))
        ++p;
    qsizetype wordEnd = p;
    while (wordEnd < end && chars::isLetter(text[wordEnd].unicode())
           && wordEnd - p <= m_starters.maxLength())
        ++wordEnd;
    // "A." or "No." is an initial or another abbreviation, not the word.
    if (wordEnd < end && text[wordEnd] == u'.')
        return false;
    return m_starters.contains(text.sliced(p, wordEnd - p));
}

bool SentenceSplitter::isGluedBoundary(QStringView text, const Paragraph &paragraph,
                                       qsizetype dot) const
{
    const char16_t *s = text.utf16();
    // After the stop: a capitalised word, "Photo".
    if (dot + 2 >= paragraph.end || !QChar::isUpper(char32_t(s[dot + 1]))
        || !QChar::isLower(char32_t(s[dot + 2])))
        return false;
    // Before it: a word of letters with some lower case in it, "Zelensky";
    // all capitals ("NATO.The") are too often part of a name or an address.
    qsizetype word = dot;
    bool hasLower = false;
    while (word > paragraph.start && chars::isLetter(s[word - 1])) {
        --word;
        hasLower = hasLower || QChar::isLower(char32_t(s[word]));
    }
    if (dot - word < kShortestGluedWord || !hasLower)
        return false;
    // Not the middle of an address, a path or a number: "www.example.Com", "a/path.Name".
    if (word > paragraph.start) {
        const char16_t c = s[word - 1];
        if (c == u'.' || c == u'/' || c == u'\\' || c == u'@' || c == u'_' || c == u':'
            || QChar::isDigit(char32_t(c)))
            return false;
    }
    if (m_abbreviations.endingAt(text, dot) > 0)
        return false;
    // Nor a host name: "news.Yahoo.com".
    qsizetype nextEnd = dot + 1;
    while (nextEnd < paragraph.end && chars::isLetter(s[nextEnd]))
        ++nextEnd;
    return !(nextEnd + 1 < paragraph.end && s[nextEnd] == u'.' && chars::isLetter(s[nextEnd + 1]));
}

} // namespace chronoline
