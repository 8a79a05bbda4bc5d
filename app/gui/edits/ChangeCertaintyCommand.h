#pragma once

#include "edits/EventEditCommand.h"

namespace chronoline {

// Marks an event's date as stated by the text (explicit) or worked out from its context (inferred).
class ChangeCertaintyCommand : public EventEditCommand {
public:
    ChangeCertaintyCommand(EditSession *session, const QString &eventId, Certainty certainty);
};

} // namespace chronoline
