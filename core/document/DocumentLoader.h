#pragma once

// The one entry point for opening an article: a file, a web address or bytes
// already in memory (a drop, the clipboard). Everything else in core/document
// is a stage behind it.
//
//     LoadOptions options;
//     options.dct = userDate;                          // optional
//     LoadResult r = loadDocument(u"article.html"_s, options);
//     if (!r.ok()) showError(r.error);
//     else use(*r.document);  // text, title, sourcePath, dct, dctSource
//
// Threading: every function here is reentrant and keeps no global state, so a
// viewer runs it off the GUI thread (QtConcurrent::run, a QThread) and passes
// options.progress to report and cancel; the callback runs on the loading thread.
// A web address needs a QCoreApplication (or QGuiApplication) to exist; PDFs do
// not need a QGuiApplication.

#include "document/DatelineFinder.h"
#include "document/Document.h"
#include "document/DocumentFormat.h"
#include "document/LoadOptions.h"
#include "document/LoadProgress.h"
#include "document/LoadResult.h"

#include <QByteArray>
#include <QString>

namespace chronoline {

// Opens a local path, a file:// URL or an http(s):// address.
//
// Formats: plain text (UTF-8, UTF-16/32 with BOM, windows-1252/Latin-1 detected),
// Markdown (markup removed), HTML and MHTML (article extracted), PDF (paragraphs
// rebuilt). See detectFormat() for how the format is chosen.
//
// The document date and its source, most trusted first:
//   options.dct                                 -> DctSource::Option
//   page metadata (HTML, MHTML, web pages)      -> DctSource::HtmlMeta
//   a byline or dateline in the opening lines   -> DctSource::Dateline
//   a date in the file name or address          -> DctSource::Filename
//   otherwise no date at all                    -> DctSource::None (never today)
//
// Fails with a message for the reader on a missing or unreadable file, a file
// over options.maxBytes, an empty or binary file, a document with no text,
// an encrypted or damaged PDF, a network error, or cancellation.
LoadResult loadDocument(const QString &pathOrUrl, const LoadOptions &options = {});

// The same for bytes already in memory. `nameHint` stands in for the path: its
// extension helps choose the format and a date in it is the last-resort DCT; it
// becomes Document::sourcePath.
LoadResult loadDocumentFromBytes(const QByteArray &bytes, const QString &nameHint,
                                 const LoadOptions &options = {});

} // namespace chronoline
