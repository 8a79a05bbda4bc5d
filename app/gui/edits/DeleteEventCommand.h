#pragma once

#include "edits/EventEditCommand.h"

namespace chronoline {

// Removes an event; undo brings it back in its old row.
class DeleteEventCommand : public EventEditCommand {
public:
    DeleteEventCommand(EditSession *session, const QString &eventId);
};

} // namespace chronoline
