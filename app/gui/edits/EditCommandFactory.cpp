#include "edits/EditCommandFactory.h"

#include "edits/AddEventCommand.h"
#include "edits/ChangeCertaintyCommand.h"
#include "edits/ChangeDateCommand.h"
#include "edits/DeleteEventCommand.h"
#include "edits/PlaceItemCommand.h"
#include "edits/RenameEventCommand.h"

namespace chronoline {

QUndoCommand *makeEditCommand(EditSession *session, const ProjectEdit &edit)
{
    switch (edit.kind) {
    case ProjectEdit::Kind::Rename: return new RenameEventCommand(session, edit.eventId, edit.title);
    case ProjectEdit::Kind::SetDate: return new ChangeDateCommand(session, edit.eventId, edit.value, edit.endValue);
    case ProjectEdit::Kind::SetCertainty: return new ChangeCertaintyCommand(session, edit.eventId, edit.certainty);
    case ProjectEdit::Kind::Delete: return new DeleteEventCommand(session, edit.eventId);
    case ProjectEdit::Kind::Add:
        if (edit.event)
            return new AddEventCommand(session, *edit.event);
        break;
    case ProjectEdit::Kind::Place: return new PlaceItemCommand(session, edit);
    }
    return nullptr;
}

} // namespace chronoline
