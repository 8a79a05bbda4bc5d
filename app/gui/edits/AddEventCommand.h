#pragma once

#include "edits/EventEditCommand.h"

#include <optional>

namespace chronoline {


// Adds an event the reader made: a title and a date, tied to a sentence of
// the text when one is given (then clicking the sentence selects it).
class AddEventCommand : public EventEditCommand {
public:
    AddEventCommand(EditSession *session, const QString &title, const QString &value, const QString &endValue = {},
                    const std::optional<SentenceRef> &sentence = std::nullopt);
    // Replays an edit read from a file or a script.
    AddEventCommand(EditSession *session, const Event &event);

    // The event as it will be added, with its new id.
    static Event makeEvent(const QString &id, const QString &title, const QString &value, const QString &endValue,
                           const std::optional<SentenceRef> &sentence);
};

} // namespace chronoline
