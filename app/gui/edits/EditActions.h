#pragma once

#include "events/Event.h"

#include <QObject>

#include <functional>
#include <optional>

class QAction;
class QDialog;
class QItemSelectionModel;
class QMenu;
class QUndoCommand;
class QWidget;

namespace chronoline {

class EditSession;
class EventModel;
class SourceTextView;
class UnplacedTray;

// The Edit menu's editing half and the context menus of the timeline, the
// event list and the Unplaced tray: Undo/Redo, Rename (F2), Change Date,
// Mark Explicit/Inferred, Delete (Del), Add Event and Place on Axis. Each asks
// what it needs in a dialog and pushes one command onto the session's stack;
// they act on the shared selection, so whichever view the reader used, the
// same events change.
class EditActions : public QObject {
    Q_OBJECT
public:
    EditActions(QWidget *window, EditSession *session, EventModel *model, QItemSelectionModel *selection,
                UnplacedTray *tray, SourceTextView *text);

    void addToMenu(QMenu *menu) const;
    // For the context menus of the timeline and the event list.
    QList<QAction *> eventActions() const;

    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *renameAction() const { return m_rename; }
    QAction *changeDateAction() const { return m_changeDate; }
    QAction *markExplicitAction() const { return m_markExplicit; }
    QAction *markInferredAction() const { return m_markInferred; }
    QAction *deleteAction() const { return m_delete; }
    QAction *addAction() const { return m_add; }
    QAction *placeAction() const { return m_place; }

    void updateEnabled();

Q_SIGNALS:
    // A dialog is about to run (tests answer it from here instead of a timer).
    void dialogOpened(QDialog *dialog);

private:
    int runDialog(QDialog &dialog);
    std::optional<int> currentRow() const;
    QStringList selectedIds() const;
    void rename();
    void changeDate();
    void setCertainty(Certainty certainty);
    void deleteSelected();
    void addEvent();
    void placeItem();
    // Does a command that makes an event, then selects that event everywhere.
    void pushAndSelect(QUndoCommand *command, const QString &eventId);

    QWidget *m_window;
    EditSession *m_session;
    EventModel *m_model;
    QItemSelectionModel *m_selection;
    UnplacedTray *m_tray;
    SourceTextView *m_text;
    QAction *m_undo;
    QAction *m_redo;
    QAction *m_rename;
    QAction *m_changeDate;
    QAction *m_markExplicit;
    QAction *m_markInferred;
    QAction *m_delete;
    QAction *m_add;
    QAction *m_place;
};

} // namespace chronoline
