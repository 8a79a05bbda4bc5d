#pragma once

#include "edits/EventEditCommand.h"

namespace chronoline {

struct UnplacedItem;

// Takes an item out of the Unplaced tray and puts it on the axis at a date the
// reader gives. An unplaced event gets the date; an expression that dates no
// event ("last month" in an undated article) becomes a new event, titled by
// the reader, tied to its sentence and expression.
class PlaceItemCommand : public EventEditCommand {
public:
    PlaceItemCommand(EditSession *session, const UnplacedItem &item, const QString &title, const QString &value,
                     const QString &endValue = {});
    // Replays an edit read from a file or a script.
    explicit PlaceItemCommand(EditSession *session, const ProjectEdit &edit);

private:
    static ProjectEdit makeEdit(EditSession *session, const UnplacedItem &item, const QString &title,
                                const QString &value, const QString &endValue);
};

} // namespace chronoline
