#include "project/ProjectReader.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace chronoline;
using namespace Qt::Literals::StringLiterals;

// The real `chronoline` binary through a crash: a session makes edits (the
// test-only CHRONOLINE_TEST_EDITS pushes them through the undo stack like the
// reader's own), autosaves them, and is killed with SIGKILL, so no clean-up
// code of its own runs. The next start must offer the edits back (the answer
// given by CHRONOLINE_TEST_RECOVERY) and show them, which CHRONOLINE_TEST_DUMP
// reports by writing the window's project to a file.
class TestCrashRecovery : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFile::exists(QStringLiteral(CHRONOLINE_VIEWER)), CHRONOLINE_VIEWER); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void killedSessionIsRecovered()
    {
        crashAfterEdits();
        const QString dump = m_dir->filePath(u"dump.chronoline"_s);
        const QString output = runToEnd(u"restore"_s, dump);
        QVERIFY2(output.contains(u"recovery offered: Xi to meet Putin in Moscow (sample) (2 edits)"_s), qPrintable(output));
        QVERIFY2(output.contains(u"modified=1"_s), qPrintable(output));   // restored edits are unsaved edits

        const ProjectReadResult read = ProjectReader::read(dump);
        QVERIFY2(read.ok(), qPrintable(read.error));
        const Events events = read.project->editedEvents();
        QVERIFY(!events.empty());
        QCOMPARE(events.front().id, u"e1"_s);
        QCOMPARE(events.front().title, u"Renamed before the crash"_s);
        for (const Event &e : events)
            QVERIFY2(e.id != u"e2", "the deleted event came back");
        // The crashed session's copy is gone, and so is the restoring session's after its clean exit.
        QCOMPARE(autosaves(), QStringList());
        QCOMPARE(locks(), QStringList());
    }

    void declinedRecoveryStartsEmpty()
    {
        crashAfterEdits();
        const QString dump = m_dir->filePath(u"dump.chronoline"_s);
        const QString output = runToEnd(u"discard"_s, dump);
        QVERIFY2(output.contains(u"recovery offered"_s), qPrintable(output));
        QVERIFY2(output.contains(u"modified=0"_s), qPrintable(output));
        QVERIFY(ProjectReader::read(dump).project->document.text.isEmpty());
        QCOMPARE(autosaves(), QStringList());
    }

    // A session that is still running keeps its autosave to itself.
    void liveSessionIsNotOffered()
    {
        QProcess first;
        startWithEdits(first);
        QTRY_VERIFY_WITH_TIMEOUT(autosaves().size() == 1, 60000);
        const QString output = runToEnd(u"restore"_s, m_dir->filePath(u"dump.chronoline"_s));
        QVERIFY2(!output.contains(u"recovery offered"_s), qPrintable(output));
        QCOMPARE(autosaves().size(), 1);
        first.kill();
        first.waitForFinished();
    }

private:
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"CHRONOLINE_AUTOSAVE_DIR"_s, autosaveDir());
        // Settings and recent files of these runs stay in the temporary folder.
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"data"_s));
        return env;
    }

    void startWithEdits(QProcess &process)
    {
        QProcessEnvironment env = environment();
        env.insert(u"CHRONOLINE_TEST_EDITS"_s,
                   uR"([{"op": "rename", "event": "e1", "title": "Renamed before the crash"},
                        {"op": "delete", "event": "e2"}])"_s);
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral(CHRONOLINE_VIEWER), {u"--sample"_s});
        QVERIFY2(process.waitForStarted(), qPrintable(process.errorString()));
    }

    void crashAfterEdits()
    {
        QProcess first;
        startWithEdits(first);
        // The autosave follows the edits after its debounce (2 s).
        QTRY_VERIFY_WITH_TIMEOUT(autosaves().size() == 1, 60000);
        const QString copy = QDir(autosaveDir()).filePath(autosaves().constFirst());
        QTRY_VERIFY_WITH_TIMEOUT(ProjectReader::read(copy).ok(), 10000);
        QCOMPARE(ProjectReader::read(copy).project->edits.size(), qsizetype(2));
        first.kill();   // SIGKILL: no destructor, no clean-up
        QVERIFY(first.waitForFinished(10000));
        QCOMPARE(first.exitStatus(), QProcess::CrashExit);
        QVERIFY2(first.readAll().contains("applied 2 edits"), "the edits were not made");
        QCOMPARE(autosaves().size(), 1);   // left behind, with its lock
        QCOMPARE(locks().size(), 1);
    }

    QString runToEnd(const QString &answer, const QString &dump)
    {
        QProcess second;
        QProcessEnvironment env = environment();
        env.insert(u"CHRONOLINE_TEST_RECOVERY"_s, answer);
        env.insert(u"CHRONOLINE_TEST_DUMP"_s, dump);
        second.setProcessEnvironment(env);
        second.setProcessChannelMode(QProcess::MergedChannels);
        second.start(QStringLiteral(CHRONOLINE_VIEWER), {});
        if (!second.waitForFinished(120000)) {
            second.kill();
            second.waitForFinished();
            return u"(timed out) "_s + QString::fromUtf8(second.readAll());
        }
        const QString output = QString::fromUtf8(second.readAll());
        if (second.exitStatus() != QProcess::NormalExit || second.exitCode() != 0)
            return u"(exit %1) "_s.arg(second.exitCode()) + output;
        return output;
    }

    QString autosaveDir() const { return m_dir->filePath(u"autosave"_s); }
    QStringList autosaves() const { return QDir(autosaveDir()).entryList({u"session-*.chronoline"_s}, QDir::Files); }
    QStringList locks() const { return QDir(autosaveDir()).entryList({u"*.lock"_s}, QDir::Files); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "tst_crashrecovery.moc"
