#pragma once

#include "edits/EventEditCommand.h"

namespace chronoline {

// Gives an event a new title.
class RenameEventCommand : public EventEditCommand {
public:
    RenameEventCommand(EditSession *session, const QString &eventId, const QString &title);
};

} // namespace chronoline
