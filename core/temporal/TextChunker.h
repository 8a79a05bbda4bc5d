#pragma once

#include <QStringView>

namespace chronoline {

// Cuts a long text into pieces the tagger can take one at a time, so that its
// working memory (tokens, readings and candidates: up to ~100 bytes for each
// character of a text dense with dates) is bounded by the piece, not the text.
//
// A piece ends, by preference, at a paragraph break (a blank line), where no
// expression ever runs on; else after a sentence end (". " before a capital or
// a digit); else at white space; else (no white space at all) at maxLength.
// Each search looks only at the last quarter of the piece.
class TextChunker {
public:
    explicit TextChunker(qsizetype maxLength) : m_maxLength(maxLength) {}

    // The end of the piece that starts at `start`: text.size() when the rest fits.
    qsizetype pieceEnd(QStringView text, qsizetype start) const;

private:
    qsizetype m_maxLength;
};

} // namespace chronoline
