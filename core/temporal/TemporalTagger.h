#pragma once

#include "temporal/Timex.h"

#include <QDate>
#include <QStringView>

#include <functional>
#include <memory>
#include <optional>

namespace chronoline {

class LanguageData;

// Finds TIMEX3 expressions in text and normalises them.
//
// The tagger is a pipeline (see TemporalTagger.cpp for the order and why):
// tokenise -> classify tokens with the language lexicon -> match the
// language's rules -> refine (overlaps, ranges) -> resolve values against the
// document creation date (news) or the previously mentioned date (narrative).
// Everything language-specific comes from LanguageData (resources/lang/<xx>).
class TemporalTagger {
public:
    explicit TemporalTagger(std::shared_ptr<const LanguageData> language);
    ~TemporalTagger();

    // The English tagger, loaded once from the bundled resources.
    static const TemporalTagger &english();

    // Tags `text`. With no `dct`, values that need one keep X placeholders
    // (never today's date). Ids are t1, t2, ... in text order.
    Timexes tag(QStringView text, std::optional<QDate> dct) const;

    // The same expressions, handed over a piece of text at a time (see pieceLength):
    // `sink` gets each piece's expressions and the position up to which the text is
    // tagged, so another thread can work on the tagged part while the rest is tagged.
    // Ids run on across pieces, as in the one list tag() returns.
    using PieceSink = std::function<void(Timexes &&piece, qsizetype taggedTo)>;
    void tag(QStringView text, std::optional<QDate> dct, const PieceSink &sink) const;

    // Texts are tagged a piece of about this many characters at a time (TextChunker), so the
    // working buffers stay small, cache-resident and reused.
    static constexpr qsizetype pieceLength = 32 * 1024;

private:
    // Tags piece by piece into `out`, calling `pieceDone` after each piece with how
    // many expressions came before `out` (for their ids) and where the piece ends.
    void tagPieces(QStringView text, std::optional<QDate> dct, Timexes &out,
                   const std::function<void(qsizetype cut)> &pieceDone) const;

    std::shared_ptr<const LanguageData> m_language;
};

} // namespace chronoline
