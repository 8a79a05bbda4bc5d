#pragma once

#include "Prompts.h"

#include "project/ProjectFile.h"
#include "timeline/Timeline.h"

#include <QMainWindow>

#include <memory>
#include <optional>
#include <vector>

class QAction;
class QItemSelectionModel;
class QLabel;
class QMenu;
class QSplitter;
class QThread;
class QUndoStack;

namespace chronoline {

struct LoadProgress;
struct LoadResult;
class Autosaver;
class EditActions;
class EditSession;
class DocumentDateEdit;
class EventDetailsPanel;
class EventListPanel;
class EventModel;
class ExportController;
class SourceTextView;
class TimelineView;
class UnplacedModel;
class UnplacedTray;

// The viewer: the timeline and the Unplaced tray over the article text, with
// the event list and the event details in docks. One event model and one
// selection model link every view.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Each shows an error dialog and returns false when the document cannot be opened.
    // openFile() loads on the GUI thread and returns when the document is shown.
    bool openFile(const QString &path, std::optional<QDate> dct = std::nullopt);
    // What the reader's opens use (File > Open, recent files, drops, the command
    // line): loads on a worker thread, shows a cancellable progress dialog when
    // the load takes longer than a moment, then emits documentLoaded() or
    // loadFailed(). A new open cancels one still running.
    void openFileAsync(const QString &pathOrUrl, std::optional<QDate> dct = std::nullopt);
    bool isLoading() const { return m_load != nullptr; }
    void cancelLoad();
    bool openText(const QString &text, const QString &name);
    void openSample();
    void setDocument(Document document);
    void setDocumentDate(std::optional<QDate> dct);

    const Timeline &timeline() const { return m_timeline; }
    EventModel *eventModel() const { return m_events; }
    QItemSelectionModel *selectionModel() const { return m_selection; }
    TimelineView *timelineView() const { return m_timelineView; }
    SourceTextView *textView() const { return m_text; }
    EventListPanel *eventList() const { return m_list; }
    UnplacedTray *unplacedTray() const { return m_tray; }
    DocumentDateEdit *documentDateEdit() const { return m_dateEdit; }

    // Saved timelines (MainWindowProject.cpp). The project is the document,
    // the extracted events and the reader's edits.
    EditSession *editSession() const { return m_session; }
    EditActions *editActions() const { return m_editActions; }
    QUndoStack *undoStack() const;
    Autosaver *autosaver() const { return m_autosaver; }
    bool isModified() const;
    ProjectFile project() const;
    QString projectPath() const { return m_projectPath; }
    // Opens a `.chronoline` file; errors go to Prompts::showError.
    bool openProject(const QString &path);
    void setProject(ProjectFile project, const QString &path);
    // Ctrl+S: to the project's file, or asks where (also when that file was
    // since replaced by a newer Chronoline's, which is never overwritten).
    bool saveProject();
    bool saveProjectAs();                      // asks where (Prompts::askSavePath)
    bool saveProjectAs(const QString &path);   // refuses a newer Chronoline's file
    // Unsaved edits: asks Save/Discard/Cancel; false when the reader cancelled.
    bool maybeSave();
    // At start: offers back the edits of sessions that crashed. True when one was restored.
    bool offerRecovery();
    void setPrompts(Prompts prompts) { m_prompts = std::move(prompts); }

Q_SIGNALS:
    void documentLoaded(const QString &pathOrUrl);
    // After the error dialog for a failure; no dialog when the reader cancelled.
    void loadFailed(const QString &pathOrUrl, const QString &error, bool cancelled);
    void projectSaved(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setupModels();
    void setupCentralWidget();
    void setupDocks();
    void setupActions();
    void setupStatusBar();
    void loadSettings();
    void saveSettings() const;

    QAction *addAction(QMenu *menu, const QString &text, const QString &icon, const QKeySequence &shortcut,
                       const std::function<void()> &slot);
    void updateIcons();
    void refresh(const QStringList &keepSelectedIds = {});
    void updateStatus();
    void addRecentFile(const QString &path);
    void fillRecentMenu();
    void openFromDialog();
    void openUrlFromDialog();
    void pasteAsDocument();
    void showUnplaced(const QModelIndex &index);
    void showLoadError(const QString &what, const QString &error);
    void search(const QString &text);
    struct LoadJob;
    void showLoadProgress(const std::shared_ptr<LoadJob> &job, const LoadProgress &progress);
    void finishLoad(const std::shared_ptr<LoadJob> &job, LoadResult &result);
    void setupProject();
    void afterEdit();
    void afterReanalysis();
    void updateTitle();
    std::optional<ProjectFile> autosaveSnapshot() const;
    static bool isProjectPath(const QString &path);

    Timeline m_timeline;
    EventModel *m_events = nullptr;
    UnplacedModel *m_unplaced = nullptr;
    QItemSelectionModel *m_selection = nullptr;

    TimelineView *m_timelineView = nullptr;
    UnplacedTray *m_tray = nullptr;
    SourceTextView *m_text = nullptr;
    QLabel *m_noDateBanner = nullptr;
    EventListPanel *m_list = nullptr;
    EventDetailsPanel *m_details = nullptr;
    DocumentDateEdit *m_dateEdit = nullptr;
    QSplitter *m_verticalSplitter = nullptr;
    QSplitter *m_timelineSplitter = nullptr;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_counts = nullptr;
    ExportController *m_export = nullptr;
    std::vector<std::pair<QAction *, QString>> m_iconActions;   // re-tinted when the palette changes
    QStringList m_recentFiles;
    QList<QAction *> m_documentActions;   // enabled only with a document
    std::shared_ptr<LoadJob> m_load;      // the asynchronous open under way, if any
    QList<QThread *> m_loadThreads;       // workers still running, cancelled ones included
    EditSession *m_session = nullptr;
    EditActions *m_editActions = nullptr;
    Autosaver *m_autosaver = nullptr;
    QString m_projectPath;                // the `.chronoline` file Save writes to, if any
    Prompts m_prompts;
};

} // namespace chronoline
