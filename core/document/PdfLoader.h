#pragma once

#include "document/LoadOptions.h"
#include "document/LoadProgress.h"
#include "document/LoadResult.h"

#include <QByteArray>

namespace chronoline {

// A PDF read through Qt PDF, page by page, its lines put back into paragraphs
// (joinPdfLines()). Encrypted, damaged and image-only files get a message that
// says which. The title is the PDF's Title entry unless that is a file name or
// empty, else the first line.
//
// Needs no QGuiApplication: QPdfDocument loads and extracts text under a
// QCoreApplication or none, on any thread (Qt PDF serialises its own calls into
// PDFium). `progress` is told each page, and may cancel between pages. A PDF of
// more than `maxPages` pages is refused with a message saying so.
LoadResult loadPdf(const QByteArray &bytes, const ProgressCallback &progress = {},
                   int maxPages = kDefaultMaxPdfPages);

} // namespace chronoline
