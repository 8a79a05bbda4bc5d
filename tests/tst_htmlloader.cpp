// Saved web pages: article extraction measured against known bodies, the
// document date from each metadata style, titles, encodings, MHTML, and pages
// built to break the parser.
#include "document/DocumentLoader.h"
#include "document/HtmlMetadata.h"
#include "document/HtmlTree.h"
#include "document/MhtmlReader.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace chronoline;
using namespace Qt::StringLiterals;

namespace {

const QString kFixtures = QStringLiteral(CHRONOLINE_TEST_DIR "/fixtures/html");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

struct WordScore {
    double precision = 0;
    double recall = 0;
    double f1 = 0;
};

// Bag-of-words precision and recall of `extracted` against `expected`.
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
    const auto got = bag(extracted);
    const auto want = bag(expected);
    int gotTotal = 0, wantTotal = 0, common = 0;
    for (const auto &[w, n] : got)
        gotTotal += n;
    for (const auto &[w, n] : want) {
        wantTotal += n;
        const auto it = got.find(w);
        if (it != got.end())
            common += std::min(n, it->second);
    }
    WordScore s;
    s.precision = gotTotal ? double(common) / gotTotal : 0;
    s.recall = wantTotal ? double(common) / wantTotal : 0;
    s.f1 = s.precision + s.recall > 0 ? 2 * s.precision * s.recall / (s.precision + s.recall) : 0;
    return s;
}

// Quoted-printable encoding as a browser writes it into an MHTML file.
QByteArray quotedPrintable(const QByteArray &bytes)
{
    QByteArray out;
    int column = 0;
    for (const char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        QByteArray piece;
        if (c == '\n') {
            out += "\r\n";
            column = 0;
            continue;
        }
        if (c == '=' || c >= 0x80 || (c < 0x20 && c != '\t'))
            piece = '=' + QByteArray::number(c, 16).toUpper().rightJustified(2, '0');
        else
            piece = QByteArray(1, char(c));
        if (column + piece.size() > 75) {
            out += "=\r\n";
            column = 0;
        }
        out += piece;
        column += int(piece.size());
    }
    return out;
}

QByteArray mhtml(const QByteArray &html, const QByteArray &transferEncoding, const QByteArray &location)
{
    const QByteArray body = transferEncoding == "base64" ? html.toBase64() : quotedPrintable(html);
    return "From: <Saved by Blink>\r\n"
           "Snapshot-Content-Location: " + location + "\r\n"
           "Subject: A saved page\r\n"
           "MIME-Version: 1.0\r\n"
           "Content-Type: multipart/related;\r\n"
           "\ttype=\"text/html\";\r\n"
           "\tboundary=\"----MultipartBoundary--abc123----\"\r\n"
           "\r\n\r\n"
           "------MultipartBoundary--abc123----\r\n"
           "Content-Type: image/png\r\n"
           "Content-Transfer-Encoding: base64\r\n"
           "Content-Location: https://example.org/logo.png\r\n\r\n"
           "iVBORw0KGgo=\r\n\r\n"
           "------MultipartBoundary--abc123----\r\n"
           "Content-Type: text/html; charset=\"utf-8\"\r\n"
           "Content-Transfer-Encoding: " + transferEncoding + "\r\n"
           "Content-Location: " + location + "\r\n\r\n"
           + body + "\r\n\r\n"
           "------MultipartBoundary--abc123------\r\n";
}

} // namespace

class TestHtmlLoader : public QObject
{
    Q_OBJECT

private slots:
    void fixtures_data();
    void fixtures();
    void metadata_data();
    void metadata();
    void titles_data();
    void titles();
    void encodings_data();
    void encodings();
    void mhtmlArchive_data();
    void mhtmlArchive();
    void quotedPrintableDecoding();
    void hostilePages_data();
    void hostilePages();
    void deepNesting();
};

void TestHtmlLoader::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("dct");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("title");
    const QStringList lines = QString::fromUtf8(readAll(kFixtures + u"/fixtures.tsv"_s)).split(u'\n');
    for (const QString &line : lines) {
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList f = line.split(u'\t');
        QVERIFY2(f.size() == 4, qPrintable(line));
        QTest::newRow(qPrintable(f[0])) << f[0] << f[1] << f[2] << f[3];
    }
}

void TestHtmlLoader::fixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, dct);
    QFETCH(QString, source);
    QFETCH(QString, title);
    const LoadResult result = loadDocument(kFixtures + u'/' + file);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const Document &doc = *result.document;
    QCOMPARE(result.format, DocumentFormat::Html);
    QCOMPARE(doc.title, title);
    QCOMPARE(doc.dct ? doc.dct->toString(Qt::ISODate) : QString(), dct);
    QCOMPARE(dctSourceName(doc.dctSource), source);

    QString bodyFile = file;
    bodyFile.replace(u".html"_s, u".body.txt"_s);
    const QString expected = QString::fromUtf8(readAll(kFixtures + u'/' + bodyFile)).trimmed();
    const WordScore s = wordScore(doc.text, expected);
    qInfo("%-32s dct %-10s (%-9s) words P %.3f R %.3f F1 %.3f", qPrintable(file), qPrintable(dct),
          qPrintable(source), s.precision, s.recall, s.f1);
    if (s.f1 < 0.95)
        qInfo().noquote() << "extracted:\n" << doc.text;
    QVERIFY2(s.f1 >= 0.95, qPrintable(u"F1 %1"_s.arg(s.f1)));

    // Paragraph breaks survive: every known paragraph is one paragraph of the output.
    const QStringList got = doc.text.split(u"\n\n"_s);
    for (const QString &paragraph : expected.split(u"\n\n"_s))
        QVERIFY2(got.contains(paragraph), qPrintable(u"missing paragraph: "_s + paragraph.left(60)));
    QVERIFY(!doc.text.contains(u"must never appear"_s)); // script text
}

void TestHtmlLoader::metadata_data()
{
    QTest::addColumn<QString>("head");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("from");

    QTest::newRow("open graph") << u"<meta property='article:published_time' content='2023-03-14T10:05:00Z'>"_s
                                << QString() << QDate(2023, 3, 14) << u"article:published_time"_s;
    QTest::newRow("modified only is not a date") << u"<meta property='article:modified_time' content='2023-03-14'>"_s
                                                 << QString() << QDate() << QString();
    QTest::newRow("json-ld article beats webpage")
        << uR"(<script type="application/ld+json">[{"@type":"WebPage","datePublished":"2001-01-01"},
               {"@type":["NewsArticle"],"datePublished":"2023-03-14T08:00:00+08:00","dateModified":"2023-03-20"}]</script>)"_s
        << QString() << QDate(2023, 3, 14) << u"json-ld datePublished"_s;
    QTest::newRow("json-ld graph") << uR"(<script type="application/ld+json">{"@graph":[{"@type":"BlogPosting","datePublished":"2022-02-02"}]}</script>)"_s
                                   << QString() << QDate(2022, 2, 2) << u"json-ld datePublished"_s;
    QTest::newRow("broken json-ld ignored") << uR"(<script type="application/ld+json">{"datePublished": "2022-</script>)"_s
                                            << QString() << QDate() << QString();
    QTest::newRow("itemprop meta") << u"<meta itemprop='datePublished' content='2021-07-19'>"_s << QString()
                                   << QDate(2021, 7, 19) << u"datePublished"_s;
    QTest::newRow("itemprop text") << QString() << u"<span itemprop='datePublished'>July 19, 2021</span>"_s
                                   << QDate(2021, 7, 19) << u"itemprop datePublished"_s;
    QTest::newRow("dublin core") << u"<meta name='DC.date.issued' content='2019-05-02'>"_s << QString()
                                 << QDate(2019, 5, 2) << u"DC.date.issued"_s;
    QTest::newRow("dcterms") << u"<meta name='dcterms.created' content='2019-05-03'>"_s << QString()
                             << QDate(2019, 5, 3) << u"dcterms.created"_s;
    QTest::newRow("og:published_time") << u"<meta property='og:published_time' content='2018-01-02'>"_s << QString()
                                       << QDate(2018, 1, 2) << u"og:published_time"_s;
    QTest::newRow("pubdate name") << u"<meta name='pubdate' content='20180103'>"_s << QString()
                                  << QDate(2018, 1, 3) << u"pubdate"_s;
    QTest::newRow("time in article beats first time")
        << QString() << u"<div class='nav'><time datetime='2001-01-01'>x</time></div><article><time datetime='2020-09-30'>y</time></article>"_s
        << QDate(2020, 9, 30) << u"time datetime"_s;
    QTest::newRow("open graph beats json-ld beats time")
        << uR"(<meta property="article:published_time" content="2023-03-14"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-03-10"}</script>)"_s
        << u"<time datetime='2023-03-01'></time>"_s << QDate(2023, 3, 14) << u"article:published_time"_s;
    QTest::newRow("unparseable value skipped")
        << u"<meta property='article:published_time' content='soon'><meta name='DC.date' content='2017-04-05'>"_s
        << QString() << QDate(2017, 4, 5) << u"DC.date"_s;
}

void TestHtmlLoader::metadata()
{
    QFETCH(QString, head);
    QFETCH(QString, body);
    QFETCH(QDate, date);
    QFETCH(QString, from);
    const HtmlTree tree(u"<html><head>"_s + head + u"</head><body>"_s + body + u"</body></html>"_s);
    const HtmlMetadata meta = readHtmlMetadata(tree);
    QCOMPARE(meta.published.value_or(QDate()), date);
    QCOMPARE(meta.publishedFrom, from);
}

void TestHtmlLoader::titles_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("title");
    const QString body = u"<p>Some article text that is long enough to be kept as the body of the page.</p>"_s;
    QTest::newRow("og:title") << u"<title>T | Site</title><meta property='og:title' content='OG title'><h1>H</h1>"_s + body << u"OG title"_s;
    QTest::newRow("json-ld headline") << uR"(<title>T</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"LD title"}</script>)"_s + body << u"LD title"_s;
    QTest::newRow("title containing h1") << u"<title>Big news | The Site</title><h1>Big news</h1>"_s + body << u"Big news"_s;
    QTest::newRow("title alone") << u"<title> Only   title </title>"_s + body << u"Only title"_s;
    QTest::newRow("h1 alone") << u"<h1>Heading <em>one</em></h1>"_s + body << u"Heading one"_s;
    QTest::newRow("first line") << body << u"Some article text that is long enough to be kept as the body of the page."_s;
}

void TestHtmlLoader::titles()
{
    QFETCH(QString, html);
    QFETCH(QString, title);
    const LoadResult result = loadDocumentFromBytes(html.toUtf8(), u"page.html"_s);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.document->title, title);
}

void TestHtmlLoader::encodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    const QByteArray text1252("<p>Caf\xE9 \x93quoted\x94 \x80" "5 na\xEFve, a paragraph long enough to count.</p>");
    const QString expected = u"Café “quoted” €5 naïve, a paragraph long enough to count."_s;
    QTest::newRow("meta windows-1252") << QByteArray("<html><head><meta charset=\"windows-1252\"></head><body>" + text1252) << u"windows-1252"_s;
    QTest::newRow("http-equiv iso-8859-1") << QByteArray("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"></head><body>" + text1252) << u"windows-1252"_s;
    QTest::newRow("undeclared windows-1252") << QByteArray("<html><body>" + text1252) << u"windows-1252"_s;
    // A page that says Latin-1 but is UTF-8 is read as UTF-8: never mojibake.
    QTest::newRow("utf-8 declared latin-1") << QByteArray("<meta charset=iso-8859-1><p>" + expected.toUtf8() + "</p>") << u"UTF-8"_s;
    const QString html16 = u"<p>"_s + expected + u"</p>"_s;
    QTest::newRow("utf-16 with bom") << QByteArray("\xFF\xFE" + QByteArray(reinterpret_cast<const char *>(html16.utf16()), html16.size() * 2)) << u"UTF-16LE"_s;
}

void TestHtmlLoader::encodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    const LoadResult result = loadDocumentFromBytes(bytes, u"page.html"_s);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.encoding, encoding);
    QCOMPARE(result.document->text, u"Café “quoted” €5 naïve, a paragraph long enough to count."_s);
}

void TestHtmlLoader::mhtmlArchive_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QByteArray>("transfer");
    QTest::addColumn<QByteArray>("location");
    QTest::addColumn<QString>("dct");
    QTest::addColumn<QString>("source");
    QTest::newRow("quoted-printable, meta date") << u"og-article-published"_s << QByteArray("quoted-printable")
                                                 << QByteArray("https://courier.example/news/bridge") << u"2023-03-14"_s << u"html-meta"_s;
    QTest::newRow("base64, date from address") << u"no-date"_s << QByteArray("base64")
                                               << QByteArray("https://herald.example/2016/05/04/puncture.html") << u"2016-05-04"_s << u"filename"_s;
}

void TestHtmlLoader::mhtmlArchive()
{
    QFETCH(QString, fixture);
    QFETCH(QByteArray, transfer);
    QFETCH(QByteArray, location);
    QFETCH(QString, dct);
    QFETCH(QString, source);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"saved.mhtml"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(mhtml(readAll(kFixtures + u'/' + fixture + u".html"_s), transfer, location));
    file.close();

    const LoadResult result = loadDocument(path);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.format, DocumentFormat::Mhtml);
    QCOMPARE(result.document->dct ? result.document->dct->toString(Qt::ISODate) : QString(), dct);
    QCOMPARE(dctSourceName(result.document->dctSource), source);
    const QString expected = QString::fromUtf8(readAll(kFixtures + u'/' + fixture + u".body.txt"_s)).trimmed();
    const WordScore s = wordScore(result.document->text, expected);
    qInfo("mhtml %-24s words P %.3f R %.3f F1 %.3f", qPrintable(fixture), s.precision, s.recall, s.f1);
    QVERIFY(s.f1 >= 0.95);
}

void TestHtmlLoader::quotedPrintableDecoding()
{
    QCOMPARE(decodeQuotedPrintable("caf=C3=A9 soft=\r\nbreak, unix=\nbreak, a=3Db, stray = sign"),
             QByteArray("caf\xC3\xA9 softbreak, unixbreak, a=b, stray = sign"));
    QString error;
    QVERIFY(!readMhtml("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=x\r\n\r\n--x\r\nContent-Type: image/png\r\n\r\nabc\r\n--x--\r\n", &error));
    QVERIFY2(error.contains(u"no HTML"_s), qPrintable(error));
}

void TestHtmlLoader::hostilePages_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("hasText");
    const QByteArray para("<p>A sentence of the article, long enough, with a comma, to be scored.</p>");
    QTest::newRow("unclosed tags") << QByteArray("<html><body><div><p>Open <b>bold <i>both" + para + "<td>cell</table></span>") << true;
    QTest::newRow("no html element") << para << true;
    QTest::newRow("nesting 300 deep") << QByteArray("<html><body>") + QByteArray("<div>").repeated(300) + para << true;
    QTest::newRow("only navigation") << QByteArray("<html><body><nav><a href=a>Home</a></nav><script>var x='text';</script></body></html>") << false;
    QTest::newRow("empty body") << QByteArray("<html><head><title>Nothing</title></head><body></body></html>") << false;
    QTest::newRow("garbage markup") << QByteArray("<html><<<>>>&&&;;</div></p><p>A sentence long enough to keep, with a comma.</p") << true;
    QTest::newRow("entities") << QByteArray("<p>Fish &amp; chips &mdash; &#8364;5 &eacute;t&eacute; &nbsp; ok, this is long enough.</p>") << true;
}

void TestHtmlLoader::deepNesting()
{
    // libxml2 stops descending at its depth limit; what matters is no crash
    // and either text or a message.
    const QByteArray page = QByteArray("<html><body>") + QByteArray("<div>").repeated(100000)
        + "<p>Deep text, long enough to count as a paragraph.</p>";
    const LoadResult result = loadDocumentFromBytes(page, u"deep.html"_s);
    QVERIFY(result.ok() || !result.error.isEmpty());
}

void TestHtmlLoader::hostilePages()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, hasText);
    const LoadResult result = loadDocumentFromBytes(bytes, u"page.html"_s);
    QCOMPARE(result.ok(), hasText);
    if (!hasText)
        QVERIFY2(result.error.contains(u"no text"_s), qPrintable(result.error));
    if (QTest::currentDataTag() == QByteArray("entities"))
        QCOMPARE(result.document->text, u"Fish & chips — €5 été ok, this is long enough."_s);
}

QTEST_GUILESS_MAIN(TestHtmlLoader)
#include "tst_htmlloader.moc"
