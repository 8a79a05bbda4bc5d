#pragma once

#include "text/ParagraphSplitter.h"
#include "text/SentenceSplitter.h"
#include "text/TextSpans.h"
#include "text/Tokenizer.h"

#include <QSet>
#include <QString>
#include <QStringView>

#include <vector>

namespace chronoline {

// Splits text into paragraphs, sentences and tokens.
// Knows abbreviations (U.S., Mr., Gen., Jan., a.m., No. 5) from the language's
// abbreviation list, and treats a heading or photo caption without final
// punctuation as a segment of its own. The stages and their rules are
// described in ParagraphSplitter, SentenceSplitter and Tokenizer.
//
// Every character that is not white space belongs to exactly one paragraph,
// one sentence and one token; no span starts or ends with white space, and
// no token crosses a sentence boundary. Offsets are UTF-16 (QString) indices.
class Segmenter {
public:
    // `abbreviations`: lower-case, with their dots ("mr.", "u.s.").
    // `sentenceStarters`: lower-case words that, capitalised after an
    // abbreviation, begin a new sentence ("the", "he"); without them a
    // sentence never ends right after an abbreviation inside a paragraph.
    explicit Segmenter(const QSet<QString> &abbreviations,
                       const QSet<QString> &sentenceStarters = {});

    // From :/lang/en/abbreviations.txt and :/lang/en/sentence-starters.txt.
    static const Segmenter &english();

    Segmentation segment(QStringView text) const;
    // Paragraphs and sentences, no tokens: what the analysis pipeline needs
    // (the extractor splits sentences into words of its own), for 60% of the
    // time of a whole segmentation.
    Segmentation segmentSentences(QStringView text) const;
    // The same for text[from, to) alone, where both ends are the text's ends or
    // cuts from nextParagraphCut(): the paragraphs and sentences
    // segmentSentences(text) has there, paragraphs numbered from
    // `firstParagraph`. This is how a long text is split a piece at a time.
    Segmentation segmentSentences(QStringView text, qsizetype from, qsizetype to, int firstParagraph) const;
    // The first position at or after `from` where the text may be cut without
    // changing its paragraphs and sentences (a line break with a blank line
    // after it: blank lines always end a paragraph), or -1 if there is none.
    static qsizetype nextParagraphCut(QStringView text, qsizetype from);
    std::vector<Paragraph> paragraphs(QStringView text) const;
    std::vector<Sentence> sentences(QStringView text) const;
    std::vector<Token> tokens(QStringView text) const;

private:
    Segmenter(const Abbreviations &abbreviations, WordSet sentenceStarters);
    // The sentences of `paragraphs`, numbering the paragraphs from `firstParagraph`.
    std::vector<Sentence> sentencesOf(QStringView text, const std::vector<Paragraph> &paragraphs,
                                      int firstParagraph = 0) const;

    ParagraphSplitter m_paragraphSplitter;
    SentenceSplitter m_sentenceSplitter;
    Tokenizer m_tokenizer;
};

} // namespace chronoline
