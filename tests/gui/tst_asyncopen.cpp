#include "EventModel.h"
#include "MainWindow.h"

#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace chronoline;

// Opening as the reader does (File > Open, recent files, drops, the command
// line): the load runs on a worker and the window keeps processing events.
class TestAsyncOpen : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);   // never touch the user's settings
        QVERIFY(m_dir.isValid());
        // About 2 MB of article: a dated first line, then filler paragraphs.
        QByteArray text = "Moscow, March 14, 2023 - Officials said talks would resume next week.\n\n";
        const QByteArray filler = "The delegation walked through the old town and looked at the river "
                                  "while reporters waited outside the hall for a statement\n";
        while (text.size() < 2 * 1024 * 1024)
            text += filler;
        m_path = m_dir.filePath(QStringLiteral("large-article.txt"));
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(text), qint64(text.size()));
    }

    void init()
    {
        m_window = new MainWindow;
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }
    void cleanup()
    {
        delete m_window;
        m_window = nullptr;
    }

    void largeFileOpensAsynchronously()
    {
        QSignalSpy loaded(m_window, &MainWindow::documentLoaded);
        QSignalSpy failed(m_window, &MainWindow::loadFailed);
        m_window->openFileAsync(m_path);
        // The call returns at once; the document arrives through the event loop.
        QVERIFY(m_window->isLoading());
        QVERIFY(m_window->timeline().document().text.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 120000);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(loaded.first().first().toString(), m_path);
        QVERIFY(!m_window->isLoading());
        QVERIFY(m_window->timeline().document().text.size() > 2 * 1000 * 1000);
        QVERIFY(m_window->timeline().document().text.startsWith(u"Moscow, March 14, 2023"));
        QVERIFY(m_window->windowTitle() != QStringLiteral("Chronoline"));
        QVERIFY(m_window->findChild<QProgressDialog *>() == nullptr
                || !m_window->findChild<QProgressDialog *>()->isVisible());
    }

    void cancelButtonStopsTheOpen()
    {
        QSignalSpy loaded(m_window, &MainWindow::documentLoaded);
        QSignalSpy failed(m_window, &MainWindow::loadFailed);
        m_window->openFileAsync(m_path);
        QVERIFY(m_window->isLoading());
        auto *dialog = m_window->findChild<QProgressDialog *>(QStringLiteral("loadProgressDialog"));
        QVERIFY(dialog);
        auto *cancel = dialog->findChild<QPushButton *>();
        QVERIFY(cancel);
        cancel->click();   // as the reader would, through the dialog's own button

        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(0).toString(), m_path);
        QCOMPARE(failed.first().at(2).toBool(), true);
        QVERIFY(!m_window->isLoading());
        // Whatever the worker still delivers is dropped: nothing is shown.
        QTest::qWait(1000);
        QCOMPARE(loaded.size(), 0);
        QCOMPARE(failed.size(), 1);
        QVERIFY(m_window->timeline().document().text.isEmpty());
        QTRY_VERIFY(m_window->findChild<QProgressDialog *>() == nullptr);

        // The window still opens the next request normally.
        m_window->openFileAsync(m_path);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 120000);
        QVERIFY(!m_window->timeline().document().text.isEmpty());
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    MainWindow *m_window = nullptr;
};

QTEST_MAIN(TestAsyncOpen)
#include "tst_asyncopen.moc"
