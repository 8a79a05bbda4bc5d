#include "edits/EventEditCommand.h"

#include "edits/EditSession.h"

namespace chronoline {

EventEditCommand::EventEditCommand(EditSession *session, ProjectEdit edit)
    : m_session(session), m_edit(std::move(edit))
{
}

void EventEditCommand::redo()
{
    m_session->pushEdit(m_edit);
}

void EventEditCommand::undo()
{
    m_session->popEdit();
}

QString EventEditCommand::titleOf(const QString &eventId) const
{
    const Event *e = m_session->event(eventId);
    const QString title = e ? e->title : eventId;
    return title.size() > 40 ? title.left(39) + u'…' : title;
}

} // namespace chronoline
