#pragma once

#include "document/Document.h"

#include <QDate>
#include <QUndoCommand>

#include <optional>

namespace chronoline {

class EditSession;

// A new document date: every relative date is resolved again and the edits
// go back on top. Undo restores the old date and where it came from.
class SetDocumentDateCommand : public QUndoCommand {
public:
    SetDocumentDateCommand(EditSession *session, std::optional<QDate> dct);

    void redo() override;
    void undo() override;

private:
    EditSession *m_session;
    std::optional<QDate> m_oldDct;
    DctSource m_oldSource;
    std::optional<QDate> m_newDct;
};

} // namespace chronoline
