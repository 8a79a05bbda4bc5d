#pragma once

#include "document/Document.h"
#include "events/Event.h"
#include "project/ProjectEdits.h"

#include <QDate>
#include <QObject>

#include <optional>

class QUndoStack;

namespace chronoline {

class EventModel;
class Timeline;

// The reader's edits to one document: the extractor's events, the list of
// edits on top of them, and the undo stack whose commands add and drop those
// edits. Every change goes through here, so the Timeline (what exporters and
// the text pane read) and the one EventModel (what every view shows) always
// hold the same edited events.
//
// The edit list and the stack stay in step because QUndoStack undoes strictly
// in reverse order: a command's redo appends its edit, its undo removes the
// last one, which is always its own.
class EditSession : public QObject {
    Q_OBJECT
public:
    EditSession(Timeline *timeline, EventModel *model, QObject *parent = nullptr);

    QUndoStack *undoStack() const { return m_stack; }
    const Events &extractedEvents() const { return m_extracted; }
    const ProjectEdits &edits() const { return m_edits; }
    const Timeline &timeline() const { return *m_timeline; }

    // A new document (the timeline was just replaced): its events are the
    // extracted ones, `edits` (from a file) go on top. Clears the undo history
    // and marks the state as saved.
    void start(ProjectEdits edits = {});
    // As start(), for a project file whose events came from the file.
    void start(Events extracted, ProjectEdits edits);

    // For the commands.
    void pushEdit(const ProjectEdit &edit);
    void popEdit();
    // Re-runs the analysis against a new document date and puts the edits back on top.
    void setDocumentDate(std::optional<QDate> dct, DctSource source);

    QString unusedEventId() const { return m_edits.unusedEventId(m_extracted); }
    const Event *event(QStringView id) const;

Q_SIGNALS:
    // The edited events changed (the model has already followed, row by row).
    void eventsEdited();
    // The document was analysed again; views that show expressions must refresh.
    void reanalysed();

private:
    void applyEdits();

    Timeline *m_timeline;
    EventModel *m_model;
    QUndoStack *m_stack;
    Events m_extracted;
    ProjectEdits m_edits;
};

} // namespace chronoline
