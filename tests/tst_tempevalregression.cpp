// Tags the TempEval-3 training corpora (TimeBank and AQUAINT) from ../shared and fails if
// the TempEval-3 Task A scores fall below the floors reached so far. The corpora are not
// part of the project (research licence); without them the test skips and says why.

#include "temporal/TemporalTagger.h"
#include "timeml/TempEvalScorer.h"
#include "timeml/TimeMLReader.h"

#include <QDirIterator>
#include <QTest>

using namespace chronoline;

namespace {

// Floors just under the scores measured when they were set (README gives the figures).
constexpr double relaxedF1Floor = 0.948;
constexpr double strictF1Floor = 0.878;
constexpr double typeF1Floor = 0.905;
constexpr double valueF1Floor = 0.820;

} // namespace

class TestTempEvalRegression : public QObject {
    Q_OBJECT
private slots:
    void corpusScores_data();
    void corpusScores();
};

void TestTempEvalRegression::corpusScores_data()
{
    QTest::addColumn<QStringList>("folders");
    QTest::newRow("TimeBank+AQUAINT") << QStringList{QStringLiteral("TimeBank"), QStringLiteral("AQUAINT")};
}

void TestTempEvalRegression::corpusScores()
{
    QFETCH(QStringList, folders);
    const QString root = QStringLiteral(CHRONOLINE_SHARED_DIR "/data/tempeval3/train");
    if (!QDir(root).exists())
        QSKIP(qPrintable(QStringLiteral("TempEval-3 training data not found at %1; "
                                        "put ../shared beside the project to run this test").arg(root)));
    TempEvalScorer scorer;
    int files = 0;
    for (const QString &folder : folders) {
        QDirIterator it(root + u'/' + folder, {QStringLiteral("*.tml")}, QDir::Files);
        while (it.hasNext()) {
            QString error;
            const auto doc = TimeMLReader::readFile(it.next(), &error);
            QVERIFY2(doc, qPrintable(error));
            scorer.addFile(doc->timexes, TemporalTagger::english().tag(doc->text, doc->dctDate));
            ++files;
        }
    }
    QCOMPARE(files, 256);
    const TempEvalScores &s = scorer.scores();
    qInfo("strict F1 %.4f  relaxed P %.4f R %.4f F1 %.4f  type F1 %.4f  value F1 %.4f",
          s.strict().f1, s.relaxed().precision, s.relaxed().recall, s.relaxed().f1, s.typeF1(), s.valueF1());
    QVERIFY2(s.relaxed().f1 >= relaxedF1Floor, "relaxed F1 fell below its floor");
    QVERIFY2(s.strict().f1 >= strictF1Floor, "strict F1 fell below its floor");
    QVERIFY2(s.typeF1() >= typeF1Floor, "type F1 fell below its floor");
    QVERIFY2(s.valueF1() >= valueF1Floor, "value F1 fell below its floor");
}

QTEST_GUILESS_MAIN(TestTempEvalRegression)
#include "tst_tempevalregression.moc"
