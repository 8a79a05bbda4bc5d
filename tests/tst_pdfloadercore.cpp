// Qt PDF without a QGuiApplication: the loader must work in a command-line
// program, which has only a QCoreApplication.
#include "document/DocumentLoader.h"
#include "fixtures/pdf/MinimalPdf.h"

#include <QElapsedTimer>
#include <QTest>

using namespace chronoline;
using namespace Qt::StringLiterals;

class TestPdfLoaderCore : public QObject
{
    Q_OBJECT

private slots:
    void loadsUnderCoreApplication();
    void encrypted();
    void manyPages();
    void cancelHalfway();
    void overPageLimit();
    void pageTreeCycle_data();
    void pageTreeCycle();
};

void TestPdfLoaderCore::loadsUnderCoreApplication()
{
    QVERIFY(QCoreApplication::instance());
    QVERIFY(!QCoreApplication::instance()->inherits("QGuiApplication"));
    const QByteArray pdf = testing::minimalPdf({"Published 14 March 2023", "",
                                                "The talks ended on Tuesday without a deal."});
    const LoadResult result = loadDocumentFromBytes(pdf, u"talks.pdf"_s);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.format, DocumentFormat::Pdf);
    QVERIFY2(result.document->text.contains(u"The talks ended on Tuesday without a deal."_s),
             qPrintable(result.document->text));
    QCOMPARE(result.document->dct.value_or(QDate()), QDate(2023, 3, 14));
    QCOMPARE(result.document->dctSource, DctSource::Dateline);
}

void TestPdfLoaderCore::encrypted()
{
    const LoadResult result = loadDocumentFromBytes(testing::minimalPdf({"Secret"}, true), u"secret.pdf"_s);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(u"password"_s), qPrintable(result.error));
    QVERIFY2(result.error.startsWith(u"secret.pdf: "_s), qPrintable(result.error));
}

namespace {

constexpr int kPages = 2000;

QByteArray manyPagePdf()
{
    return testing::minimalPdf({"Published 14 March 2023", "", "The talks ended on Tuesday without a deal."},
                               false, kPages);
}

} // namespace

// 2,000 pages: every page reported to the progress callback, in bounded time.
void TestPdfLoaderCore::manyPages()
{
    std::vector<qint64> done;
    LoadOptions options;
    options.progress = [&done](const LoadProgress &p) {
        if (p.stage == LoadProgress::Stage::Extracting && p.total == kPages)
            done.push_back(p.done);
        return true;
    };
    QElapsedTimer clock;
    clock.start();
    const LoadResult result = loadDocumentFromBytes(manyPagePdf(), u"pages.pdf"_s, options);
    QVERIFY2(clock.elapsed() < 60000, qPrintable(u"took %1 ms"_s.arg(clock.elapsed())));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(result.document->text.contains(u"The talks ended on Tuesday without a deal."_s));
    QCOMPARE(done.size(), size_t(kPages + 1));
    QCOMPARE(done.front(), qint64(0));
    QCOMPARE(done.back(), qint64(kPages));
}

// Cancelling at page 100 of 2,000 stops there, without reading the rest.
void TestPdfLoaderCore::cancelHalfway()
{
    qint64 last = -1;
    LoadOptions options;
    options.progress = [&last](const LoadProgress &p) {
        last = p.done;
        return p.done < 100;
    };
    const LoadResult result = loadDocumentFromBytes(manyPagePdf(), u"pages.pdf"_s, options);
    QVERIFY(!result.ok());
    QVERIFY(result.cancelled);
    QCOMPARE(last, qint64(100));
}

void TestPdfLoaderCore::overPageLimit()
{
    LoadOptions options;
    options.maxPdfPages = kPages - 1;
    int reports = 0;
    options.progress = [&reports](const LoadProgress &p) {
        reports += p.stage == LoadProgress::Stage::Extracting;
        return true;
    };
    const LoadResult result = loadDocumentFromBytes(manyPagePdf(), u"pages.pdf"_s, options);
    QVERIFY(!result.ok());
    QCOMPARE(result.error, u"pages.pdf: This PDF has 2000 pages, over the 1999-page limit for a document."_s);
    QCOMPARE(reports, 0);   // refused before reading a page
    QCOMPARE(kDefaultMaxPdfPages, 5000);
}

// Qt PDF never returns from opening a PDF whose page tree contains itself (found by
// fuzz_pdf_loader), so such a file is refused before it is handed over.
void TestPdfLoaderCore::pageTreeCycle_data()
{
    QTest::addColumn<QByteArray>("pdf");
    QTest::addColumn<bool>("refused");
    const QByteArray twoPages = testing::minimalPdf({"The talks ended on Tuesday."}, false, 2);
    QVERIFY(twoPages.contains("/Kids [5 0 R 6 0 R ]"));
    QByteArray itself = twoPages;
    itself.replace("/Kids [5 0 R 6 0 R ]", "/Kids [2 0 R]");
    QTest::newRow("kids itself") << itself << true;
    // Page 6 made a /Pages node whose kid is the root: a cycle two deep.
    QByteArray twoDeep = twoPages;
    const qsizetype six = twoDeep.indexOf("6 0 obj");
    QVERIFY(six > 0);
    twoDeep.replace(twoDeep.indexOf("/Type /Page ", six), 12, "/Type /Pages /Kids [2 0 R] /Count 1 ");
    QTest::newRow("two deep") << twoDeep << true;
    QByteArray sameKidTwice = twoPages;
    sameKidTwice.replace("/Kids [5 0 R 6 0 R ]", "/Kids [5 0 R 5 0 R]");
    QTest::newRow("a page listed twice is no cycle") << sameKidTwice << false;
    QTest::newRow("the file as written") << twoPages << false;
}

void TestPdfLoaderCore::pageTreeCycle()
{
    QFETCH(QByteArray, pdf);
    QFETCH(bool, refused);
    QElapsedTimer clock;
    clock.start();
    const LoadResult result = loadDocumentFromBytes(pdf, u"loop.pdf"_s);
    QVERIFY2(clock.elapsed() < 10000, qPrintable(u"took %1 ms"_s.arg(clock.elapsed())));
    if (refused)
        QCOMPARE(result.error, u"loop.pdf: This PDF is damaged: its page tree contains itself."_s);
    else
        QVERIFY2(result.error.isEmpty() || !result.error.contains(u"page tree"_s), qPrintable(result.error));
}

QTEST_GUILESS_MAIN(TestPdfLoaderCore)
#include "tst_pdfloadercore.moc"
