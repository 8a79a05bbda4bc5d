#include "edits/AddEventCommand.h"

#include "edits/EditSession.h"

#include <QCoreApplication>

namespace chronoline {

Event AddEventCommand::makeEvent(const QString &id, const QString &title, const QString &value,
                                 const QString &endValue, const std::optional<SentenceRef> &sentence)
{
    Event e;
    e.id = id;
    e.title = title;
    e.value = value;
    e.endValue = endValue;
    e.interval = ProjectEdit::intervalFor(value, endValue);
    e.certainty = Certainty::Explicit;   // the reader said so
    e.salience = 1.0;                    // someone cared enough to add it
    if (sentence) {
        e.sentence = *sentence;
        e.mentions.push_back({*sentence, QString()});
    }
    return e;
}

AddEventCommand::AddEventCommand(EditSession *session, const QString &title, const QString &value,
                                 const QString &endValue, const std::optional<SentenceRef> &sentence)
    : AddEventCommand(session, makeEvent(session->unusedEventId(), title, value, endValue, sentence))
{
}

AddEventCommand::AddEventCommand(EditSession *session, const Event &event)
    : EventEditCommand(session, ProjectEdit::add(event))
{
    setText(QCoreApplication::translate("EditCommands", "Add “%1”").arg(event.title));
}

} // namespace chronoline
