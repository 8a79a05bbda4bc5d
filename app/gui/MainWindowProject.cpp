// MainWindow's saved-timeline half: the project file (open, save, save as),
// the unsaved-changes question, the window title with its modified marker,
// and autosave with crash recovery. The window's layout, opening of articles
// and views are in MainWindow.cpp.
#include "MainWindow.h"

#include "DocumentDateEdit.h"
#include "EventDetailsPanel.h"
#include "UnplacedModel.h"
#include "autosave/AutosaveRecovery.h"
#include "autosave/Autosaver.h"
#include "edits/EditActions.h"
#include "edits/EditSession.h"

#include "project/ProjectReader.h"
#include "project/ProjectWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QStatusBar>
#include <QUndoStack>

namespace chronoline {

void MainWindow::setupProject()
{
    QUndoStack *stack = m_session->undoStack();
    connect(m_session, &EditSession::eventsEdited, this, &MainWindow::afterEdit);
    connect(m_session, &EditSession::reanalysed, this, &MainWindow::afterReanalysis);
    connect(stack, &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);

    m_autosaver = new Autosaver(Autosaver::defaultDirectory(), [this] { return autosaveSnapshot(); }, this);
    // Every step on the stack (an edit, an undo, a redo) may change what is unsaved.
    connect(stack, &QUndoStack::indexChanged, this, [this] {
        if (isModified())
            m_autosaver->scheduleSave();
        else
            m_autosaver->discard();   // back at the saved state: nothing to recover
    });
}

QUndoStack *MainWindow::undoStack() const
{
    return m_session->undoStack();
}

bool MainWindow::isModified() const
{
    return !m_timeline.document().text.isEmpty() && !m_session->undoStack()->isClean();
}

void MainWindow::afterEdit()
{
    // The event model has followed row by row; what is derived from the events follows here.
    m_unplaced->setItems(m_timeline.unplaced());
    m_details->setTimeline(&m_timeline);
    m_editActions->updateEnabled();
    updateStatus();
}

void MainWindow::updateTitle()
{
    const Document &doc = m_timeline.document();
    if (doc.text.isEmpty()) {
        setWindowTitle(tr("Chronoline"));
        setWindowModified(false);
        return;
    }
    const QString name = !m_projectPath.isEmpty() ? QFileInfo(m_projectPath).fileName()
                         : doc.title.isEmpty()    ? tr("Untitled")
                                                  : doc.title;
    // "[*]" is where Qt shows the modified marker; it follows the undo stack's clean state.
    setWindowTitle(tr("%1[*] — Chronoline").arg(name));
    setWindowModified(isModified());
}

ProjectFile MainWindow::project() const
{
    ProjectFile p;
    p.document = m_timeline.document();
    p.events = m_session->extractedEvents();
    p.edits = m_session->edits();
    return p;
}

std::optional<ProjectFile> MainWindow::autosaveSnapshot() const
{
    if (!isModified())
        return std::nullopt;
    ProjectFile p = project();
    p.savedPath = m_projectPath;
    return p;
}

bool MainWindow::isProjectPath(const QString &path)
{
    return path.endsWith(u'.' + QLatin1String(ProjectFile::Suffix), Qt::CaseInsensitive)
           && !path.startsWith(u"http://", Qt::CaseInsensitive) && !path.startsWith(u"https://", Qt::CaseInsensitive);
}

bool MainWindow::openProject(const QString &path)
{
    if (!maybeSave())
        return false;
    const ProjectReadResult read = ProjectReader::read(path);
    if (!read.ok()) {
        m_prompts.showError(tr("Cannot open the timeline"),
                            tr("“%1” could not be opened.").arg(QFileInfo(path).fileName()) + u"\n\n" + read.error);
        return false;
    }
    setProject(std::move(*read.project), QFileInfo(path).absoluteFilePath());
    addRecentFile(path);
    return true;
}

void MainWindow::setProject(ProjectFile project, const QString &path)
{
    cancelLoad();
    // The text pane needs the sentences and expressions; the events come from the file,
    // exactly as they were when it was saved, with the edits on top.
    m_timeline = Timeline(project.document, AnalysisPipeline::english());
    m_session->start(std::move(project.events), std::move(project.edits));
    m_projectPath = path;
    m_dateEdit->setDate(m_timeline.document().dct);
    refresh();
}

bool MainWindow::saveProject()
{
    if (m_timeline.document().text.isEmpty())
        return false;
    if (m_projectPath.isEmpty())
        return saveProjectAs();
    if (ProjectReader::declaredVersion(m_projectPath) > ProjectFile::Version) {
        m_prompts.showError(tr("Cannot save over a newer timeline"),
                            tr("“%1” was written by a newer Chronoline since it was opened here; saving would "
                               "lose what that version stored. Choose another name.")
                                .arg(QFileInfo(m_projectPath).fileName()));
        return saveProjectAs();
    }
    return saveProjectAs(m_projectPath);
}

bool MainWindow::saveProjectAs()
{
    if (m_timeline.document().text.isEmpty())
        return false;
    QString suggested = m_projectPath;
    if (suggested.isEmpty()) {
        const Document &doc = m_timeline.document();
        const QFileInfo source(doc.sourcePath);
        const bool local = !doc.sourcePath.isEmpty() && !doc.sourcePath.contains(u"://") && source.dir().exists();
        const QString base = local ? source.completeBaseName() : doc.title.isEmpty() ? tr("timeline") : doc.title;
        suggested = (local ? source.dir() : QDir::home()).filePath(base + u'.' + QLatin1String(ProjectFile::Suffix));
    }
    QString path = m_prompts.askSavePath(suggested);
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + QLatin1String(ProjectFile::Suffix);
    return saveProjectAs(path);
}

bool MainWindow::saveProjectAs(const QString &path)
{
    // A newer Chronoline's file holds what this one cannot read; overwriting it would lose that.
    if (const int version = ProjectReader::declaredVersion(path); version > ProjectFile::Version) {
        m_prompts.showError(tr("Cannot save over a newer timeline"),
                            tr("“%1” was made by a newer Chronoline (file format version %2); this one reads "
                               "and writes up to version %3, so it will not overwrite it. Choose another name.")
                                .arg(QFileInfo(path).fileName())
                                .arg(version)
                                .arg(ProjectFile::Version));
        return false;
    }
    QString error;
    if (!ProjectWriter::save(path, project(), &error)) {
        m_prompts.showError(tr("Cannot save the timeline"), error);
        return false;
    }
    m_projectPath = QFileInfo(path).absoluteFilePath();
    m_session->undoStack()->setClean();
    m_autosaver->discard();
    addRecentFile(m_projectPath);
    updateTitle();
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_projectPath)), 5000);
    Q_EMIT projectSaved(m_projectPath);
    return true;
}

bool MainWindow::maybeSave()
{
    if (!isModified())
        return true;
    const QString name = m_projectPath.isEmpty() ? m_timeline.document().title : QFileInfo(m_projectPath).fileName();
    switch (m_prompts.askToSave(name.isEmpty() ? tr("Untitled") : name)) {
    case Prompts::UnsavedChoice::Save: return saveProject();
    case Prompts::UnsavedChoice::Discard:
        m_session->undoStack()->setClean();   // the edits are given up: nothing to recover either
        m_autosaver->discard();
        return true;
    case Prompts::UnsavedChoice::Cancel: break;
    }
    return false;
}

bool MainWindow::offerRecovery()
{
    std::vector<RecoveryCandidate> candidates = AutosaveRecovery::findOrphans(m_autosaver->directory());
    for (RecoveryCandidate &candidate : candidates) {
        if (!m_prompts.askToRestore(candidate)) {
            AutosaveRecovery::remove(candidate);
            continue;
        }
        ProjectReadResult read = ProjectReader::read(candidate.path);
        if (!read.ok()) {
            m_prompts.showError(tr("Cannot restore the edits"), read.error);
            continue;   // left on disk: never delete what could not be read
        }
        const QString savedPath = read.project->savedPath;
        setProject(std::move(*read.project), savedPath);
        // Not saved anywhere yet: the window shows it, Save and Close know it,
        // and this session's own autosave takes over from the crashed one's.
        m_session->undoStack()->resetClean();
        updateTitle();
        m_autosaver->saveNow();
        AutosaveRecovery::remove(candidate);
        statusBar()->showMessage(tr("Restored %n unsaved edit(s)", nullptr, int(candidate.editCount)), 8000);
        return true;
    }
    return false;
}

} // namespace chronoline
