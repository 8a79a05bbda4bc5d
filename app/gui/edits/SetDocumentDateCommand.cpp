#include "edits/SetDocumentDateCommand.h"

#include "edits/EditSession.h"

#include "timeline/Timeline.h"

#include <QCoreApplication>

namespace chronoline {

SetDocumentDateCommand::SetDocumentDateCommand(EditSession *session, std::optional<QDate> dct)
    : m_session(session), m_oldDct(session->timeline().document().dct),
      m_oldSource(session->timeline().document().dctSource), m_newDct(dct)
{
    setText(dct ? QCoreApplication::translate("EditCommands", "Set the document date to %1")
                      .arg(dct->toString(Qt::ISODate))
                : QCoreApplication::translate("EditCommands", "Clear the document date"));
}

void SetDocumentDateCommand::redo()
{
    m_session->setDocumentDate(m_newDct, DctSource::Option);
}

void SetDocumentDateCommand::undo()
{
    m_session->setDocumentDate(m_oldDct, m_oldSource);
}

} // namespace chronoline
