#include "edits/ChangeDateCommand.h"

#include <QCoreApplication>

namespace chronoline {

ChangeDateCommand::ChangeDateCommand(EditSession *session, const QString &eventId, const QString &value,
                                     const QString &endValue)
    : EventEditCommand(session, ProjectEdit::setDate(eventId, value, endValue))
{
    setText(QCoreApplication::translate("EditCommands", "Change the date of “%1”").arg(titleOf(eventId)));
}

} // namespace chronoline
