#pragma once

#include <QtGlobal>

#include <vector>

namespace chronoline {

// Spans of the document text. Offsets are UTF-16 (QString) indices, end exclusive.
struct Paragraph {
    qsizetype start = 0;
    qsizetype end = 0;
    bool operator==(const Paragraph &) const = default;
};

struct Sentence {
    qsizetype start = 0;
    qsizetype end = 0;      // exclusive; excludes trailing whitespace
    int paragraph = 0;      // index into the paragraph list
    bool operator==(const Sentence &) const = default;
};

enum class TokenKind { Word, Number, Punctuation, Symbol };

struct Token {
    qsizetype start = 0;
    qsizetype end = 0;
    TokenKind kind = TokenKind::Word;
    bool operator==(const Token &) const = default;
};

// The segmentation of one document.
struct Segmentation {
    std::vector<Paragraph> paragraphs;
    std::vector<Sentence> sentences;
    std::vector<Token> tokens;
};

} // namespace chronoline
