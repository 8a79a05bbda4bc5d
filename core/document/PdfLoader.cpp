#include "document/PdfLoader.h"

#include "document/PdfPageTree.h"
#include "document/PdfTextLayout.h"
#include "document/TextLoader.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace chronoline {

using namespace Qt::StringLiterals;

namespace {

// Asking PDFium where each line starts costs a page load per line (about 10 ms);
// beyond this many lines on a page, or once a document has spent this long on
// it, the text's own line breaks are used as they are.
constexpr qsizetype kMaxLinesToLocate = 400;
constexpr qint64 kLocateBudgetMs = 15000;

QString errorMessage(QPdfDocument::Error error)
{
    switch (error) {
    case QPdfDocument::Error::IncorrectPassword:
        return u"This PDF is protected by a password; Chronoline cannot open encrypted PDFs."_s;
    case QPdfDocument::Error::UnsupportedSecurityScheme:
        return u"This PDF is encrypted with a scheme Qt PDF does not support."_s;
    case QPdfDocument::Error::InvalidFileFormat:
        return u"This file is not a readable PDF: it is damaged or not a PDF at all."_s;
    case QPdfDocument::Error::FileNotFound:
        return u"The PDF could not be found."_s;
    case QPdfDocument::Error::DataNotYetAvailable:
    case QPdfDocument::Error::Unknown:
    case QPdfDocument::Error::None:
        break;
    }
    return u"This PDF could not be read."_s;
}

// Groups the glyph or word boxes PDFium reports, in text order, into lines:
// a box starts a new line when it does not sit on the current line's band.
// `lineOfBox` receives, for each input box, the index of its line (-1 if empty).
std::vector<QRectF> lineBoxes(const QList<QPolygonF> &bounds, std::vector<int> *lineOfBox)
{
    std::vector<QRectF> lines;
    for (const QPolygonF &polygon : bounds) {
        const QRectF box = polygon.boundingRect();
        if (box.isEmpty()) {
            lineOfBox->push_back(-1);
            continue;
        }
        if (!lines.empty()) {
            QRectF &current = lines.back();
            const double center = box.center().y();
            const bool sameBand = center >= current.top() && center <= current.bottom();
            const bool forward = box.left() >= current.right() - current.height();
            if (sameBand && forward) {
                current = current.united(box);
                lineOfBox->push_back(int(lines.size()) - 1);
                continue;
            }
        }
        lines.push_back(box);
        lineOfBox->push_back(int(lines.size()) - 1);
    }
    return lines;
}

// When PDFium gave one box per visible character (as for PDFs whose glyphs are
// placed one by one), each character's line is known and the text can be cut
// exactly; returns nothing otherwise.
std::optional<PdfPageLines> linesFromGlyphBoxes(const QString &text, const std::vector<QRectF> &boxes,
                                                const std::vector<int> &lineOfBox)
{
    qsizetype visible = 0;
    for (const QChar c : text)
        visible += !c.isSpace();
    if (visible != qsizetype(lineOfBox.size()) || std::count(lineOfBox.begin(), lineOfBox.end(), -1) > 0)
        return std::nullopt;
    PdfPageLines out(boxes.size());
    for (size_t i = 0; i < boxes.size(); ++i)
        out[i].box = boxes[i];
    size_t glyph = 0;
    int line = 0;
    for (const QChar c : text) {
        if (!c.isSpace()) {
            line = lineOfBox[glyph++];
            out[size_t(line)].text += c;
        } else if (!out[size_t(line)].text.isEmpty()) {
            out[size_t(line)].text += u' '; // a space belongs to the line it follows
        }
    }
    for (PdfLine &l : out)
        l.text = l.text.trimmed();
    return out;
}

QStringList textLines(const QString &text)
{
    QString normalized = text;
    normalized.replace(u"\r\n"_s, u"\n"_s);
    normalized.replace(u'\r', u'\n');
    return normalized.split(u'\n');
}

// The lines of one page, each with its position when it can be found. PDFium's
// text has a line break where it saw one; when its count of lines disagrees
// with the boxes' (it sometimes runs lines together with a space), the text is
// cut by the boxes: directly when there is one box per character, else by
// looking up where each box line starts.
PdfPageLines pageLines(QPdfDocument &pdf, int page, const QElapsedTimer &locateClock)
{
    const QPdfSelection all = pdf.getAllText(page);
    const QString text = all.text();
    std::vector<int> lineOfBox;
    const std::vector<QRectF> boxes = lineBoxes(all.bounds(), &lineOfBox);
    QStringList lines = textLines(text);

    PdfPageLines out;
    QStringList nonEmpty;
    for (const QString &l : lines) {
        if (!l.trimmed().isEmpty())
            nonEmpty.append(l);
    }
    if (qsizetype(boxes.size()) == nonEmpty.size()) {
        for (qsizetype i = 0; i < nonEmpty.size(); ++i)
            out.push_back({nonEmpty[i], boxes[size_t(i)], false});
        return out;
    }
    if (auto glyphLines = linesFromGlyphBoxes(text, boxes, lineOfBox))
        return std::move(*glyphLines);
    if (!boxes.empty() && qsizetype(boxes.size()) <= kMaxLinesToLocate
        && locateClock.elapsed() < kLocateBudgetMs) {
        std::vector<int> starts;
        for (const QRectF &box : boxes) {
            const double y = box.center().y();
            const double inset = std::min(1.0, box.width() / 4);
            const QPdfSelection s = pdf.getSelection(page, QPointF(box.left() + inset, y),
                                                     QPointF(box.right() - inset, y));
            starts.push_back(s.isValid() ? s.startIndex() : -1);
        }
        bool increasing = starts.front() >= 0 && starts.back() < text.size();
        for (size_t i = 1; increasing && i < starts.size(); ++i)
            increasing = starts[i] > starts[i - 1];
        if (increasing) {
            for (size_t i = 0; i < starts.size(); ++i) {
                const int end = i + 1 < starts.size() ? starts[i + 1] : int(text.size());
                out.push_back({text.mid(starts[i], end - starts[i]).trimmed(), boxes[i], false});
            }
            // Text before the first box (rare) is kept rather than lost.
            if (starts.front() > 0)
                out.front().text.prepend(text.left(starts.front()).trimmed() + u' ');
            return out;
        }
    }
    // No usable geometry: the text's own lines, blank lines marking paragraphs.
    bool blank = false;
    for (const QString &l : lines) {
        if (l.trimmed().isEmpty()) {
            blank = true;
            continue;
        }
        out.push_back({l.trimmed(), QRectF(), blank});
        blank = false;
    }
    return out;
}

QString pdfTitle(const QPdfDocument &pdf)
{
    const QString title = pdf.metaData(QPdfDocument::MetaDataField::Title).toString().trimmed();
    // Word processors often store the file name ("Microsoft Word - report.docx").
    static const QRegularExpression fileName(u"\\.(?:docx?|odt|rtf|pdf|txt|html?|indd|pages)$|^untitled"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    if (title.isEmpty() || fileName.match(title).hasMatch())
        return {};
    return title;
}

} // namespace

LoadResult loadPdf(const QByteArray &bytes, const ProgressCallback &progress, int maxPages)
{
    if (pdfPageTreeHasCycle(bytes))
        return LoadResult::failure(u"This PDF is damaged: its page tree contains itself."_s);
    QByteArray data = bytes;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument pdf;
    pdf.load(&buffer);
    if (pdf.status() != QPdfDocument::Status::Ready)
        return LoadResult::failure(errorMessage(pdf.error()));
    const int pageCount = pdf.pageCount();
    if (pageCount <= 0)
        return LoadResult::failure(u"This PDF has no pages."_s);
    if (pageCount > maxPages)
        return LoadResult::failure(u"This PDF has %1 pages, over the %2-page limit for a document."_s
                                       .arg(pageCount).arg(maxPages));

    std::vector<PdfPageLines> pages;
    pages.reserve(size_t(pageCount));
    QElapsedTimer clock;
    clock.start();
    for (int page = 0; page < pageCount; ++page) {
        if (progress && !progress({LoadProgress::Stage::Extracting, page, pageCount})) {
            LoadResult cancelled = LoadResult::failure(u"Loading was cancelled."_s);
            cancelled.cancelled = true;
            return cancelled;
        }
        pages.push_back(pageLines(pdf, page, clock));
    }
    if (progress)
        progress({LoadProgress::Stage::Extracting, pageCount, pageCount});

    Document doc;
    doc.text = joinPdfLines(pages);
    if (doc.text.trimmed().isEmpty())
        return LoadResult::failure(u"This PDF has no text layer (scanned pages?); Chronoline cannot read text from images."_s);
    doc.title = pdfTitle(pdf);
    if (doc.title.isEmpty())
        doc.title = titleFromText(doc.text);
    LoadResult result;
    result.document = std::move(doc);
    result.format = DocumentFormat::Pdf;
    return result;
}

} // namespace chronoline
