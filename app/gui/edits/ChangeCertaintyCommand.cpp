#include "edits/ChangeCertaintyCommand.h"

#include <QCoreApplication>

namespace chronoline {

ChangeCertaintyCommand::ChangeCertaintyCommand(EditSession *session, const QString &eventId, Certainty certainty)
    : EventEditCommand(session, ProjectEdit::setCertainty(eventId, certainty))
{
    setText(certainty == Certainty::Explicit
                ? QCoreApplication::translate("EditCommands", "Mark “%1” as explicit").arg(titleOf(eventId))
                : QCoreApplication::translate("EditCommands", "Mark “%1” as inferred").arg(titleOf(eventId)));
}

} // namespace chronoline
