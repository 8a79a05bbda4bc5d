// PDFs written in the test with QPdfWriter (hence QGuiApplication: QTEST_MAIN
// makes one, and CTest sets QT_QPA_PLATFORM=offscreen), read back through the
// loader: paragraphs rebuilt across line ends, hyphens and pages, running
// headers dropped, and clear messages for files that cannot be read.
#include "document/DocumentLoader.h"
#include "document/PdfTextLayout.h"
#include "fixtures/pdf/MinimalPdf.h"

#include <QBuffer>
#include <QFile>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTest>

#include <map>

using namespace chronoline;
using namespace Qt::StringLiterals;

namespace {

const QString kFixtures = QStringLiteral(CHRONOLINE_TEST_DIR "/fixtures/html");

QString fixtureBody(const QString &name)
{
    QFile file(kFixtures + u'/' + name + u".body.txt"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return QString::fromUtf8(file.readAll()).trimmed();
}

struct PdfStyle {
    bool gaps = true;           // blank space between paragraphs
    bool indents = false;       // first-line indent instead
    bool runningHeader = false; // a header and "Page n of m" footer on each page
    QString title;              // the PDF's Title entry
};

// Lays out a heading and paragraphs on A4 pages the way a typesetter would:
// greedy line filling, long words hyphenated at the line end, paragraphs
// running on across page breaks. Counts the hyphenations it made.
class ArticleWriter
{
public:
    QByteArray write(const QString &heading, const QStringList &paragraphs, const PdfStyle &style)
    {
        QBuffer buffer(&pdf_);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(72); // one unit is one point
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        if (!style.title.isEmpty())
            writer.setTitle(style.title);
        QPainter painter(&writer);
        QFont body(u"DejaVu Serif"_s);
        body.setPointSizeF(11);
        QFont big = body;
        big.setPointSizeF(18);

        lines_.clear();
        lines_.push_back({heading, big, 0, true});
        for (const QString &p : paragraphs)
            wrap(p, body, style);
        paint(painter, writer, style);
        painter.end();
        return pdf_;
    }

    int hyphenations() const { return hyphenations_; }
    int pages() const { return pages_; }

private:
    struct Line {
        QString text;
        QFont font;
        double indent = 0;
        bool paragraphStart = false;
    };

    static constexpr double kLeft = 72, kTop = 72, kWidth = 451, kBottom = 842 - 72;

    void wrap(const QString &paragraph, const QFont &font, const PdfStyle &style)
    {
        const QFontMetricsF fm(font);
        const QStringList words = paragraph.split(u' ');
        const double firstIndent = style.indents ? 24 : 0;
        QString line;
        bool first = true;
        auto width = [&] { return kWidth - (first ? firstIndent : 0); };
        auto finishLine = [&] {
            lines_.push_back({line, font, first ? firstIndent : 0, first});
            first = false;
            line.clear();
        };
        for (const QString &word : words) {
            const QString candidate = line.isEmpty() ? word : line + u' ' + word;
            if (fm.horizontalAdvance(candidate) <= width()) {
                line = candidate;
                continue;
            }
            // Hyphenate a long plain word if a piece of it still fits.
            const bool plain = word.size() >= 6 && !word.contains(u'-')
                && word.front().isLower() && word.back().isLetter();
            bool split = false;
            for (qsizetype cut = word.size() - 3; plain && cut >= 3; --cut) {
                const QString head = (line.isEmpty() ? QString() : line + u' ') + word.left(cut) + u'-';
                if (fm.horizontalAdvance(head) <= width()) {
                    line = head;
                    finishLine();
                    line = word.mid(cut);
                    ++hyphenations_;
                    split = true;
                    break;
                }
            }
            if (split)
                continue;
            finishLine();
            line = word;
        }
        if (!line.isEmpty())
            finishLine();
    }

    void paint(QPainter &painter, QPdfWriter &writer, const PdfStyle &style)
    {
        // Two passes: the first counts pages for "Page n of m".
        auto layout = [&](bool draw) {
            int page = 1;
            double y = kTop + (style.runningHeader ? 30 : 0);
            auto decorate = [&] {
                if (!draw || !style.runningHeader)
                    return;
                QFont small(u"DejaVu Sans"_s);
                small.setPointSizeF(8);
                painter.setFont(small);
                painter.drawText(QPointF(kLeft, kTop - 20), u"Eastport Courier · Weekend edition"_s);
                painter.drawText(QPointF(kLeft + kWidth / 2 - 20, kBottom + 30), u"Page %1 of %2"_s.arg(page).arg(pages_));
            };
            decorate();
            for (const Line &line : lines_) {
                const QFontMetricsF fm(line.font);
                const double lineHeight = fm.height() * 1.2;
                if (line.paragraphStart && style.gaps && y > kTop + 40)
                    y += lineHeight * 0.8;
                if (y + lineHeight > kBottom) {
                    if (draw)
                        writer.newPage();
                    ++page;
                    y = kTop + (style.runningHeader ? 30 : 0);
                    decorate();
                }
                if (draw) {
                    painter.setFont(line.font);
                    painter.drawText(QPointF(kLeft + line.indent, y + fm.ascent()), line.text);
                }
                y += lineHeight;
            }
            return page;
        };
        pages_ = layout(false);
        layout(true);
    }

    QByteArray pdf_;
    std::vector<Line> lines_;
    int hyphenations_ = 0;
    int pages_ = 0;
};

struct WordScore {
    double precision = 0, recall = 0, f1 = 0;
};

WordScore wordScore(const QString &extracted, const QString &expected)
{
    static const QRegularExpression word(u"[\\p{L}\\p{N}]+"_s);
    auto bag = [](const QString &text) {
        std::map<QString, int> counts;
        auto it = word.globalMatch(text.toLower());
        while (it.hasNext())
            ++counts[it.next().captured()];
        return counts;
    };
    const auto got = bag(extracted), want = bag(expected);
    int gotTotal = 0, wantTotal = 0, common = 0;
    for (const auto &[w, n] : got)
        gotTotal += n;
    for (const auto &[w, n] : want) {
        wantTotal += n;
        if (const auto it = got.find(w); it != got.end())
            common += std::min(n, it->second);
    }
    WordScore s;
    s.precision = gotTotal ? double(common) / gotTotal : 0;
    s.recall = wantTotal ? double(common) / wantTotal : 0;
    s.f1 = s.precision + s.recall > 0 ? 2 * s.precision * s.recall / (s.precision + s.recall) : 0;
    return s;
}

} // namespace

class TestPdfLoader : public QObject
{
    Q_OBJECT

private slots:
    void articles_data();
    void articles();
    void title();
    void dateline();
    void refused_data();
    void refused();
    void truncated();
    void cancel();
    void joinLines_data();
    void joinLines();
};

void TestPdfLoader::articles_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<bool>("gaps");
    QTest::addColumn<bool>("indents");
    QTest::addColumn<bool>("runningHeader");
    QTest::addColumn<int>("repeat"); // copies of the body, to span pages
    QTest::newRow("gaps, one page") << u"og-article-published"_s << true << false << false << 1;
    QTest::newRow("indents, no gaps") << u"dublin-core"_s << false << true << false << 1;
    QTest::newRow("gaps, pages, running header") << u"jsonld-news"_s << true << false << true << 4;
    QTest::newRow("indents, pages, running header") << u"itemprop-microdata"_s << false << true << true << 4;
}

void TestPdfLoader::articles()
{
    QFETCH(QString, fixture);
    QFETCH(bool, gaps);
    QFETCH(bool, indents);
    QFETCH(bool, runningHeader);
    QFETCH(int, repeat);
    QStringList paragraphs;
    for (int i = 0; i < repeat; ++i)
        paragraphs += fixtureBody(fixture).split(u"\n\n"_s);
    const QString heading = u"Weekend report"_s;

    ArticleWriter writer;
    const QByteArray pdf = writer.write(heading, paragraphs, {gaps, indents, runningHeader, {}});
    QVERIFY(writer.hyphenations() > 0); // the test exercises rejoining
    const LoadResult result = loadDocumentFromBytes(pdf, u"report.pdf"_s);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.format, DocumentFormat::Pdf);
    const Document &doc = *result.document;

    const QString expected = heading + u"\n\n"_s + paragraphs.join(u"\n\n"_s);
    const WordScore s = wordScore(doc.text, expected);
    const QStringList got = doc.text.split(u"\n\n"_s);
    int exact = 0;
    for (const QString &p : paragraphs)
        exact += got.contains(p);
    qInfo("%-32s pages %d hyphenations %2d words P %.3f R %.3f F1 %.3f paragraphs exact %d/%d",
          QTest::currentDataTag(), writer.pages(), writer.hyphenations(), s.precision, s.recall, s.f1,
          exact, int(paragraphs.size()));
    if (exact != paragraphs.size())
        qInfo().noquote() << doc.text;
    QVERIFY(s.f1 >= 0.95);
    QCOMPARE(exact, int(paragraphs.size()));
    QCOMPARE(got.front(), heading);
    QCOMPARE(doc.title, heading);
    QVERIFY(!doc.text.contains(u"Eastport Courier"_s));
    QVERIFY(!doc.text.contains(u"Page 2"_s));
    if (runningHeader)
        QVERIFY(writer.pages() >= 3);
}

void TestPdfLoader::title()
{
    ArticleWriter writer;
    QByteArray pdf = writer.write(u"Heading"_s, {u"Some text."_s}, {true, false, false, u"Budget talks resume"_s});
    LoadResult result = loadDocumentFromBytes(pdf, u"a.pdf"_s);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.document->title, u"Budget talks resume"_s);

    // A Title that is only a file name says nothing: the first line is used.
    ArticleWriter second;
    pdf = second.write(u"Heading"_s, {u"Some text."_s}, {true, false, false, u"Microsoft Word - draft3.docx"_s});
    result = loadDocumentFromBytes(pdf, u"a.pdf"_s);
    QVERIFY(result.ok());
    QCOMPARE(result.document->title, u"Heading"_s);
}

void TestPdfLoader::dateline()
{
    ArticleWriter writer;
    const QByteArray pdf = writer.write(u"LONDON, March 14 (Reuters) - Talks resumed."_s, {u"More text."_s}, {});
    const LoadResult result = loadDocumentFromBytes(pdf, u"2023-03-15-talks.pdf"_s);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.document->dct.value_or(QDate()), QDate(2023, 3, 14));
    QCOMPARE(result.document->dctSource, DctSource::Dateline);
}

void TestPdfLoader::refused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("encrypted") << testing::minimalPdf({"Secret"}, true) << u"password"_s;
    QTest::newRow("broken") << QByteArray("%PDF-1.4\nthis is not a pdf at all\n%%EOF\n") << u"not a readable PDF"_s;
    QTest::newRow("pdf extension, text inside") << QByteArray("Just some text, saved with the wrong name.\n") << u"not a readable PDF"_s;

    // Pages with pictures only: nothing to read without OCR.
    QByteArray imageOnly;
    {
        QBuffer buffer(&imageOnly);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        QPainter painter(&writer);
        painter.fillRect(QRectF(100, 100, 2000, 1000), Qt::darkBlue);
    }
    QTest::newRow("image only") << imageOnly << u"no text layer"_s;
}

void TestPdfLoader::refused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, messagePart);
    const LoadResult result = loadDocumentFromBytes(bytes, u"file.pdf"_s);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(messagePart), qPrintable(result.error));
    QVERIFY2(result.error.startsWith(u"file.pdf: "_s), qPrintable(result.error));
}

void TestPdfLoader::truncated()
{
    ArticleWriter writer;
    const QByteArray pdf = writer.write(u"Heading"_s, fixtureBody(u"jsonld-news"_s).split(u"\n\n"_s), {});
    // Cut anywhere: a readable prefix or a clear message, never a crash.
    for (const double share : {0.2, 0.5, 0.9, 0.99}) {
        const LoadResult result = loadDocumentFromBytes(pdf.left(qsizetype(pdf.size() * share)), u"cut.pdf"_s);
        QVERIFY(result.ok() || !result.error.isEmpty());
    }
}

void TestPdfLoader::cancel()
{
    ArticleWriter writer;
    QStringList paragraphs;
    for (int i = 0; i < 4; ++i)
        paragraphs += fixtureBody(u"jsonld-news"_s).split(u"\n\n"_s);
    const QByteArray pdf = writer.write(u"Heading"_s, paragraphs, {});
    QVERIFY(writer.pages() >= 2);
    std::vector<qint64> seen;
    LoadOptions options;
    options.progress = [&seen](const LoadProgress &p) {
        seen.push_back(p.done);
        return p.stage == LoadProgress::Stage::Extracting && p.done < 1;
    };
    const LoadResult result = loadDocumentFromBytes(pdf, u"long.pdf"_s, options);
    QVERIFY(!result.ok());
    QVERIFY(result.cancelled);
    QCOMPARE(seen, (std::vector<qint64>{0, 1}));
}

void TestPdfLoader::joinLines_data()
{
    // Lines without positions, as PDFium gives them when the boxes are unusable.
    QTest::addColumn<QStringList>("page1");
    QTest::addColumn<QStringList>("page2");
    QTest::addColumn<QString>("expected");
    QTest::newRow("soft wrap") << QStringList{u"The talks began on a long Tuesday"_s, u"and ended late."_s} << QStringList()
                               << u"The talks began on a long Tuesday and ended late."_s;
    QTest::newRow("hyphen before lower case") << QStringList{u"It was a remark-"_s, u"able outcome."_s} << QStringList()
                                              << u"It was a remarkable outcome."_s;
    QTest::newRow("hyphen before capital kept") << QStringList{u"The Franco-"_s, u"German treaty of that year."_s}
                                                << QStringList() << u"The Franco- German treaty of that year."_s;
    QTest::newRow("soft hyphen") << QStringList{u"A remark"_s + QChar(0x00AD), u"able outcome."_s} << QStringList()
                                 << u"A remarkable outcome."_s;
    QTest::newRow("blank line") << QStringList{u"First paragraph."_s, u""_s, u"Second one."_s} << QStringList()
                                << u"First paragraph.\n\nSecond one."_s;
    QTest::newRow("short line ending a sentence") << QStringList{u"A long line of text that fills the whole width of it,"_s,
                                                                 u"ends here."_s, u"A new paragraph starts with a line as long as that"_s}
                                                  << QStringList() << u"A long line of text that fills the whole width of it, ends here.\n\nA new paragraph starts with a line as long as that"_s;
    QTest::newRow("across pages") << QStringList{u"Text that runs on to the"_s, u"12"_s} << QStringList{u"next page without a break."_s}
                                  << u"Text that runs on to the next page without a break."_s;
    QTest::newRow("page numbers dropped") << QStringList{u"Page 1 of 2"_s, u"Body."_s} << QStringList{u"- 2 -"_s, u"More."_s}
                                          << u"Body. More."_s;
}

void TestPdfLoader::joinLines()
{
    QFETCH(QStringList, page1);
    QFETCH(QStringList, page2);
    QFETCH(QString, expected);
    std::vector<PdfPageLines> pages(1);
    for (const QString &l : page1)
        pages[0].push_back({l, QRectF(), false});
    if (!page2.isEmpty()) {
        pages.emplace_back();
        for (const QString &l : page2)
            pages[1].push_back({l, QRectF(), false});
    }
    QCOMPARE(joinPdfLines(pages), expected);
}

QTEST_MAIN(TestPdfLoader)
#include "tst_pdfloader.moc"
