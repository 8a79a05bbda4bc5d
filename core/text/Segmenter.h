#pragma once

#include "text/TextSpans.h"

#include <QSet>
#include <QString>
#include <QStringView>

namespace chronoline {

// Splits text into paragraphs, sentences and tokens.
// Knows abbreviations (U.S., Mr., Gen., Jan., a.m., No. 5) from the language's
// abbreviation list, and treats a heading or photo caption without final
// punctuation as a segment of its own.
class Segmenter {
public:
    explicit Segmenter(QSet<QString> abbreviations);   // lower-case, with their dots: "mr.", "u.s."
    static const Segmenter &english();                  // from :/lang/en/abbreviations.txt

    Segmentation segment(QStringView text) const;
    std::vector<Paragraph> paragraphs(QStringView text) const;
    std::vector<Sentence> sentences(QStringView text) const;
    std::vector<Token> tokens(QStringView text) const;

private:
    QSet<QString> m_abbreviations;
};

} // namespace chronoline
