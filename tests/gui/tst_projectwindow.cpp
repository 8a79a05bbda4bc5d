#include "EventModel.h"
#include "MainWindow.h"
#include "TimelineView.h"
#include "UnplacedModel.h"
#include "UnplacedTray.h"
#include "autosave/AutosaveRecovery.h"
#include "autosave/Autosaver.h"
#include "autosave/RecoveryCandidate.h"
#include "edits/AddEventCommand.h"
#include "edits/ChangeCertaintyCommand.h"
#include "edits/ChangeDateCommand.h"
#include "edits/DeleteEventCommand.h"
#include "edits/EditActions.h"
#include "edits/EditSession.h"
#include "edits/PlaceItemCommand.h"
#include "edits/RenameEventCommand.h"

#include "project/ProjectReader.h"
#include "project/ProjectWriter.h"

#include <QAction>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLockFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace chronoline;
using namespace Qt::Literals::StringLiterals;

// The viewer with saved timelines: save and open, the modified marker, the
// unsaved-changes question, newer files left alone, the edit keys, autosave
// and recovery. Every question the window asks is answered through Prompts.
class TestProjectWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);   // never touch the user's settings
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(autosaveDir()));
        qputenv("CHRONOLINE_AUTOSAVE_DIR", autosaveDir().toUtf8());
    }

    void cleanup()
    {
        // No test leaves an autosave behind for the next.
        QDir dir(autosaveDir());
        for (const QString &name : dir.entryList(QDir::Files))
            dir.remove(name);
    }

    void saveAndReopenEveryKindOfEdit()
    {
        auto a = sampleWindow();
        EditSession *s = a->editSession();
        QUndoStack *stack = a->undoStack();
        const Events events = a->timeline().events();   // a copy: every edit replaces the timeline's
        stack->push(new RenameEventCommand(s, events[0].id, u"Renamed by the reader"_s));
        stack->push(new ChangeDateCommand(s, events[1].id, u"2023-05"_s));
        stack->push(new ChangeCertaintyCommand(s, events[2].id, Certainty::Inferred));
        stack->push(new DeleteEventCommand(s, events[3].id));
        stack->push(new AddEventCommand(s, u"Added by hand"_s, u"2023-07-04"_s, {}, events[0].sentence));
        // With no document date, relative dates wait in the tray; place the first one.
        a->setDocumentDate(std::nullopt);
        QVERIFY(!a->timeline().unplaced().empty());
        const UnplacedItem item = a->timeline().unplaced().front();
        stack->push(new PlaceItemCommand(s, item, u"Placed from the tray"_s, u"2023-03-20"_s));
        QVERIFY(a->isModified());

        const QString path = m_dir.filePath(u"every-edit.chronoline"_s);
        QVERIFY(a->saveProjectAs(path));
        QVERIFY(!a->isModified());
        QVERIFY(!a->isWindowModified());
        QVERIFY(a->windowTitle().startsWith(u"every-edit.chronoline[*]"_s));

        MainWindow b;
        b.setPrompts(quietPrompts());
        QVERIFY(b.openProject(path));
        QVERIFY(!b.isModified());
        QCOMPARE(b.projectPath(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(b.timeline().document().text, a->timeline().document().text);
        QCOMPARE(b.timeline().document().title, a->timeline().document().title);
        QCOMPARE(b.timeline().document().dct, std::optional<QDate>());
        QCOMPARE(b.timeline().events().size(), a->timeline().events().size());
        for (size_t i = 0; i < a->timeline().events().size(); ++i)
            QVERIFY2(b.timeline().events()[i] == a->timeline().events()[i], qPrintable(a->timeline().events()[i].title));
        QVERIFY(b.timeline().unplaced() == a->timeline().unplaced());
        QCOMPARE(b.eventModel()->rowCount(), a->eventModel()->rowCount());
        QCOMPARE(b.editSession()->edits().size(), qsizetype(6));   // the date is in the document, not an edit
    }

    void modifiedMarkerFollowsTheStack()
    {
        auto w = sampleWindow();
        QVERIFY(w->windowTitle().contains(u"[*]"_s));
        QVERIFY(!w->isWindowModified());
        w->undoStack()->push(new RenameEventCommand(w->editSession(), firstId(*w), u"X"_s));
        QVERIFY(w->isWindowModified());
        w->undoStack()->undo();
        QVERIFY(!w->isWindowModified());   // back where it was saved
        w->undoStack()->redo();
        QVERIFY(w->isWindowModified());
        QVERIFY(w->saveProjectAs(m_dir.filePath(u"marker.chronoline"_s)));
        QVERIFY(!w->isWindowModified());
        w->undoStack()->undo();
        QVERIFY(w->isWindowModified());    // now the saved state has the rename
    }

    void saveWithoutAPathAsksWhere()
    {
        auto w = sampleWindow();
        QStringList asked;
        Prompts p = quietPrompts();
        const QString target = m_dir.filePath(u"asked"_s);
        p.askSavePath = [&asked, target](const QString &suggested) {
            asked.append(suggested);
            return target;   // no suffix: one is added
        };
        w->setPrompts(p);
        w->undoStack()->push(new RenameEventCommand(w->editSession(), firstId(*w), u"X"_s));
        QVERIFY(w->saveProject());
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked.first().endsWith(u".chronoline"_s), qPrintable(asked.first()));
        QCOMPARE(w->projectPath(), target + u".chronoline"_s);
        QVERIFY(QFile::exists(target + u".chronoline"_s));
        // Now Ctrl+S writes there without asking.
        w->undoStack()->push(new RenameEventCommand(w->editSession(), firstId(*w), u"Y"_s));
        QVERIFY(w->saveProject());
        QCOMPARE(asked.size(), 1);
        QCOMPARE(ProjectReader::read(target + u".chronoline"_s).project->editedEvents()[0].title, u"Y"_s);
    }

    // A newer Chronoline's file: opening says why not, and no save ever replaces it.
    void newerVersionIsNeverOverwritten()
    {
        const QByteArray newer = "{\"format\": \"chronoline-project\", \"version\": 2, \"document\": {\"pages\": []}}\n";
        const QString path = m_dir.filePath(u"newer.chronoline"_s);
        writeFile(path, newer);

        auto w = sampleWindow();
        QStringList errors;
        Prompts p = quietPrompts();
        p.showError = [&errors](const QString &, const QString &text) { errors.append(text); };
        QStringList asked;
        p.askSavePath = [&asked](const QString &suggested) {
            asked.append(suggested);
            return QString();   // the reader cancels Save As
        };
        w->setPrompts(p);
        QVERIFY(!w->openProject(path));
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.last().contains(u"newer Chronoline (file format version 2); this one reads up to version 1"_s),
                 qPrintable(errors.last()));
        QVERIFY(w->timeline().document().title.contains(u"sample"_s));   // the open document stayed

        w->undoStack()->push(new RenameEventCommand(w->editSession(), firstId(*w), u"X"_s));
        QVERIFY(!w->saveProjectAs(path));
        QCOMPARE(errors.size(), 2);
        QVERIFY(errors.last().contains(u"version 2"_s));
        QCOMPARE(readFile(path), newer);

        // Saved here, then replaced by a newer Chronoline: Ctrl+S goes to Save As instead.
        const QString mine = m_dir.filePath(u"mine.chronoline"_s);
        QVERIFY(w->saveProjectAs(mine));
        writeFile(mine, newer);
        w->undoStack()->push(new RenameEventCommand(w->editSession(), firstId(*w), u"Y"_s));
        QVERIFY(!w->saveProject());
        QCOMPARE(asked.size(), 1);
        QCOMPARE(readFile(mine), newer);
        QVERIFY(w->isModified());
    }

    void closingWithUnsavedEditsAsks()
    {
        auto w = sampleWindow();
        int asked = 0;
        Prompts::UnsavedChoice answer = Prompts::UnsavedChoice::Cancel;
        Prompts p = quietPrompts();
        p.askToSave = [&asked, &answer](const QString &) {
            ++asked;
            return answer;
        };
        const QString path = m_dir.filePath(u"close.chronoline"_s);
        p.askSavePath = [path](const QString &) { return path; };
        w->setPrompts(p);

        QVERIFY(w->close());   // nothing unsaved: no question
        QCOMPARE(asked, 0);
        w->show();
        w->undoStack()->push(new RenameEventCommand(w->editSession(), firstId(*w), u"X"_s));
        QVERIFY(!w->close());
        QCOMPARE(asked, 1);
        QVERIFY(w->isVisible());
        QVERIFY(w->isModified());

        answer = Prompts::UnsavedChoice::Save;
        QVERIFY(w->close());
        QCOMPARE(asked, 2);
        QVERIFY(QFile::exists(path));
        QCOMPARE(ProjectReader::read(path).project->edits.size(), qsizetype(1));

        w->show();
        w->undoStack()->push(new RenameEventCommand(w->editSession(), firstId(*w), u"Y"_s));
        answer = Prompts::UnsavedChoice::Discard;
        QVERIFY(w->close());
        QCOMPARE(asked, 3);
        QCOMPARE(ProjectReader::read(path).project->edits.size(), qsizetype(1));   // Y was not saved

        // Opening another document asks too.
        w->show();
        w->undoStack()->push(new RenameEventCommand(w->editSession(), firstId(*w), u"Z"_s));
        answer = Prompts::UnsavedChoice::Cancel;
        QVERIFY(!w->openText(u"On Monday it rained."_s, u"Other"_s));
        QCOMPARE(asked, 4);
        QCOMPARE(w->timeline().events()[0].title, u"Z"_s);
    }

    // Delete, Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y and F2, as a reader presses them on the timeline.
    void editKeys()
    {
        auto w = sampleWindow();
        // Shortcuts fire only in the active window.
        w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        TimelineView *view = w->timelineView();
        view->setFocus();
        const int rows = w->eventModel()->rowCount();
        const QString id = firstId(*w);
        select(*w, 0);
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(w->eventModel()->rowCount(), rows - 1);
        QCOMPARE(w->eventModel()->rowOfId(id), -1);
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(w->eventModel()->rowCount(), rows);
        QCOMPARE(w->eventModel()->rowOfId(id), 0);
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(w->eventModel()->rowCount(), rows - 1);
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QTest::keyClick(view, Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(w->eventModel()->rowCount(), rows - 1);
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);

        // Several selected: one Delete, one undo step.
        select(*w, 0);
        w->selectionModel()->select(w->eventModel()->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(w->eventModel()->rowCount(), rows - 2);
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(w->eventModel()->rowCount(), rows);

        // F2 opens the rename dialog; the answer renames the event everywhere.
        select(*w, 2);
        connect(w->editActions(), &EditActions::dialogOpened, this, [](QDialog *dialog) {
            auto *input = qobject_cast<QInputDialog *>(dialog);
            QVERIFY(input);
            input->setTextValue(u"Renamed with F2"_s);
            QMetaObject::invokeMethod(dialog, &QDialog::accept, Qt::QueuedConnection);
        });
        QTest::keyClick(view, Qt::Key_F2);
        QCOMPARE(w->eventModel()->event(2).title, u"Renamed with F2"_s);
        QCOMPARE(w->timeline().events()[2].title, u"Renamed with F2"_s);
        QVERIFY(w->undoStack()->undoText().startsWith(u"Rename"_s));
        QVERIFY(w->editActions()->undoAction()->text().contains(u"Rename"_s));
    }

    void autosaveAfterAnEditAndGoneOnCleanClose()
    {
        auto w = sampleWindow();
        w->autosaver()->setDelays(300, 1000);
        const QString file = w->autosaver()->filePath();
        QCOMPARE(QFileInfo(file).absolutePath(), QFileInfo(autosaveDir()).absoluteFilePath());
        w->undoStack()->push(new RenameEventCommand(w->editSession(), firstId(*w), u"Autosaved"_s));
        QVERIFY(!QFile::exists(file));   // debounced, not written at once
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(file), 5000);
        QVERIFY(QFile::exists(AutosaveRecovery::lockPathFor(file)));
        const ProjectReadResult read = ProjectReader::read(file);
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.project->editedEvents()[0].title, u"Autosaved"_s);
        // This session is alive: nobody may offer its edits.
        QVERIFY(AutosaveRecovery::findOrphans(autosaveDir()).empty());

        w->undoStack()->undo();   // back to the saved state: nothing to keep
        QVERIFY(!QFile::exists(file));
        w->undoStack()->redo();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(file), 5000);
        w.reset();   // a clean exit
        QVERIFY(!QFile::exists(file));
        QVERIFY(!QFile::exists(AutosaveRecovery::lockPathFor(file)));
    }

    // A crashed session's autosave (no live lock) is offered; restoring gives
    // back the document with its edits, marked unsaved.
    void recoveryRestoresTheEdits()
    {
        ProjectFile crashed;
        {
            auto w = sampleWindow();
            w->undoStack()->push(new RenameEventCommand(w->editSession(), firstId(*w), u"Before the crash"_s));
            crashed = w->project();
            crashed.savedPath = m_dir.filePath(u"was-here.chronoline"_s);
        }
        const QString orphan = QDir(autosaveDir()).filePath(u"session-1-1.chronoline"_s);
        QVERIFY(ProjectWriter::save(orphan, crashed));
        // A live session's autosave, locked by this very process: never offered.
        const QString live = QDir(autosaveDir()).filePath(u"session-2-2.chronoline"_s);
        QVERIFY(ProjectWriter::save(live, crashed));
        QLockFile liveLock(AutosaveRecovery::lockPathFor(live));
        QVERIFY(liveLock.tryLock(0));

        MainWindow w;
        Prompts p = quietPrompts();
        QStringList offered;
        p.askToRestore = [&offered](const RecoveryCandidate &c) {
            offered.append(QFileInfo(c.path).fileName());
            return true;
        };
        w.setPrompts(p);
        QVERIFY(w.offerRecovery());
        QCOMPARE(offered, QStringList{u"session-1-1.chronoline"_s});
        QCOMPARE(w.timeline().events()[0].title, u"Before the crash"_s);
        QCOMPARE(w.eventModel()->event(0).title, u"Before the crash"_s);
        QVERIFY(w.isModified());
        QVERIFY(w.isWindowModified());
        QCOMPARE(w.projectPath(), crashed.savedPath);
        QVERIFY(!QFile::exists(orphan));
        QVERIFY(QFile::exists(live));
        QVERIFY(QFile::exists(w.autosaver()->filePath()));   // this session protects the edits now
    }

    void declinedRecoveryIsRemoved()
    {
        const QString orphan = QDir(autosaveDir()).filePath(u"session-3-3.chronoline"_s);
        {
            auto w = sampleWindow();
            w->undoStack()->push(new RenameEventCommand(w->editSession(), firstId(*w), u"X"_s));
            QVERIFY(ProjectWriter::save(orphan, w->project()));
        }
        MainWindow w;
        Prompts p = quietPrompts();
        int asked = 0;
        p.askToRestore = [&asked](const RecoveryCandidate &) { return ++asked, false; };
        w.setPrompts(p);
        QVERIFY(!w.offerRecovery());
        QCOMPARE(asked, 1);
        QVERIFY(!QFile::exists(orphan));
        QVERIFY(w.timeline().document().text.isEmpty());
    }

    void openProjectFromTheCommandLinePath()
    {
        auto a = sampleWindow();
        const QString path = m_dir.filePath(u"cli.chronoline"_s);
        QVERIFY(a->saveProjectAs(path));
        MainWindow b;
        b.setPrompts(quietPrompts());
        QSignalSpy loaded(&b, &MainWindow::documentLoaded);
        b.openFileAsync(path);   // what `chronoline FILE.chronoline` calls
        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(b.timeline().events().size(), a->timeline().events().size());
    }

private:
    QString autosaveDir() const { return m_dir.filePath(u"autosave"_s); }

    // Any question not expected by a test fails it rather than blocking.
    static Prompts quietPrompts()
    {
        Prompts p;
        p.askToSave = [](const QString &) {
            [] { QFAIL("unexpected question: save changes?"); }();
            return Prompts::UnsavedChoice::Cancel;
        };
        p.askToRestore = [](const RecoveryCandidate &) { return false; };
        p.askSavePath = [](const QString &) { return QString(); };
        p.showError = [](const QString &, const QString &text) { QFAIL(qPrintable(u"unexpected error: "_s + text)); };
        return p;
    }

    std::unique_ptr<MainWindow> sampleWindow()
    {
        auto w = std::make_unique<MainWindow>();
        w->setPrompts(quietPrompts());
        w->resize(1200, 800);
        w->show();
        w->openSample();
        return w;
    }

    static QString firstId(const MainWindow &w) { return w.timeline().events().front().id; }

    static void select(MainWindow &w, int row)
    {
        w.selectionModel()->setCurrentIndex(w.eventModel()->index(row, 0),
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }

    static void writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(bytes), bytes.size());
    }

    static QByteArray readFile(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    QTemporaryDir m_dir;
};

QTEST_MAIN(TestProjectWindow)
#include "tst_projectwindow.moc"
