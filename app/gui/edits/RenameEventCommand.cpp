#include "edits/RenameEventCommand.h"

#include <QCoreApplication>

namespace chronoline {

RenameEventCommand::RenameEventCommand(EditSession *session, const QString &eventId, const QString &title)
    : EventEditCommand(session, ProjectEdit::rename(eventId, title))
{
    setText(QCoreApplication::translate("EditCommands", "Rename “%1”").arg(titleOf(eventId)));
}

} // namespace chronoline
