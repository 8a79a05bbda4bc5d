#pragma once

// Every promise Segmenter.h makes about a segmentation, checked from outside:
// shared by tst_segmenter and the segmenter's fuzz target.

#include "text/TextSpans.h"

#include <QString>
#include <QStringView>

namespace chronoline::testing {

using namespace Qt::StringLiterals;

// White space as the segmenter promises to treat it; written out here rather
// than taken from the implementation so that the test checks the promise.
inline bool isBlank(QChar c)
{
    return c.isSpace() || c == QChar(0x200B) || c == QChar(0xFEFF);
}

inline bool splitsSurrogatePair(QStringView text, qsizetype pos)
{
    return pos > 0 && pos < text.size() && text[pos - 1].isHighSurrogate()
           && text[pos].isLowSurrogate();
}

// Checks one level of spans: each non-empty, inside the text, trimmed, in
// order, not cutting a surrogate pair, with only white space between them.
// Together that means every non-blank character is in exactly one span.
template <typename Span>
inline QString brokenSpans(QStringView text, const std::vector<Span> &spans, const char *what)
{
    qsizetype covered = 0;
    for (size_t i = 0; i < spans.size(); ++i) {
        const Span &s = spans[i];
        const QString where = QString::fromLatin1(what) + u' ' + QString::number(i) + u' ';
        if (s.start < covered || s.end <= s.start || s.end > text.size())
            return where + u"out of order, empty or outside the text"_s;
        if (isBlank(text[s.start]) || isBlank(text[s.end - 1]))
            return where + u"not trimmed"_s;
        if (splitsSurrogatePair(text, s.start) || splitsSurrogatePair(text, s.end))
            return where + u"cuts a surrogate pair"_s;
        for (qsizetype k = covered; k < s.start; ++k) {
            if (!isBlank(text[k]))
                return where + u"leaves character "_s + QString::number(k) + u" uncovered"_s;
        }
        covered = s.end;
    }
    for (qsizetype k = covered; k < text.size(); ++k) {
        if (!isBlank(text[k]))
            return QString::fromLatin1(what) + u": character "_s + QString::number(k)
                   + u" uncovered at the end"_s;
    }
    return {};
}

// Every promise the Segmenter makes about a segmentation, or what broke first.
inline QString brokenInvariant(QStringView text, const Segmentation &s)
{
    QString broken = brokenSpans(text, s.paragraphs, "paragraph");
    if (broken.isEmpty())
        broken = brokenSpans(text, s.sentences, "sentence");
    if (broken.isEmpty())
        broken = brokenSpans(text, s.tokens, "token");
    if (!broken.isEmpty())
        return broken;

    int lastParagraph = 0;
    for (const Sentence &sentence : s.sentences) {
        if (sentence.paragraph < lastParagraph || size_t(sentence.paragraph) >= s.paragraphs.size())
            return u"sentence paragraph index out of order"_s;
        const Paragraph &p = s.paragraphs[size_t(sentence.paragraph)];
        if (sentence.start < p.start || sentence.end > p.end)
            return u"sentence outside its paragraph"_s;
        lastParagraph = sentence.paragraph;
    }
    size_t si = 0;
    for (const Token &token : s.tokens) {
        for (qsizetype k = token.start; k < token.end; ++k) {
            if (isBlank(text[k]))
                return u"white space inside token at "_s + QString::number(token.start);
        }
        while (si < s.sentences.size() && s.sentences[si].end <= token.start)
            ++si;
        if (si == s.sentences.size() || token.start < s.sentences[si].start
            || token.end > s.sentences[si].end)
            return u"token at "_s + QString::number(token.start) + u" crosses a sentence boundary"_s;
    }
    return {};
}

} // namespace chronoline::testing
