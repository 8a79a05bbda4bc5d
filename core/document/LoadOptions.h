#pragma once

#include "document/DocumentFormat.h"
#include "document/LoadProgress.h"

#include <QByteArray>
#include <QDate>

#include <optional>

namespace chronoline {

inline constexpr qint64 kDefaultMaxDocumentBytes = 50LL * 1024 * 1024;
// A book is a few hundred pages; reading a page costs PDFium a few milliseconds,
// so this bounds a PDF's load at well under a minute even where pages are tiny.
inline constexpr int kDefaultMaxPdfPages = 5000;

struct LoadOptions {
    // The user's document date (--dct, or chosen in the viewer): wins over anything found.
    std::optional<QDate> dct;
    // Auto reads the format from the content type, the name and the first bytes.
    DocumentFormat format = DocumentFormat::Auto;
    // The charset the bytes came with (HTTP header, clipboard); empty when unknown.
    QByteArray charset;
    // Larger files and downloads are refused rather than read into memory.
    qint64 maxBytes = kDefaultMaxDocumentBytes;
    // PDFs of more pages are refused before any page is read.
    int maxPdfPages = kDefaultMaxPdfPages;
    // Web addresses: the whole transfer must finish within this time...
    int timeoutMs = 30000;
    // ...and may follow at most this many redirects.
    int maxRedirects = 5;
    // Optional progress report and cancel hook; see LoadProgress.h.
    ProgressCallback progress;
};

} // namespace chronoline
