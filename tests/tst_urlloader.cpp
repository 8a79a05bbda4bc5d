// Web addresses: pages served by a small HTTP server on 127.0.0.1 inside the
// test, fetched through the loader's synchronous Qt Network wrapper.
#include "document/DocumentLoader.h"
#include "fixtures/pdf/MinimalPdf.h"

#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <map>

using namespace chronoline;
using namespace Qt::StringLiterals;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(CHRONOLINE_TEST_DIR "/fixtures/html/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

struct Response {
    QByteArray status = "200 OK";
    QByteArray headers;      // extra header lines, each ending in \r\n
    QByteArray body;
    bool silent = false;     // accept the request and never answer
    qint64 declaredLength = -1;
};

// Just enough HTTP/1.1 for the loader: one request per connection.
class TinyHttpServer : public QObject
{
public:
    TinyHttpServer()
    {
        connect(&server_, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = server_.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
            }
        });
    }
    bool listen() { return server_.listen(QHostAddress::LocalHost, 0); }
    void close() { server_.close(); }
    QString url(const QString &path) const
    {
        return u"http://127.0.0.1:%1%2"_s.arg(server_.serverPort()).arg(path);
    }
    std::map<QByteArray, Response> routes;
    int requests = 0;

private:
    void serve(QTcpSocket *socket)
    {
        QByteArray &buffer = buffers_[socket];
        buffer += socket->readAll();
        if (!buffer.contains("\r\n\r\n"))
            return;
        ++requests;
        const QByteArray path = buffer.split(' ').value(1);
        const auto it = routes.find(path);
        const Response response = it != routes.end() ? it->second : Response{"404 Not Found", {}, "no such page", false, -1};
        if (response.silent)
            return;
        const qint64 length = response.declaredLength >= 0 ? response.declaredLength : response.body.size();
        socket->write("HTTP/1.1 " + response.status + "\r\nContent-Length: " + QByteArray::number(length)
                      + "\r\nConnection: close\r\n" + response.headers + "\r\n" + response.body);
        socket->disconnectFromHost();
    }

    QTcpServer server_;
    std::map<QTcpSocket *, QByteArray> buffers_;
};

} // namespace

class TestUrlLoader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pages_data();
    void pages();
    void errors_data();
    void errors();
    void timeout();
    void connectionRefused();
    void cancel();

private:
    TinyHttpServer http_;
};

void TestUrlLoader::initTestCase()
{
    QVERIFY(http_.listen());
    const QByteArray html = "Content-Type: text/html; charset=utf-8\r\n";
    http_.routes["/news/bridge"] = {"200 OK", html, fixture(u"og-article-published.html"_s)};
    http_.routes["/old-link"] = {"301 Moved Permanently", "Location: /news/bridge\r\n", {}};
    http_.routes["/world/2021/02/03/concerts"] = {"200 OK", html, fixture(u"2017-10-02-no-metadata.html"_s)};
    http_.routes["/latin"] = {"200 OK", "Content-Type: text/html; charset=ISO-8859-1\r\n",
                              "<html><body><p>Caf\xE9 \x93quoted\x94, a paragraph long enough to be the article.</p></body></html>"};
    http_.routes["/2023/03/15/wire"] = {"200 OK", "Content-Type: text/plain\r\n",
                                        "LONDON, March 14 (Reuters) - Talks resumed on Tuesday.\n"};
    http_.routes["/report"] = {"200 OK", "Content-Type: application/pdf\r\n",
                               testing::minimalPdf({"Published 2 May 2019", "", "The report was published today."})};
    http_.routes["/loop"] = {"302 Found", "Location: /loop\r\n", {}};
    http_.routes["/broken"] = {"500 Internal Server Error", "Content-Type: text/plain\r\n", "oops"};
    http_.routes["/gone"] = {"410 Gone", {}, {}};
    http_.routes["/big"] = {"200 OK", "Content-Type: text/plain\r\n", QByteArray(5000, 'a')};
    http_.routes["/empty"] = {"200 OK", "Content-Type: text/html\r\n", {}};
    http_.routes["/silent"] = {"200 OK", {}, {}, true};
}

void TestUrlLoader::pages_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("finalPath");
    QTest::addColumn<DocumentFormat>("format");
    QTest::addColumn<QString>("dct");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("textPart");
    QTest::newRow("page with metadata") << u"/news/bridge"_s << u"/news/bridge"_s << DocumentFormat::Html
                                        << u"2023-03-14"_s << u"html-meta"_s << u"The Eastport harbour bridge reopened"_s;
    QTest::newRow("redirect followed") << u"/old-link"_s << u"/news/bridge"_s << DocumentFormat::Html
                                       << u"2023-03-14"_s << u"html-meta"_s << u"Mayor Daniel Okafor"_s;
    QTest::newRow("date in the address") << u"/world/2021/02/03/concerts"_s << u"/world/2021/02/03/concerts"_s
                                         << DocumentFormat::Html << u"2021-02-03"_s << u"filename"_s << u"free concerts"_s;
    QTest::newRow("charset from header") << u"/latin"_s << u"/latin"_s << DocumentFormat::Html << QString()
                                         << u"none"_s << u"Café “quoted”"_s;
    QTest::newRow("plain text, dateline year from address") << u"/2023/03/15/wire"_s << u"/2023/03/15/wire"_s
                                                            << DocumentFormat::PlainText << u"2023-03-14"_s
                                                            << u"dateline"_s << u"Talks resumed"_s;
    QTest::newRow("pdf by content type") << u"/report"_s << u"/report"_s << DocumentFormat::Pdf << u"2019-05-02"_s
                                         << u"dateline"_s << u"The report was published today."_s;
}

void TestUrlLoader::pages()
{
    QFETCH(QString, path);
    QFETCH(QString, finalPath);
    QFETCH(DocumentFormat, format);
    QFETCH(QString, dct);
    QFETCH(QString, source);
    QFETCH(QString, textPart);
    const LoadResult result = loadDocument(http_.url(path));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.format, format);
    const Document &doc = *result.document;
    QCOMPARE(doc.sourcePath, http_.url(finalPath));
    QCOMPARE(doc.dct ? doc.dct->toString(Qt::ISODate) : QString(), dct);
    QCOMPARE(dctSourceName(doc.dctSource), source);
    QVERIFY2(doc.text.contains(textPart), qPrintable(doc.text.left(200)));
}

void TestUrlLoader::errors_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<qint64>("maxBytes");
    QTest::addColumn<QStringList>("messageParts");
    QTest::newRow("404") << u"/nowhere"_s << kDefaultMaxDocumentBytes << QStringList{u"HTTP 404"_s, u"Not Found"_s};
    QTest::newRow("410") << u"/gone"_s << kDefaultMaxDocumentBytes << QStringList{u"HTTP 410"_s, u"Gone"_s};
    QTest::newRow("500") << u"/broken"_s << kDefaultMaxDocumentBytes << QStringList{u"HTTP 500"_s};
    QTest::newRow("redirect loop") << u"/loop"_s << kDefaultMaxDocumentBytes << QStringList{u"redirects"_s};
    QTest::newRow("too large") << u"/big"_s << qint64(1000) << QStringList{u"larger than"_s, u"limit"_s};
    QTest::newRow("empty page") << u"/empty"_s << kDefaultMaxDocumentBytes << QStringList{u"is empty"_s};
}

void TestUrlLoader::errors()
{
    QFETCH(QString, path);
    QFETCH(qint64, maxBytes);
    QFETCH(QStringList, messageParts);
    LoadOptions options;
    options.maxBytes = maxBytes;
    const LoadResult result = loadDocument(http_.url(path), options);
    QVERIFY(!result.ok());
    QVERIFY(!result.cancelled);
    for (const QString &part : messageParts)
        QVERIFY2(result.error.contains(part), qPrintable(result.error));
}

void TestUrlLoader::timeout()
{
    LoadOptions options;
    options.timeoutMs = 300;
    QElapsedTimer clock;
    clock.start();
    const LoadResult result = loadDocument(http_.url(u"/silent"_s), options);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(u"did not answer within 0.3 seconds"_s), qPrintable(result.error));
    QVERIFY(clock.elapsed() < 5000);
}

void TestUrlLoader::connectionRefused()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    LoadResult result = loadDocument(u"http://127.0.0.1:%1/x"_s.arg(port));
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(u"refused"_s), qPrintable(result.error));

    result = loadDocument(u"ftp://127.0.0.1/file.txt"_s);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(u"only http and https"_s), qPrintable(result.error));
}

void TestUrlLoader::cancel()
{
    LoadOptions options;
    options.progress = [](const LoadProgress &p) { return p.stage != LoadProgress::Stage::Downloading; };
    const LoadResult result = loadDocument(http_.url(u"/big"_s), options);
    QVERIFY(!result.ok());
    QVERIFY(result.cancelled);
}

QTEST_GUILESS_MAIN(TestUrlLoader)
#include "tst_urlloader.moc"
