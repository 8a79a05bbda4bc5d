#pragma once

#include <QByteArrayView>
#include <QString>

namespace chronoline {

enum class DocumentFormat { Auto, PlainText, Markdown, Html, Mhtml, Pdf };

QString documentFormatName(DocumentFormat format); // "text", "markdown", "html", "mhtml", "pdf", "auto"

// Decides how to read `bytes` named `nameHint` (a path or URL) when the caller
// did not say. A PDF's magic number wins over any extension, since a mislabelled
// PDF read as text would be garbage; then the extension; then a look at the first bytes.
DocumentFormat detectFormat(QByteArrayView bytes, QStringView nameHint);

// The format a MIME type names ("text/html; charset=utf-8" -> Html), Auto if none.
DocumentFormat formatFromMimeType(QStringView mimeType);

} // namespace chronoline
