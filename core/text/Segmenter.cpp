#include "text/Segmenter.h"

#include "text/WordSet.h"


using namespace Qt::StringLiterals;

namespace chronoline {

Segmenter::Segmenter(const QSet<QString> &abbreviations, const QSet<QString> &sentenceStarters)
    : Segmenter(Abbreviations(WordSet(abbreviations)), WordSet(sentenceStarters))
{
}

// The sentence splitter and the tokenizer share one abbreviation list, so that
// a token never disagrees with a sentence boundary.
Segmenter::Segmenter(const Abbreviations &abbreviations, WordSet sentenceStarters)
    : m_sentenceSplitter(abbreviations, std::move(sentenceStarters))
    , m_tokenizer(abbreviations)
{
}

const Segmenter &Segmenter::english()
{
    static const Segmenter segmenter(WordSet::readList(u":/lang/en/abbreviations.txt"_s),
                                     WordSet::readList(u":/lang/en/sentence-starters.txt"_s));
    return segmenter;
}

Segmentation Segmenter::segment(QStringView text) const
{
    Segmentation result = segmentSentences(text);
    result.tokens = tokens(text);
    return result;
}

Segmentation Segmenter::segmentSentences(QStringView text) const
{
    Segmentation result;
    result.paragraphs = paragraphs(text);
    result.sentences = sentencesOf(text, result.paragraphs);
    return result;
}

Segmentation Segmenter::segmentSentences(QStringView text, qsizetype from, qsizetype to,
                                         int firstParagraph) const
{
    Segmentation result;
    result.paragraphs = paragraphs(text.sliced(from, to - from));
    for (Paragraph &p : result.paragraphs) {
        p.start += from;
        p.end += from;
    }
    // Sentences are split in the whole text, should the splitter look past a paragraph's end.
    result.sentences = sentencesOf(text, result.paragraphs, firstParagraph);
    return result;
}

qsizetype Segmenter::nextParagraphCut(QStringView text, qsizetype from)
{
    return ParagraphSplitter::nextBreakBeforeBlankLine(text, from);
}

std::vector<Paragraph> Segmenter::paragraphs(QStringView text) const
{
    return m_paragraphSplitter.split(text);
}

std::vector<Sentence> Segmenter::sentences(QStringView text) const
{
    return sentencesOf(text, paragraphs(text));
}

std::vector<Token> Segmenter::tokens(QStringView text) const
{
    return m_tokenizer.tokenize(text);
}

std::vector<Sentence> Segmenter::sentencesOf(QStringView text, const std::vector<Paragraph> &paragraphs,
                                             int firstParagraph) const
{
    std::vector<Sentence> sentences;
    for (size_t i = 0; i < paragraphs.size(); ++i)
        m_sentenceSplitter.split(text, paragraphs[i], firstParagraph + int(i), sentences);
    return sentences;
}

} // namespace chronoline
