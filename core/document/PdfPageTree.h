#pragma once

#include <QByteArrayView>

namespace chronoline {

// Whether a PDF's page tree refers back to itself (a /Pages node among its own
// /Kids, directly or further down). Qt PDF's copy of PDFium never returns from
// opening such a file, and nothing can interrupt it, so PdfLoader refuses the
// file before handing it over.
//
// Reads the objects written out in the file ("12 0 obj << ... /Kids [3 0 R] ... >>"),
// the later of two definitions winning as in an incremental update; objects
// packed into compressed object streams (PDF 1.5) are not seen. Linear in the
// size of the file.
bool pdfPageTreeHasCycle(QByteArrayView pdf);

} // namespace chronoline
