// Qt PDF without a QGuiApplication: the loader must work in a command-line
// program, which has only a QCoreApplication.
#include "document/DocumentLoader.h"
#include "fixtures/pdf/MinimalPdf.h"

#include <QTest>

using namespace chronoline;
using namespace Qt::StringLiterals;

class TestPdfLoaderCore : public QObject
{
    Q_OBJECT

private slots:
    void loadsUnderCoreApplication();
    void encrypted();
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

QTEST_GUILESS_MAIN(TestPdfLoaderCore)
#include "tst_pdfloadercore.moc"
