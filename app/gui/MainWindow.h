#pragma once

#include "timeline/Timeline.h"

#include <QMainWindow>

#include <optional>
#include <vector>

class QAction;
class QItemSelectionModel;
class QLabel;
class QMenu;
class QSplitter;

namespace chronoline {

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
    bool openFile(const QString &path, std::optional<QDate> dct = std::nullopt);
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
    void pasteAsDocument();
    void showUnplaced(const QModelIndex &index);
    void showLoadError(const QString &what, const QString &error);
    void search(const QString &text);

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
};

} // namespace chronoline
