#pragma once

#include "project/ProjectEdit.h"

#include <QUndoCommand>

namespace chronoline {

class EditSession;

// What every edit command does: redo appends its edit to the session, undo
// removes it again (the stack guarantees it is the last one). The subclasses
// build the edit and say in the Edit menu what it does.
class EventEditCommand : public QUndoCommand {
public:
    const ProjectEdit &edit() const { return m_edit; }

    void redo() override;
    void undo() override;

protected:
    EventEditCommand(EditSession *session, ProjectEdit edit);
    // The event's title for the command's text, shortened for a menu.
    QString titleOf(const QString &eventId) const;

    EditSession *m_session;
    ProjectEdit m_edit;
};

} // namespace chronoline
