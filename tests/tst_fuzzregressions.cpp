// Replays every input a fuzzer ever broke something with (tests/fuzz/regressions/
// <target>/), and every seed the fuzzers start from, through the same entry point
// the fuzzer drives: each must come back normally, keep its contract and take no
// longer than a bound.
#include "fuzz/FuzzTargets.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace chronoline;
using namespace Qt::StringLiterals;

namespace {

const QString regressionsDir = QStringLiteral(CHRONOLINE_TEST_DIR "/fuzz/regressions");
const QString seedsDir = QStringLiteral(CHRONOLINE_TEST_DIR "/fuzz/seeds");

void addFileRows(const QString &target, const QString &folder, const QString &label)
{
    const QDir dir(folder);
    for (const QString &file : dir.entryList(QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(label + u'/' + file)) << target << dir.filePath(file);
}
// Generous for a sanitizer build on a loaded machine; every input here is small,
// and a regression of a hang would take many times longer.
constexpr qint64 kMaxMsPerInput = 10000;

} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void everyFolderNamesATarget();
    void replay_data();
    void replay();
    void emptyInput_data();
    void emptyInput();
};

void TestFuzzRegressions::everyFolderNamesATarget()
{
    // A misspelt folder would silently replay nothing.
    const QStringList folders = QDir(regressionsDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &folder : folders)
        QVERIFY2(fuzz::findFuzzTarget(folder), qPrintable(folder + u" is not a fuzz target"_s));
}

void TestFuzzRegressions::replay_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("path");
    for (const fuzz::FuzzTarget &t : fuzz::fuzzTargets()) {
        const QString name = QString::fromLatin1(t.name);
        const QString seeds = QString::fromLatin1(t.seeds);
        addFileRows(name, seedsDir + u'/' + seeds, name + u" seed "_s + seeds);
        addFileRows(name, regressionsDir + u'/' + name, name + u" regression"_s);
    }
}

void TestFuzzRegressions::replay()
{
    QFETCH(QString, target);
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    const QByteArray input = file.readAll();
    QElapsedTimer clock;
    clock.start();
    const QString problem = fuzz::findFuzzTarget(target)->run(input);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(clock.elapsed() < kMaxMsPerInput, qPrintable(u"took %1 ms"_s.arg(clock.elapsed())));
}

void TestFuzzRegressions::emptyInput_data()
{
    QTest::addColumn<QString>("target");
    for (const fuzz::FuzzTarget &t : fuzz::fuzzTargets())
        QTest::newRow(t.name) << QString::fromLatin1(t.name);
}

// The smallest input of all, which every fuzzer tries first.
void TestFuzzRegressions::emptyInput()
{
    QFETCH(QString, target);
    const QString problem = fuzz::findFuzzTarget(target)->run(QByteArray());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
