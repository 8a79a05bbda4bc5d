#include "document/PdfTextLayout.h"

#include <QRegularExpression>

#include <algorithm>
#include <map>

namespace chronoline {

using namespace Qt::StringLiterals;

namespace {

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::nth_element(values.begin(), values.begin() + values.size() / 2, values.end());
    return values[values.size() / 2];
}

bool isPageNumber(const QString &line)
{
    static const QRegularExpression re(
        u"^(?:[-–—]\\s*)?(?:(?i:page)\\s*)?\\d{1,4}(?:\\s*(?:(?i:of)|/)\\s*\\d{1,4})?(?:\\s*[-–—])?$"_s);
    return re.match(line.trimmed()).hasMatch();
}

// Digits vary from page to page in a running header ("Annual report 2023 — 7").
QString signature(const QString &line)
{
    QString s = line.trimmed();
    for (QChar &c : s) {
        if (c.isDigit())
            c = u'#';
    }
    return s;
}

constexpr int kEdgeLines = 2; // headers and footers live in the first and last two lines

std::vector<PdfPageLines> withoutFurniture(const std::vector<PdfPageLines> &pages)
{
    std::map<QString, int> pagesWith;
    for (const PdfPageLines &page : pages) {
        std::vector<QString> seen;
        for (size_t i = 0; i < page.size(); ++i) {
            if (i >= kEdgeLines && i + kEdgeLines < page.size())
                continue;
            const QString sig = signature(page[i].text);
            if (!sig.isEmpty() && std::find(seen.begin(), seen.end(), sig) == seen.end()) {
                seen.push_back(sig);
                ++pagesWith[sig];
            }
        }
    }
    const int repeatThreshold = std::max(3, int(pages.size() + 1) / 2);
    std::vector<PdfPageLines> out;
    for (const PdfPageLines &page : pages) {
        PdfPageLines kept;
        bool blank = false;
        for (size_t i = 0; i < page.size(); ++i) {
            const bool edge = i < kEdgeLines || i + kEdgeLines >= page.size();
            const QString text = page[i].text.trimmed();
            blank = blank || page[i].blankBefore;
            if (text.isEmpty()) {
                blank = true;
                continue;
            }
            // A running header is short and is no sentence; repeated sentences are left alone.
            const bool repeated = pages.size() >= 3 && pagesWith[signature(text)] >= repeatThreshold
                && text.size() <= 100 && !text.endsWith(u'.');
            if (edge && (isPageNumber(text) || repeated))
                continue;
            kept.push_back({text, page[i].box, blank && !kept.empty()});
            blank = false;
        }
        out.push_back(std::move(kept));
    }
    return out;
}

bool endsSentence(const QString &line)
{
    static const QString enders = u".!?:\"”’)"_s;
    return !line.isEmpty() && enders.contains(line.back());
}

// Layout figures for the whole document: typical spacing, margins and line length.
struct Layout {
    double spacing = 0;    // distance from one line's top to the next
    double height = 0;     // line box height
    double right = 0;      // right edge of full lines
    double left = 0;       // left edge of unindented lines
    double length = 0;     // characters in a full line, for lines without a position
};

Layout measure(const std::vector<PdfPageLines> &pages)
{
    std::vector<double> spacings, heights, rights, lefts, lengths;
    for (const PdfPageLines &page : pages) {
        for (size_t i = 0; i < page.size(); ++i) {
            const PdfLine &line = page[i];
            lengths.push_back(double(line.text.size()));
            if (line.box.isNull())
                continue;
            heights.push_back(line.box.height());
            rights.push_back(line.box.right());
            lefts.push_back(line.box.left());
            if (i > 0 && !page[i - 1].box.isNull()) {
                const double dy = line.box.top() - page[i - 1].box.top();
                if (dy > 0)
                    spacings.push_back(dy);
            }
        }
    }
    Layout layout;
    layout.spacing = median(spacings);
    layout.height = median(heights);
    layout.left = lefts.empty() ? 0 : *std::min_element(lefts.begin(), lefts.end());
    // Most lines of running text are full, so the upper quartile edge is the margin.
    if (!rights.empty()) {
        std::sort(rights.begin(), rights.end());
        layout.right = rights[rights.size() * 3 / 4];
    }
    if (!lengths.empty()) {
        std::sort(lengths.begin(), lengths.end());
        layout.length = lengths[lengths.size() * 3 / 4];
    }
    return layout;
}

bool startsParagraph(const PdfLine &prev, const PdfLine &line, const Layout &layout, bool samePage)
{
    if (line.blankBefore)
        return true;
    const bool geometry = !prev.box.isNull() && !line.box.isNull() && layout.spacing > 0;
    if (geometry) {
        const double width = std::max(1.0, layout.right - layout.left);
        const bool shortPrev = prev.box.right() < layout.right - 0.15 * width;
        if (samePage) {
            const double dy = line.box.top() - prev.box.top();
            if (dy > 1.4 * layout.spacing || dy < 0) // a gap, or a new column
                return true;
            const double h = layout.height > 0 ? layout.height : 1;
            if (std::abs(line.box.height() - prev.box.height()) > 0.3 * h) // heading
                return true;
        }
        if (line.box.left() > layout.left + 0.8 * layout.height && line.box.left() < layout.left + width / 4)
            return true; // first-line indent
        return shortPrev && endsSentence(prev.text);
    }
    return endsSentence(prev.text) && double(prev.text.size()) < 0.8 * layout.length;
}

// Joins `next` onto `paragraph`, undoing a hyphenation at the line break.
void joinLine(QString &paragraph, const QString &next)
{
    if (paragraph.isEmpty()) {
        paragraph = next;
        return;
    }
    const QChar last = paragraph.back();
    // PDFium reports a hyphen it saw at a line end as U+0002 or U+FFFE; typesetters may use U+00AD.
    const bool softHyphen = last == QChar(0x00AD) || last == QChar(0x0002) || last == QChar(0xFFFE);
    const bool hyphen = last == u'-' || last == QChar(0x2010);
    const bool letterBefore = paragraph.size() >= 2 && paragraph.at(paragraph.size() - 2).isLetter();
    if ((softHyphen || hyphen) && letterBefore && !next.isEmpty() && next.front().isLower()) {
        paragraph.chop(1);
        paragraph += next;
        return;
    }
    if (softHyphen) {
        paragraph.chop(1);
    }
    paragraph += u' ' + next;
}

} // namespace

QString joinPdfLines(const std::vector<PdfPageLines> &rawPages)
{
    const std::vector<PdfPageLines> pages = withoutFurniture(rawPages);
    const Layout layout = measure(pages);
    QStringList paragraphs;
    QString paragraph;
    const PdfLine *prev = nullptr;
    for (const PdfPageLines &page : pages) {
        for (size_t i = 0; i < page.size(); ++i) {
            const PdfLine &line = page[i];
            if (prev && startsParagraph(*prev, line, layout, i > 0)) {
                paragraphs.append(paragraph);
                paragraph.clear();
            }
            joinLine(paragraph, line.text);
            prev = &line;
        }
    }
    if (!paragraph.isEmpty())
        paragraphs.append(paragraph);
    for (QString &p : paragraphs)
        p = p.simplified();
    paragraphs.removeAll(QString());
    return paragraphs.join(u"\n\n"_s);
}

} // namespace chronoline
