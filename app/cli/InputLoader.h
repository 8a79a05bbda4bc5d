#pragma once

#include "document/Document.h"
#include "timeml/TimeMLDocument.h"

#include <QDate>
#include <QString>

#include <optional>

namespace chronoline::cli {

struct LoadedInput {
    Document document;
    std::optional<TimeMLDocument> timeml;   // set when the input was read as TimeML
};

// The one place chronoline-cli turns a path into a Document, so that the
// document loaders (HTML, PDF, encodings: core/document/DocumentLoader.h) can
// replace the plain-text branch here without touching the commands.
//
// `path` "-" reads stdin. A name ending in .tml is read as TimeML: the TEXT
// becomes the document text and its DCT the date (DctSource::TimeML). Anything
// else must be UTF-8 text (UTF-16/32 with a byte order mark are accepted too).
// `dct` (from --dct) wins over any date in the file (DctSource::Option).
// The title is the TimeML <TITLE> if there is one, else the first non-empty
// line, trimmed. On failure returns nullopt and a one-line message.
std::optional<LoadedInput> loadInput(const QString &path, std::optional<QDate> dct, QString *error);

// First non-empty line of `text`, trimmed.
QString firstLine(QStringView text);

} // namespace chronoline::cli
