#pragma once

#include "timeml/TimeMLDocument.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace chronoline {

// Reads TempEval-3 TimeML (.tml). The TEXT is kept as its exact character
// data, entities resolved and every inline tag dropped, so that gold offsets
// index the same string the tagger sees. Never throws: malformed input gives
// std::nullopt and a one-line message naming the line and column.
class TimeMLReader {
public:
    // `xml` is raw bytes; the XML declaration chooses the encoding (UTF-8 by
    // default), so invalid bytes are reported as an error, not guessed at.
    static std::optional<TimeMLDocument> parse(const QByteArray &xml, QString *error = nullptr);

    // Reads and parses a file; errors start with the file path.
    static std::optional<TimeMLDocument> readFile(const QString &path, QString *error = nullptr);
};

} // namespace chronoline
