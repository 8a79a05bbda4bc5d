#pragma once

#include "project/ProjectEdit.h"

class QUndoCommand;

namespace chronoline {

class EditSession;

// The command that makes `edit` undoably, for edits that come as data (a
// script of edits in the file's format) rather than from a dialog.
QUndoCommand *makeEditCommand(EditSession *session, const ProjectEdit &edit);

} // namespace chronoline
