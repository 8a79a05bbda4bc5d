// Plain text and Markdown through the public entry point: encodings, markup
// removal, limits, format detection and the date found without HTML metadata.
#include "document/DocumentLoader.h"
#include "document/MarkdownStripper.h"
#include "document/TextDecoder.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace chronoline;
using namespace Qt::StringLiterals;

namespace {

// Letters that turn into mojibake when an encoding is guessed wrong.
const QString kSample = u"Café – naïve “quotes”, €5, Zoë’s Straße\nsecond line"_s;

QByteArray encoded(QStringEncoder::Encoding encoding, const QString &text, bool bom)
{
    QStringEncoder encoder(encoding, bom ? QStringEncoder::Flag::WriteBom : QStringEncoder::Flag::Default);
    return encoder.encode(text);
}

} // namespace

class TestTextLoader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void encodings_data();
    void encodings();
    void lineBreaks();
    void markdown_data();
    void markdown();
    void markdownTitle();
    void refused_data();
    void refused();
    void sizeLimit();
    void missingFile();
    void formatDetection_data();
    void formatDetection();
    void documentDate_data();
    void documentDate();
    void cancel();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir dir_;
};

void TestTextLoader::initTestCase()
{
    QVERIFY(dir_.isValid());
}

QString TestTextLoader::write(const QString &name, const QByteArray &bytes)
{
    const QString path = dir_.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write test file");
    return path;
}

void TestTextLoader::encodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("encoding");

    QTest::newRow("utf-8") << kSample.toUtf8() << kSample << u"UTF-8"_s;
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF" + kSample.toUtf8()) << kSample << u"UTF-8"_s;
    QTest::newRow("utf-16le bom") << encoded(QStringEncoder::Utf16LE, kSample, true) << kSample << u"UTF-16LE"_s;
    QTest::newRow("utf-16be bom") << encoded(QStringEncoder::Utf16BE, kSample, true) << kSample << u"UTF-16BE"_s;
    QTest::newRow("utf-16le no bom") << encoded(QStringEncoder::Utf16LE, kSample, false) << kSample << u"UTF-16LE"_s;
    QTest::newRow("utf-32le bom") << encoded(QStringEncoder::Utf32LE, kSample, true) << kSample << u"UTF-32LE"_s;

    // windows-1252: é E9, – 96, ï EF, “ 93, ” 94, € 80, ë EB, ’ 92, ß DF.
    const QByteArray cp1252("Caf\xE9 \x96 na\xEFve \x93quotes\x94, \x80" "5, Zo\xEB\x92s Stra\xDF" "e\nsecond line");
    QTest::newRow("windows-1252") << cp1252 << kSample << u"windows-1252"_s;
    const QByteArray latin1("Gr\xFC\xDF" "e aus K\xF6ln, 14 d\xE9" "cembre");
    QTest::newRow("latin-1") << latin1 << u"Grüße aus Köln, 14 décembre"_s << u"windows-1252"_s;
    // A UTF-8 file with one stray windows-1252 byte keeps its UTF-8 letters.
    const QByteArray mixed = u"Zoë’s café, "_s.toUtf8() + QByteArray("na\xEFve");
    QTest::newRow("utf-8 with a stray byte") << mixed << u"Zoë’s café, naïve"_s << u"UTF-8 with windows-1252 bytes"_s;
}

void TestTextLoader::encodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QFETCH(QString, encoding);
    const QString path = write(u"encoding-"_s + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-') + u".txt"_s, bytes);
    const LoadResult result = loadDocument(path);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.document->text, expected);
    QCOMPARE(result.encoding, encoding);
    QCOMPARE(result.format, DocumentFormat::PlainText);
    QVERIFY(!result.document->text.contains(QChar(0xFFFD)));
    QVERIFY(!result.document->text.contains(u'Ã'));
    QCOMPARE(result.document->title, expected.section(u'\n', 0, 0));
}

void TestTextLoader::lineBreaks()
{
    const LoadResult result = loadDocumentFromBytes("\r\n\r\nFirst line\r\nsecond\rthird\n", u"notes.txt"_s);
    QVERIFY(result.ok());
    QCOMPARE(result.document->text, u"\n\nFirst line\nsecond\nthird\n"_s);
    QCOMPARE(result.document->title, u"First line"_s);
    QCOMPARE(result.document->sourcePath, u"notes.txt"_s);
}

void TestTextLoader::markdown_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("expected");

    QTest::newRow("headings") << u"# Title\n\nText.\n\n## Part two ##\nMore."_s
                              << u"Title\n\nText.\n\nPart two\n\nMore."_s;
    QTest::newRow("setext") << u"Title\n=====\n\nText.\n\nSub\n---\nMore."_s << u"Title\n\nText.\n\nSub\n\nMore."_s;
    QTest::newRow("emphasis") << u"A **bold** and *em* and __b__ and _i_ and ~~gone~~ word."_s
                              << u"A bold and em and b and i and gone word."_s;
    QTest::newRow("snake_case kept") << u"Call some_function_name now."_s << u"Call some_function_name now."_s;
    QTest::newRow("links") << u"See [the report](https://x.org/r \"R\") and [this][1] or <https://x.org>.\n\n[1]: https://x.org/1"_s
                           << u"See the report and this or https://x.org."_s;
    QTest::newRow("images") << u"Before ![a chart](chart.png) after."_s << u"Before  after."_s;
    QTest::newRow("inline code") << u"Run `make` first."_s << u"Run make first."_s;
    QTest::newRow("code fence") << u"Text.\n\n```cpp\nint x = 1;\nint y = 2;\n```\n\nEnd."_s
                                << u"Text.\n\nint x = 1;\nint y = 2;\n\nEnd."_s;
    QTest::newRow("lists") << u"Items:\n\n- one\n* two\n+ three\n1. four\n2) five\n- [x] done\n\nAfter."_s
                           << u"Items:\n\none\ntwo\nthree\nfour\nfive\ndone\n\nAfter."_s;
    QTest::newRow("list continuation") << u"- a long item\n  that wraps\n- next"_s << u"a long item that wraps\nnext"_s;
    QTest::newRow("soft wrap joined") << u"One line\nwraps here.\n\nNew paragraph."_s
                                      << u"One line wraps here.\n\nNew paragraph."_s;
    QTest::newRow("hard break") << u"Line one  \nline two"_s << u"Line one\nline two"_s;
    QTest::newRow("blockquote") << u"> Quoted **text**\n> continues."_s << u"Quoted text continues."_s;
    QTest::newRow("rule") << u"Above.\n\n---\n\nBelow."_s << u"Above.\n\nBelow."_s;
    QTest::newRow("escapes") << u"Not \\*emphasis\\* and 5\\_000."_s << u"Not *emphasis* and 5_000."_s;
    QTest::newRow("front matter") << u"---\ntitle: \"Xi in Moscow\"\ndate: 2023-03-14\n---\nBody."_s << u"Body."_s;
    QTest::newRow("table") << u"| Year | Event |\n|------|:-----:|\n| 2023 | Visit |"_s << u"Year\tEvent\n2023\tVisit"_s;
    QTest::newRow("html comment") << u"Text <!-- hidden --> shown."_s << u"Text  shown."_s;
}

void TestTextLoader::markdown()
{
    QFETCH(QString, markdown);
    QFETCH(QString, expected);
    QCOMPARE(stripMarkdown(markdown).text, expected);
}

void TestTextLoader::markdownTitle()
{
    const QString path = write(u"story.md"_s, "---\ntitle: 'Front matter title'\n---\n# Heading\n\nBody text.\n");
    LoadResult result = loadDocument(path);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.format, DocumentFormat::Markdown);
    QCOMPARE(result.document->title, u"Front matter title"_s);
    QCOMPARE(result.document->text, u"Heading\n\nBody text."_s);

    result = loadDocumentFromBytes("Some *intro* line\n\n## Later heading\n", u"x.md"_s);
    QVERIFY(result.ok());
    QCOMPARE(result.document->title, u"Later heading"_s);
    result = loadDocumentFromBytes("Just a *plain* line.\n", u"x.md"_s);
    QCOMPARE(result.document->title, u"Just a plain line."_s);
}

void TestTextLoader::refused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("empty") << QByteArray() << u"is empty"_s;
    QTest::newRow("white space only") << QByteArray(" \n\t\r\n ") << u"contains no text"_s;
    QTest::newRow("nul bytes") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20) << u"binary"_s;
    QTest::newRow("control characters") << QByteArray(200, '\x01') + QByteArray("abc") << u"binary"_s;
    QTest::newRow("markdown with nothing left") << QByteArray("![only an image](a.png)\n\n---\n") << u"contains no text"_s;
}

void TestTextLoader::refused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, messagePart);
    const QString name = QTest::currentDataTag() == QByteArray("markdown with nothing left") ? u"x.md"_s : u"x.txt"_s;
    const LoadResult result = loadDocument(write(name, bytes));
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(messagePart), qPrintable(result.error));
    QVERIFY2(result.error.startsWith(name), qPrintable(result.error)); // says which file
}

void TestTextLoader::sizeLimit()
{
    const QString path = write(u"big.txt"_s, QByteArray(4096, 'a'));
    LoadOptions options;
    options.maxBytes = 1024;
    LoadResult result = loadDocument(path, options);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(u"limit"_s), qPrintable(result.error));
    result = loadDocumentFromBytes(QByteArray(4096, 'a'), u"big.txt"_s, options);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(u"limit"_s), qPrintable(result.error));
    QCOMPARE(kDefaultMaxDocumentBytes, 50LL * 1024 * 1024);
}

void TestTextLoader::missingFile()
{
    LoadResult result = loadDocument(dir_.filePath(u"nope.txt"_s));
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(u"does not exist"_s), qPrintable(result.error));
    result = loadDocument(dir_.path());
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(u"folder"_s), qPrintable(result.error));
    // A file:// URL reads the local file.
    const QString path = write(u"url.txt"_s, "Hello.");
    result = loadDocument(QUrl::fromLocalFile(path).toString());
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.document->text, u"Hello."_s);
}

void TestTextLoader::formatDetection_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("name");
    QTest::addColumn<DocumentFormat>("format");
    QTest::newRow("txt") << QByteArray("x") << u"a.txt"_s << DocumentFormat::PlainText;
    QTest::newRow("md") << QByteArray("x") << u"a.MD"_s << DocumentFormat::Markdown;
    QTest::newRow("html") << QByteArray("x") << u"a.htm"_s << DocumentFormat::Html;
    QTest::newRow("mhtml") << QByteArray("x") << u"a.mht"_s << DocumentFormat::Mhtml;
    QTest::newRow("pdf ext") << QByteArray("x") << u"a.pdf"_s << DocumentFormat::Pdf;
    QTest::newRow("pdf magic wins") << QByteArray("%PDF-1.7\n") << u"a.txt"_s << DocumentFormat::Pdf;
    QTest::newRow("url with query") << QByteArray("x") << u"https://x.org/a.html?b=c.txt"_s << DocumentFormat::Html;
    QTest::newRow("sniffed html") << QByteArray("\xEF\xBB\xBF  <!DOCTYPE html><html>") << u"clip"_s << DocumentFormat::Html;
    QTest::newRow("sniffed mhtml") << QByteArray("From: <Saved by Blink>\nMIME-Version: 1.0") << u"clip"_s << DocumentFormat::Mhtml;
    QTest::newRow("sniffed text") << QByteArray("Plain words < and >") << u"clip"_s << DocumentFormat::PlainText;
}

void TestTextLoader::formatDetection()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, name);
    QFETCH(DocumentFormat, format);
    QCOMPARE(detectFormat(bytes, name), format);
}

void TestTextLoader::documentDate_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QDate>("option");
    QTest::addColumn<QDate>("dct");
    QTest::addColumn<DctSource>("source");

    const QByteArray plain("Talks resumed on Tuesday.\n\nNo date is given here.\n");
    const QByteArray dated("LONDON, March 14 (Reuters) - Talks resumed on Tuesday.\n");
    QTest::newRow("nothing: no date, never today") << u"notes.txt"_s << plain << QDate() << QDate() << DctSource::None;
    QTest::newRow("file name") << u"2023-03-10-notes.txt"_s << plain << QDate() << QDate(2023, 3, 10) << DctSource::Filename;
    QTest::newRow("dateline beats file name, year from it") << u"2023-03-10-notes.txt"_s << dated << QDate()
                                                            << QDate(2023, 3, 14) << DctSource::Dateline;
    QTest::newRow("dateline without year, no hint") << u"notes.txt"_s << dated << QDate() << QDate() << DctSource::None;
    QTest::newRow("option beats all") << u"2023-03-10-notes.txt"_s << dated << QDate(2020, 1, 2)
                                      << QDate(2020, 1, 2) << DctSource::Option;
    QTest::newRow("markdown byline") << u"post.md"_s << QByteArray("# Title\n\n*Published 14 March 2023*\n\nText.\n")
                                     << QDate() << QDate(2023, 3, 14) << DctSource::Dateline;
}

void TestTextLoader::documentDate()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, text);
    QFETCH(QDate, option);
    QFETCH(QDate, dct);
    QFETCH(DctSource, source);
    LoadOptions options;
    if (option.isValid())
        options.dct = option;
    const LoadResult result = loadDocument(write(name, text), options);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.document->dct.value_or(QDate()), dct);
    QCOMPARE(dctSourceName(result.document->dctSource), dctSourceName(source));
}

void TestTextLoader::cancel()
{
    const QString path = write(u"cancel.txt"_s, QByteArray(3 * 1024 * 1024, 'a'));
    int calls = 0;
    LoadOptions options;
    options.progress = [&calls](const LoadProgress &p) {
        ++calls;
        return p.done < 1024 * 1024 + 1; // stop after the first megabyte
    };
    const LoadResult result = loadDocument(path, options);
    QVERIFY(!result.ok());
    QVERIFY(result.cancelled);
    QCOMPARE(calls, 2);
}

QTEST_GUILESS_MAIN(TestTextLoader)
#include "tst_textloader.moc"
