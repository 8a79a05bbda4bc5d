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

// The one place chronoline-cli turns a path into a Document.
//
// `path` "-" reads stdin. A name ending in .tml is read as TimeML: the TEXT
// becomes the document text and its DCT the date (DctSource::TimeML). Anything
// else, and http(s) addresses, go through core's document loaders
// (core/document/DocumentLoader.h): text in any common encoding, Markdown,
// HTML, MHTML, PDF; they take the date from page metadata, a dateline or the
// file name (DctSource::HtmlMeta, Dateline, Filename), and refuse an empty or
// binary file. `dct` (from --dct) wins over any date found (DctSource::Option).
// The title is the TimeML <TITLE> or the loader's title, else the first
// non-empty line, trimmed. On failure returns nullopt and a one-line message.
std::optional<LoadedInput> loadInput(const QString &path, std::optional<QDate> dct, QString *error);

// First non-empty line of `text`, trimmed.
QString firstLine(QStringView text);

} // namespace chronoline::cli
