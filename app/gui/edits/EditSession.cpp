#include "edits/EditSession.h"

#include "EventModel.h"

#include "timeline/Timeline.h"

#include <QUndoStack>

namespace chronoline {

EditSession::EditSession(Timeline *timeline, EventModel *model, QObject *parent)
    : QObject(parent), m_timeline(timeline), m_model(model), m_stack(new QUndoStack(this))
{
}

void EditSession::start(ProjectEdits edits)
{
    start(m_timeline->events(), std::move(edits));
}

void EditSession::start(Events extracted, ProjectEdits edits)
{
    m_stack->clear();
    m_extracted = std::move(extracted);
    m_edits = std::move(edits);
    m_timeline->setEvents(m_edits.apply(m_extracted));
    m_model->setEvents(m_timeline->events());
    m_stack->setClean();
}

void EditSession::pushEdit(const ProjectEdit &edit)
{
    m_edits.append(edit);
    applyEdits();
}

void EditSession::popEdit()
{
    m_edits.removeLast();
    applyEdits();
}

void EditSession::applyEdits()
{
    m_timeline->setEvents(m_edits.apply(m_extracted));
    m_model->updateEvents(m_timeline->events());
    Q_EMIT eventsEdited();
}

void EditSession::setDocumentDate(std::optional<QDate> dct, DctSource source)
{
    m_timeline->reanalyse(dct, source);
    m_extracted = m_timeline->events();
    m_timeline->setEvents(m_edits.apply(m_extracted));
    Q_EMIT reanalysed();
}

const Event *EditSession::event(QStringView id) const
{
    for (const Event &e : m_timeline->events()) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

} // namespace chronoline
