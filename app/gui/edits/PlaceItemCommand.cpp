#include "edits/PlaceItemCommand.h"

#include "edits/AddEventCommand.h"
#include "edits/EditSession.h"

#include "timeline/Timeline.h"
#include "timeline/UnplacedItem.h"

#include <QCoreApplication>

namespace chronoline {

ProjectEdit PlaceItemCommand::makeEdit(EditSession *session, const UnplacedItem &item, const QString &title,
                                       const QString &value, const QString &endValue)
{
    if (item.kind == UnplacedItem::Kind::Event)
        return ProjectEdit::placeEvent(item.id, value, endValue);
    // The expression's sentence is the new event's evidence.
    const Timeline &timeline = session->timeline();
    std::optional<SentenceRef> sentence;
    const int s = timeline.sentenceAt(item.start);
    if (s >= 0) {
        const Sentence &at = timeline.segmentation().sentences[size_t(s)];
        sentence = SentenceRef{at.start, at.end, timeline.document().text.mid(at.start, at.end - at.start)};
    } else {
        sentence = SentenceRef{item.start, item.end, item.label};
    }
    Event e = AddEventCommand::makeEvent(session->unusedEventId(), title, value, endValue, sentence);
    e.timexId = item.id;
    e.mentions.front().timexId = item.id;
    return ProjectEdit::placeExpression(item.id, e);
}

PlaceItemCommand::PlaceItemCommand(EditSession *session, const UnplacedItem &item, const QString &title,
                                   const QString &value, const QString &endValue)
    : PlaceItemCommand(session, makeEdit(session, item, title, value, endValue))
{
}

PlaceItemCommand::PlaceItemCommand(EditSession *session, const ProjectEdit &edit)
    : EventEditCommand(session, edit)
{
    setText(QCoreApplication::translate("EditCommands", "Place “%1” on the axis")
                .arg(edit.event ? edit.event->title : titleOf(edit.eventId)));
}

} // namespace chronoline
