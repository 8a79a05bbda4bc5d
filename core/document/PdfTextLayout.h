#pragma once

#include <QRectF>
#include <QString>

#include <vector>

namespace chronoline {

// One line of text as it sits on a PDF page.
struct PdfLine {
    QString text;
    QRectF box; // in points, origin top left; null when the position is unknown
    bool blankBefore = false; // an empty line came before it (always a paragraph break)
};

using PdfPageLines = std::vector<PdfLine>;

// Turns the lines of a PDF back into running text:
//  - running headers and footers (the same line at the top or bottom of most
//    pages) and bare page numbers are dropped;
//  - a new paragraph starts after a vertical gap larger than the usual line
//    spacing, at a change of font size, or after a short line ending a sentence;
//  - lines of one paragraph are joined with a space, also across a page break,
//    and a word hyphenated at a line end ("Brus-" + "sels") is rejoined.
// Paragraphs are separated by a blank line. Lines without a position are
// judged by their text alone; empty lines in the input are paragraph breaks.
QString joinPdfLines(const std::vector<PdfPageLines> &pages);

} // namespace chronoline
