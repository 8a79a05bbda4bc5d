#pragma once

#include "edits/EventEditCommand.h"

namespace chronoline {

// Gives an event a date typed by hand: a TIMEX3 value ("2023-03-21",
// "2023-03", "2023-W12") and optionally the value of the end of a range.
// The caller checks the values first (ProjectEdit::intervalFor).
class ChangeDateCommand : public EventEditCommand {
public:
    ChangeDateCommand(EditSession *session, const QString &eventId, const QString &value,
                      const QString &endValue = {});
};

} // namespace chronoline
