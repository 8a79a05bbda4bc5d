#include "MainWindow.h"

#include "AboutDialog.h"
#include "DocumentDateEdit.h"
#include "DocumentSources.h"
#include "EventDetailsPanel.h"
#include "EventListPanel.h"
#include "EventModel.h"
#include "ExportController.h"
#include "Icons.h"
#include "LegendWidget.h"
#include "SourceTextView.h"
#include "Theme.h"
#include "TimelineStyle.h"
#include "TimelineView.h"
#include "UnplacedModel.h"
#include "UnplacedTray.h"
#include "autosave/Autosaver.h"
#include "edits/EditActions.h"
#include "edits/EditSession.h"
#include "edits/SetDocumentDateCommand.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDateEdit>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QUrl>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QProgressDialog>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QThread>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <atomic>

namespace chronoline {

static constexpr int MaxRecentFiles = 10;

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowIcon(applicationIcon());
    setAcceptDrops(true);
    m_prompts = Prompts::interactive(this);
    setupModels();
    setupCentralWidget();
    setupDocks();
    setupActions();
    setupStatusBar();
    loadSettings();
    setupProject();
    refresh();
}

// One asynchronous open. The worker reads only pathOrUrl, dct and cancelled;
// everything else belongs to the GUI thread.
struct MainWindow::LoadJob {
    QString pathOrUrl;
    std::optional<QDate> dct;
    std::atomic_bool cancelled{false};
    QPointer<QProgressDialog> dialog;
};

MainWindow::~MainWindow()
{
    // The edit session and its undo stack are destroyed with the window's children, after this
    // body: their last signals (QUndoStack::clear in its destructor) must not reach a window
    // that is no longer a MainWindow.
    if (m_session) {
        m_session->undoStack()->disconnect(this);
        m_session->disconnect(this);
    }
    // Workers call back into this window; stop them at their next checkpoint
    // and wait, so none outlives it. Their queued results die with the window.
    if (m_load)
        m_load->cancelled = true;
    for (QThread *thread : std::as_const(m_loadThreads)) {
        thread->wait();
        delete thread;
    }
}

void MainWindow::setupModels()
{
    m_events = new EventModel(this);
    m_unplaced = new UnplacedModel(this);
    m_selection = new QItemSelectionModel(m_events, this);
    m_session = new EditSession(&m_timeline, m_events, this);
}

void MainWindow::setupCentralWidget()
{
    m_timelineView = new TimelineView(this);
    m_timelineView->setModel(m_events);
    m_timelineView->setSelectionModel(m_selection);
    m_tray = new UnplacedTray(this);
    m_tray->setModel(m_unplaced);
    connect(m_tray, &UnplacedTray::itemActivated, this, &MainWindow::showUnplaced);

    m_text = new SourceTextView(this);
    m_text->setSelectionModel(m_events, m_selection);
    connect(m_timelineView, &TimelineView::sentenceRequested, this, [this](const QModelIndex &index) {
        const Event &e = m_events->event(index.row());
        m_text->showSpan(e.sentence.start, e.sentence.end);
    });

    m_noDateBanner = new QLabel(this);
    m_noDateBanner->setWordWrap(true);
    m_noDateBanner->setTextFormat(Qt::RichText);
    m_noDateBanner->setText(tr("<b>This article has no document date.</b> Relative dates such as "
                               "“last month” or “on Monday” cannot be placed; they wait in the "
                               "Unplaced tray. Set the date in the toolbar (Ctrl+D) to place them."));
    m_noDateBanner->setMargin(8);
    m_noDateBanner->setAutoFillBackground(true);
    m_noDateBanner->hide();

    auto *textPane = new QWidget(this);
    auto *textLayout = new QVBoxLayout(textPane);
    textLayout->setContentsMargins(0, 0, 0, 0);
    textLayout->setSpacing(0);
    textLayout->addWidget(m_noDateBanner);
    textLayout->addWidget(m_text);

    m_timelineSplitter = new QSplitter(Qt::Horizontal, this);
    m_timelineSplitter->setObjectName(QStringLiteral("timelineSplitter"));
    m_timelineSplitter->addWidget(m_timelineView);
    m_timelineSplitter->addWidget(m_tray);
    m_timelineSplitter->setStretchFactor(0, 1);
    m_timelineSplitter->setSizes({900, 220});

    m_verticalSplitter = new QSplitter(Qt::Vertical, this);
    m_verticalSplitter->setObjectName(QStringLiteral("verticalSplitter"));
    m_verticalSplitter->addWidget(m_timelineSplitter);
    m_verticalSplitter->addWidget(textPane);
    m_verticalSplitter->setStretchFactor(0, 3);
    m_verticalSplitter->setStretchFactor(1, 2);
    m_verticalSplitter->setSizes({460, 200});
    setCentralWidget(m_verticalSplitter);
}

void MainWindow::setupDocks()
{
    m_list = new EventListPanel(this);
    m_list->setModel(m_events, m_selection);
    connect(m_list->filterEdit(), &QLineEdit::textChanged, this, &MainWindow::search);
    connect(m_list->filterEdit(), &QLineEdit::returnPressed, this, [this] { m_text->findNext(); });
    auto *listDock = new QDockWidget(tr("Events"), this);
    listDock->setObjectName(QStringLiteral("eventsDock"));
    listDock->setWidget(m_list);
    addDockWidget(Qt::BottomDockWidgetArea, listDock);

    m_details = new EventDetailsPanel(this);
    m_details->setSelectionModel(m_events, m_selection);
    auto *detailsDock = new QDockWidget(tr("Details"), this);
    detailsDock->setObjectName(QStringLiteral("detailsDock"));
    detailsDock->setWidget(m_details);
    auto *legendDock = new QDockWidget(tr("Legend"), this);
    legendDock->setObjectName(QStringLiteral("legendDock"));
    legendDock->setWidget(new LegendWidget(this));
    // Both docks below, so the timeline gets the window's whole width.
    addDockWidget(Qt::BottomDockWidgetArea, detailsDock);
    splitDockWidget(listDock, detailsDock, Qt::Horizontal);
    tabifyDockWidget(detailsDock, legendDock);
    detailsDock->raise();
    resizeDocks({listDock, detailsDock}, {700, 400}, Qt::Horizontal);
    resizeDocks({listDock}, {230}, Qt::Vertical);
}

QAction *MainWindow::addAction(QMenu *menu, const QString &text, const QString &icon,
                               const QKeySequence &shortcut, const std::function<void()> &slot)
{
    auto *action = menu->addAction(text);
    if (!icon.isEmpty())
        m_iconActions.emplace_back(action, icon);
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')),
                                                         shortcut.toString(QKeySequence::NativeText)));
    }
    connect(action, &QAction::triggered, this, slot);
    return action;
}

void MainWindow::setupActions()
{
    m_export = new ExportController(this, [this]() -> const Timeline & { return m_timeline; });
    connect(m_export, &ExportController::exported, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
    });

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = addAction(file, tr("&Open…"), QStringLiteral("document-open"), QKeySequence::Open,
                              [this] { openFromDialog(); });
    addAction(file, tr("Open &Web Address…"), QStringLiteral("document-open"), QKeySequence(tr("Ctrl+L")),
              [this] { openUrlFromDialog(); });
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    m_iconActions.emplace_back(m_recentMenu->menuAction(), QStringLiteral("document-open-recent"));
    QAction *paste = addAction(file, tr("New from &Clipboard"), QStringLiteral("edit-paste"),
                               QKeySequence(tr("Ctrl+Shift+V")), [this] { pasteAsDocument(); });
    file->addSeparator();
    QAction *save = addAction(file, tr("&Save"), {}, QKeySequence::Save, [this] { saveProject(); });
    QAction *saveAs = addAction(file, tr("Save &As…"), {}, QKeySequence(tr("Ctrl+Shift+S")),
                                [this] { saveProjectAs(); });
    file->addSeparator();
    QAction *exportImage = addAction(file, tr("&Export Image…"), QStringLiteral("document-export"),
                                     QKeySequence(tr("Ctrl+E")), [this] { m_export->exportImage(); });
    QMenu *exportData = file->addMenu(tr("Export &Data"));
    m_iconActions.emplace_back(exportData->menuAction(), QStringLiteral("document-export-data"));
    QAction *json = addAction(exportData, tr("&JSON…"), {}, QKeySequence(tr("Ctrl+Shift+J")),
                              [this] { m_export->exportData(DataFormat::Json); });
    QAction *csv = addAction(exportData, tr("&CSV…"), {}, QKeySequence(tr("Ctrl+Shift+C")),
                             [this] { m_export->exportData(DataFormat::Csv); });
    QAction *tljs = addAction(exportData, tr("&TimelineJS…"), {}, QKeySequence(tr("Ctrl+Shift+T")),
                              [this] { m_export->exportData(DataFormat::TimelineJs); });
    QAction *print = addAction(file, tr("&Print…"), QStringLiteral("document-print"), QKeySequence::Print,
                               [this] { m_export->print(); });
    file->addSeparator();
    addAction(file, tr("&Quit"), {}, QKeySequence::Quit, [this] { close(); });

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_editActions = new EditActions(this, m_session, m_events, m_selection, m_tray, m_text);
    m_editActions->addToMenu(edit);
    edit->addSeparator();
    // Right-click on an event, in the timeline or in the list, offers the same edits.
    for (QWidget *w : {static_cast<QWidget *>(m_timelineView), static_cast<QWidget *>(m_list->table())}) {
        w->setContextMenuPolicy(Qt::ActionsContextMenu);
        for (QAction *a : m_editActions->eventActions()) {
            if (a) {
                w->addAction(a);
            } else {
                auto *separator = new QAction(w);
                separator->setSeparator(true);
                w->addAction(separator);
            }
        }
    }
    QAction *find = addAction(edit, tr("&Find…"), QStringLiteral("edit-find"), QKeySequence::Find, [this] {
        m_list->parentWidget()->show();
        m_list->filterEdit()->setFocus(Qt::ShortcutFocusReason);
        m_list->filterEdit()->selectAll();
    });
    addAction(edit, tr("Find &Next"), {}, QKeySequence::FindNext, [this] { m_text->findNext(); });
    addAction(edit, tr("Find Pre&vious"), {}, QKeySequence::FindPrevious, [this] { m_text->findNext(true); });
    edit->addSeparator();
    addAction(edit, tr("Set Document &Date…"), {}, QKeySequence(tr("Ctrl+D")), [this] {
        m_dateEdit->dateEdit()->setFocus(Qt::ShortcutFocusReason);
        m_dateEdit->dateEdit()->selectAll();
    });
    QAction *clearDate = addAction(edit, tr("C&lear Document Date"), QStringLiteral("date-clear"),
                                   QKeySequence(tr("Ctrl+Shift+D")), [this] { setDocumentDate(std::nullopt); });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *zoomIn = addAction(view, tr("Zoom &In"), QStringLiteral("zoom-in"), QKeySequence::ZoomIn,
                                [this] { m_timelineView->zoomIn(); });
    QAction *zoomOut = addAction(view, tr("Zoom &Out"), QStringLiteral("zoom-out"), QKeySequence::ZoomOut,
                                 [this] { m_timelineView->zoomOut(); });
    QAction *fit = addAction(view, tr("&Fit All"), QStringLiteral("zoom-fit"), QKeySequence(tr("Ctrl+0")),
                             [this] { m_timelineView->fitAll(); });
    QAction *zoomSel = addAction(view, tr("Zoom to &Selection"), QStringLiteral("zoom-selection"),
                                 QKeySequence(tr("Ctrl+1")), [this] { m_timelineView->zoomToSelection(); });
    view->addSeparator();
    QAction *prev = addAction(view, tr("&Previous Event"), QStringLiteral("go-previous"),
                              QKeySequence(tr("Alt+Left")), [this] { m_timelineView->selectPrevious(); });
    QAction *next = addAction(view, tr("&Next Event"), QStringLiteral("go-next"), QKeySequence(tr("Alt+Right")),
                              [this] { m_timelineView->selectNext(); });
    addAction(view, tr("Focus &Timeline"), {}, QKeySequence(tr("Ctrl+T")),
              [this] { m_timelineView->setFocus(Qt::ShortcutFocusReason); });
    addAction(view, tr("Focus &Text"), {}, QKeySequence(tr("Ctrl+Shift+X")),
              [this] { m_text->setFocus(Qt::ShortcutFocusReason); });
    view->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());
    findChild<QDockWidget *>(QStringLiteral("eventsDock"))->toggleViewAction()->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    findChild<QDockWidget *>(QStringLiteral("detailsDock"))->toggleViewAction()->setShortcut(QKeySequence(tr("Ctrl+Shift+I")));
    findChild<QDockWidget *>(QStringLiteral("legendDock"))->toggleViewAction()->setShortcut(QKeySequence(tr("Ctrl+Shift+L")));
    QMenu *themes = view->addMenu(tr("T&heme"));
    auto *themeGroup = new QActionGroup(this);
    for (Theme t : {Theme::System, Theme::Light, Theme::Dark}) {
        const QString label = t == Theme::System ? tr("&System") : t == Theme::Light ? tr("&Light") : tr("&Dark");
        QAction *a = themes->addAction(label);
        a->setCheckable(true);
        a->setData(themeName(t));
        a->setObjectName(u"theme-" + themeName(t));
        themeGroup->addAction(a);
        connect(a, &QAction::triggered, this, [t] { applyTheme(t); });
    }
    QAction *fullScreen = view->addAction(tr("F&ull Screen"));
    fullScreen->setShortcut(QKeySequence::FullScreen);
    fullScreen->setCheckable(true);
    connect(fullScreen, &QAction::toggled, this, [this](bool on) { on ? showFullScreen() : showNormal(); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *sample = addAction(help, tr("Open &Sample"), QStringLiteral("help-sample"),
                                QKeySequence(tr("Ctrl+Shift+O")), [this] { openSample(); });
    help->addSeparator();
    addAction(help, tr("&About Chronoline"), {}, {}, [this] { showAboutDialog(this); });
    addAction(help, tr("About &Qt"), {}, {}, [] { QApplication::aboutQt(); });

    QToolBar *tools = addToolBar(tr("Main Toolbar"));
    tools->setObjectName(QStringLiteral("mainToolbar"));
    tools->addAction(open);
    tools->addAction(paste);
    tools->addAction(sample);
    tools->addSeparator();
    m_dateEdit = new DocumentDateEdit(this);
    connect(m_dateEdit, &DocumentDateEdit::dateChanged, this, &MainWindow::setDocumentDate);
    tools->addWidget(m_dateEdit);
    tools->addSeparator();
    for (QAction *a : {zoomIn, zoomOut, fit, zoomSel, prev, next})
        tools->addAction(a);
    tools->addSeparator();
    tools->addAction(find);
    tools->addAction(exportImage);
    tools->addAction(print);

    m_documentActions = {save, saveAs, exportImage, json, csv, tljs, print, clearDate, zoomSel, prev, next,
                         exportData->menuAction()};
    updateIcons();
}

void MainWindow::setupStatusBar()
{
    m_counts = new QLabel(this);
    statusBar()->addPermanentWidget(m_counts);
    connect(m_selection, &QItemSelectionModel::selectionChanged, this, &MainWindow::updateStatus);
}

void MainWindow::updateIcons()
{
    for (const auto &[action, name] : m_iconActions)
        action->setIcon(themedIcon(name, palette()));
}

void MainWindow::loadSettings()
{
    QSettings s;
    restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray());
    if (s.contains(QStringLiteral("window/geometry")) == false)
        resize(1440, 940);
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    m_verticalSplitter->restoreState(s.value(QStringLiteral("window/verticalSplitter")).toByteArray());
    m_timelineSplitter->restoreState(s.value(QStringLiteral("window/timelineSplitter")).toByteArray());
    m_list->restoreState(s.value(QStringLiteral("window/eventColumns")).toByteArray());
    m_recentFiles = s.value(QStringLiteral("recentFiles")).toStringList();
    m_export->setLastFolder(s.value(QStringLiteral("export/folder")).toString());
    m_export->setImageOptions({s.value(QStringLiteral("export/width"), 1600).toInt(),
                               s.value(QStringLiteral("export/scale"), 1.0).toDouble()});
    const Theme theme = themeFromName(s.value(QStringLiteral("theme")).toString());
    if (auto *a = findChild<QAction *>(u"theme-" + themeName(theme)))
        a->setChecked(true);
    if (theme != Theme::System)
        applyTheme(theme);
}

void MainWindow::saveSettings() const
{
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    s.setValue(QStringLiteral("window/verticalSplitter"), m_verticalSplitter->saveState());
    s.setValue(QStringLiteral("window/timelineSplitter"), m_timelineSplitter->saveState());
    s.setValue(QStringLiteral("window/eventColumns"), m_list->saveState());
    s.setValue(QStringLiteral("recentFiles"), m_recentFiles);
    s.setValue(QStringLiteral("export/folder"), m_export->lastFolder());
    s.setValue(QStringLiteral("export/width"), m_export->imageOptions().width);
    s.setValue(QStringLiteral("export/scale"), m_export->imageOptions().scale);
    for (const char *name : {"system", "light", "dark"}) {
        const auto *a = findChild<QAction *>(u"theme-" + QLatin1String(name));
        if (a && a->isChecked())
            s.setValue(QStringLiteral("theme"), QLatin1String(name));
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}

void MainWindow::showLoadError(const QString &what, const QString &error)
{
    QMessageBox box(QMessageBox::Warning, tr("Cannot open the document"), what, QMessageBox::Ok, this);
    box.setInformativeText(error + u"\n\n"
                           + tr("Chronoline opens articles as plain text, Markdown, HTML or PDF. "
                                "You can also copy the article's text and use File ▸ New from Clipboard."));
    box.exec();
}

bool MainWindow::openFile(const QString &path, std::optional<QDate> dct)
{
    if (isProjectPath(path))
        return openProject(path);
    if (!maybeSave())
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    LoadResult result = loadDocumentPath(path, dct);
    QApplication::restoreOverrideCursor();
    if (!result.ok()) {
        showLoadError(tr("“%1” could not be opened.").arg(QFileInfo(path).fileName()), result.error);
        return false;
    }
    setDocument(std::move(*result.document));
    addRecentFile(path);
    return true;
}

static QString displayName(const QString &pathOrUrl)
{
    if (pathOrUrl.startsWith(u"http://", Qt::CaseInsensitive) || pathOrUrl.startsWith(u"https://", Qt::CaseInsensitive))
        return pathOrUrl;
    return QFileInfo(pathOrUrl).fileName();
}

void MainWindow::openFileAsync(const QString &pathOrUrl, std::optional<QDate> dct)
{
    if (isProjectPath(pathOrUrl)) {
        // Small and already analysed: read on the spot, reported the same way.
        if (openProject(pathOrUrl))
            Q_EMIT documentLoaded(pathOrUrl);
        else
            Q_EMIT loadFailed(pathOrUrl, tr("The project could not be opened."), false);
        return;
    }
    if (!maybeSave())
        return;
    cancelLoad();   // the newer request wins
    auto job = std::make_shared<LoadJob>();
    job->pathOrUrl = pathOrUrl;
    job->dct = dct;

    // Shown by QProgressDialog itself once the load has taken 300 ms, so small
    // files open without a flash of a dialog. Not modal: the window stays usable
    // and a second open simply replaces this one.
    auto *dialog = new QProgressDialog(tr("Opening “%1”…").arg(displayName(pathOrUrl)), tr("Cancel"), 0, 0, this);
    dialog->setObjectName(QStringLiteral("loadProgressDialog"));
    dialog->setWindowTitle(tr("Opening Document"));
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setMinimumDuration(300);
    dialog->setValue(0);   // starts the 300 ms timer
    connect(dialog, &QProgressDialog::canceled, this, [this, job] {
        if (job == m_load)
            cancelLoad();
    });
    job->dialog = dialog;
    m_load = job;

    QThread *thread = QThread::create([this, job] {
        // Runs on the worker: only posts to the GUI thread, at most every 50 ms.
        QElapsedTimer sinceReport;
        ProgressCallback progress = [this, job, sinceReport](const LoadProgress &p) mutable {
            if (job->cancelled)
                return false;
            if (!sinceReport.isValid() || sinceReport.elapsed() >= 50 || (p.total > 0 && p.done >= p.total)) {
                sinceReport.start();
                QMetaObject::invokeMethod(this, [this, job, p] { showLoadProgress(job, p); }, Qt::QueuedConnection);
            }
            return true;
        };
        auto result = std::make_shared<LoadResult>(loadDocumentPath(job->pathOrUrl, job->dct, std::move(progress)));
        QMetaObject::invokeMethod(this, [this, job, result] { finishLoad(job, *result); }, Qt::QueuedConnection);
    });
    thread->setObjectName(QStringLiteral("DocumentLoader"));
    connect(thread, &QThread::finished, this, [this, thread] {
        m_loadThreads.removeOne(thread);
        thread->deleteLater();
    });
    m_loadThreads.append(thread);
    thread->start();
}

void MainWindow::cancelLoad()
{
    if (!m_load)
        return;
    const std::shared_ptr<LoadJob> job = std::exchange(m_load, nullptr);
    // The worker stops at its next checkpoint; whatever it returns is ignored.
    job->cancelled = true;
    if (job->dialog) {
        job->dialog->hide();
        job->dialog->deleteLater();
    }
    statusBar()->showMessage(tr("Opening “%1” cancelled").arg(displayName(job->pathOrUrl)), 5000);
    Q_EMIT loadFailed(job->pathOrUrl, tr("Opening the document was cancelled."), true);
}

void MainWindow::showLoadProgress(const std::shared_ptr<LoadJob> &job, const LoadProgress &progress)
{
    if (job != m_load || !job->dialog)
        return;
    QProgressDialog *dialog = job->dialog;
    const QString name = displayName(job->pathOrUrl);
    switch (progress.stage) {
    case LoadProgress::Stage::Reading:
        dialog->setLabelText(tr("Reading “%1”…").arg(name));
        break;
    case LoadProgress::Stage::Downloading:
        dialog->setLabelText(tr("Downloading “%1”…").arg(name));
        break;
    case LoadProgress::Stage::Extracting:
        dialog->setLabelText(progress.total > 0
                                 ? tr("Extracting the text of “%1”: page %2 of %3…").arg(name).arg(progress.done).arg(progress.total)
                                 : tr("Extracting the text of “%1”…").arg(name));
        break;
    }
    if (progress.total <= 0) {
        dialog->setRange(0, 0);   // busy indicator: the size is unknown
        return;
    }
    dialog->setRange(0, 1000);
    dialog->setValue(int(std::clamp<qint64>(progress.done * 1000 / progress.total, 0, 1000)));
}

void MainWindow::finishLoad(const std::shared_ptr<LoadJob> &job, LoadResult &result)
{
    if (job != m_load)
        return;   // cancelled or replaced by a newer open
    m_load.reset();
    if (job->dialog) {
        job->dialog->hide();
        job->dialog->deleteLater();
    }
    if (!result.ok()) {
        if (!result.cancelled)
            showLoadError(tr("“%1” could not be opened.").arg(displayName(job->pathOrUrl)), result.error);
        Q_EMIT loadFailed(job->pathOrUrl, result.error, result.cancelled);
        return;
    }
    setDocument(std::move(*result.document));   // the analysis stays on the GUI thread
    addRecentFile(job->pathOrUrl);
    Q_EMIT documentLoaded(job->pathOrUrl);
}

bool MainWindow::openText(const QString &text, const QString &name)
{
    if (!maybeSave())
        return false;
    LoadResult result = loadDocumentText(text, name);
    if (!result.ok()) {
        showLoadError(tr("The text could not be opened."), result.error);
        return false;
    }
    setDocument(std::move(*result.document));
    return true;
}

void MainWindow::openSample()
{
    if (!maybeSave())
        return;
    LoadResult result = loadSampleDocument();
    if (!result.ok())
        return showLoadError(tr("The sample could not be opened."), result.error);
    setDocument(std::move(*result.document));
}

void MainWindow::openFromDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Article"), m_recentFiles.isEmpty() ? QString() : QFileInfo(m_recentFiles.first()).absolutePath(),
        tr("Articles and timelines (*.txt *.text *.md *.markdown *.html *.htm *.mhtml *.mht *.pdf *.chronoline);;"
           "Chronoline timelines (*.chronoline);;All files (*)"));
    if (!path.isEmpty())
        openFileAsync(path);
}

void MainWindow::openUrlFromDialog()
{
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Open Web Address"),
                                               tr("Address of the article (http:// or https://):"),
                                               QLineEdit::Normal, QString(), &ok).trimmed();
    if (!ok || text.isEmpty())
        return;
    const QUrl url = QUrl::fromUserInput(text);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https")) {
        QMessageBox::warning(this, tr("Open Web Address"),
                             tr("“%1” is not a web address. Enter an address that starts with http:// or https://.")
                                 .arg(text));
        return;
    }
    openFileAsync(url.toString());
}

void MainWindow::pasteAsDocument()
{
    const QString text = QApplication::clipboard()->text();
    if (text.trimmed().isEmpty()) {
        QMessageBox box(QMessageBox::Information, tr("Nothing to paste"),
                        tr("The clipboard holds no text."), QMessageBox::Ok, this);
        box.setInformativeText(tr("Copy the article's text in your browser or editor, then try again."));
        box.exec();
        return;
    }
    openText(text, tr("Pasted text"));
}

void MainWindow::setDocument(Document document)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_timeline = Timeline(std::move(document), AnalysisPipeline::english());
    QApplication::restoreOverrideCursor();
    m_session->start();
    m_projectPath.clear();
    m_dateEdit->setDate(m_timeline.document().dct);
    refresh();
}

void MainWindow::setDocumentDate(std::optional<QDate> dct)
{
    m_dateEdit->setDate(dct);
    if (m_timeline.document().text.isEmpty() || m_timeline.document().dct == dct)
        return;
    // Undoable like any edit; the session re-runs the analysis and puts the edits back on top.
    m_session->undoStack()->push(new SetDocumentDateCommand(m_session, dct));
}

void MainWindow::afterReanalysis()
{
    // The model still holds the old rows: remember what was selected by id.
    QStringList selected;
    for (const QModelIndex &index : m_selection->selectedRows())
        selected.append(m_events->event(index.row()).id);
    const auto dct = m_timeline.document().dct;
    m_dateEdit->setDate(dct);
    refresh(selected);
    statusBar()->showMessage(dct ? tr("Dates resolved against %1").arg(QLocale().toString(*dct, QLocale::LongFormat))
                                 : tr("No document date: relative dates moved to the Unplaced tray"),
                             5000);
}

void MainWindow::refresh(const QStringList &keepSelectedIds)
{
    const Document &doc = m_timeline.document();
    const bool hasDocument = !doc.text.isEmpty();
    m_text->setTimeline(&m_timeline);
    m_details->setTimeline(&m_timeline);
    m_timelineView->setDocumentDate(doc.dct);
    m_events->setEvents(m_timeline.events());
    m_unplaced->setItems(m_timeline.unplaced());
    m_noDateBanner->setVisible(hasDocument && !doc.dct);
    QPalette bannerPalette = m_noDateBanner->palette();
    bannerPalette.setColor(QPalette::Window, isDarkPalette(palette()) ? QColor(0x5a, 0x4a, 0x12)
                                                                      : QColor(0xff, 0xf3, 0xc4));
    m_noDateBanner->setPalette(bannerPalette);
    for (QAction *a : std::as_const(m_documentActions))
        a->setEnabled(hasDocument);
    updateTitle();
    // Keep what the reader had selected when the same events come back.
    QItemSelection selection;
    for (const QString &id : keepSelectedIds) {
        const int row = m_events->rowOfId(id);
        if (row >= 0)
            selection.select(m_events->index(row, 0), m_events->index(row, EventModel::ColumnCount - 1));
    }
    if (!selection.isEmpty()) {
        m_selection->setCurrentIndex(selection.indexes().constFirst(), QItemSelectionModel::NoUpdate);
        m_selection->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    if (!m_list->filterEdit()->text().isEmpty())
        search(m_list->filterEdit()->text());
    updateStatus();
}

void MainWindow::updateStatus()
{
    if (m_timeline.document().text.isEmpty()) {
        m_counts->setText(tr("No document"));
        return;
    }
    const int events = int(m_timeline.events().size());
    const int placed = m_timeline.placedEventCount();
    QString text = tr("%n event(s)", nullptr, events) + u" · " + tr("%n on the timeline", nullptr, placed)
        + u" · " + tr("%n unplaced", nullptr, int(m_timeline.unplaced().size())) + u" · "
        + tr("%n time expression(s)", nullptr, int(m_timeline.timexes().size()));
    const int selected = int(m_selection->selectedRows().size());
    if (selected > 0)
        text += u" · " + tr("%n selected", nullptr, selected);
    m_counts->setText(text);
}

void MainWindow::search(const QString &text)
{
    const int hits = m_text->setSearchText(text);
    if (!text.isEmpty())
        statusBar()->showMessage(tr("“%1”: %n match(es) in the text", nullptr, hits).arg(text), 3000);
}

void MainWindow::showUnplaced(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const UnplacedItem &item = m_unplaced->item(index.row());
    if (item.kind == UnplacedItem::Kind::Event) {
        const int row = m_events->rowOfId(item.id);
        if (row >= 0) {
            m_selection->setCurrentIndex(m_events->index(row, 0),
                                         QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return;
        }
    }
    m_text->showSpan(item.start, item.end);
}

void MainWindow::addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_recentFiles.removeAll(absolute);
    m_recentFiles.prepend(absolute);
    while (m_recentFiles.size() > MaxRecentFiles)
        m_recentFiles.removeLast();
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    for (int i = 0; i < m_recentFiles.size(); ++i) {
        const QString path = m_recentFiles.at(i);
        QAction *a = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg((i + 1) % 10).arg(QFileInfo(path).fileName()));
        a->setToolTip(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path] { openFileAsync(path); });
    }
    if (m_recentFiles.isEmpty()) {
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    connect(m_recentMenu->addAction(tr("&Clear List")), &QAction::triggered, this, [this] { m_recentFiles.clear(); });
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (mime->hasUrls() || mime->hasText())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() || url.scheme() == u"http" || url.scheme() == u"https") {
            event->acceptProposedAction();
            openFileAsync(url.isLocalFile() ? url.toLocalFile() : url.toString());
            return;
        }
    }
    if (mime->hasText()) {
        event->acceptProposedAction();
        openText(mime->text(), tr("Dropped text"));
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        updateIcons();
        refresh();
    }
    QMainWindow::changeEvent(event);
}

} // namespace chronoline
