#include "edits/DeleteEventCommand.h"

#include <QCoreApplication>

namespace chronoline {

DeleteEventCommand::DeleteEventCommand(EditSession *session, const QString &eventId)
    : EventEditCommand(session, ProjectEdit::remove(eventId))
{
    setText(QCoreApplication::translate("EditCommands", "Delete “%1”").arg(titleOf(eventId)));
}

} // namespace chronoline
