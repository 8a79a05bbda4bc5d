#include "edits/EditActions.h"

#include "EventModel.h"
#include "SourceTextView.h"
#include "UnplacedModel.h"
#include "UnplacedTray.h"
#include "edits/AddEventCommand.h"
#include "edits/ChangeCertaintyCommand.h"
#include "edits/ChangeDateCommand.h"
#include "edits/DeleteEventCommand.h"
#include "edits/EditSession.h"
#include "edits/EventDateDialog.h"
#include "edits/PlaceItemCommand.h"
#include "edits/RenameEventCommand.h"

#include "timeline/Timeline.h"

#include <QAction>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QListView>
#include <QMenu>
#include <QUndoStack>

namespace chronoline {

EditActions::EditActions(QWidget *window, EditSession *session, EventModel *model, QItemSelectionModel *selection,
                         UnplacedTray *tray, SourceTextView *text)
    : QObject(window), m_window(window), m_session(session), m_model(model), m_selection(selection), m_tray(tray),
      m_text(text)
{
    QUndoStack *stack = session->undoStack();
    m_undo = stack->createUndoAction(this, tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = stack->createRedoAction(this, tr("&Redo"));
    // Both habits: Ctrl+Shift+Z (the platform's) and Ctrl+Y.
    m_redo->setShortcuts({QKeySequence(tr("Ctrl+Shift+Z")), QKeySequence(tr("Ctrl+Y"))});

    auto make = [this](const QString &text, const QKeySequence &key, const QString &name, void (EditActions::*slot)()) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        if (!key.isEmpty())
            a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_rename = make(tr("Re&name Event…"), QKeySequence(Qt::Key_F2), QStringLiteral("renameEvent"), &EditActions::rename);
    m_changeDate = make(tr("Change Event &Date…"), QKeySequence(tr("Ctrl+Shift+R")), QStringLiteral("changeEventDate"),
                        &EditActions::changeDate);
    m_markExplicit = new QAction(tr("Mark as E&xplicit"), this);
    m_markExplicit->setObjectName(QStringLiteral("markExplicit"));
    connect(m_markExplicit, &QAction::triggered, this, [this] { setCertainty(Certainty::Explicit); });
    m_markInferred = new QAction(tr("Mark as &Inferred"), this);
    m_markInferred->setObjectName(QStringLiteral("markInferred"));
    connect(m_markInferred, &QAction::triggered, this, [this] { setCertainty(Certainty::Inferred); });
    m_delete = make(tr("De&lete Event"), QKeySequence::Delete, QStringLiteral("deleteEvent"), &EditActions::deleteSelected);
    m_add = make(tr("&Add Event…"), QKeySequence(tr("Ctrl+Shift+N")), QStringLiteral("addEvent"), &EditActions::addEvent);
    m_place = make(tr("&Place on Axis…"), QKeySequence(tr("Ctrl+Shift+P")), QStringLiteral("placeItem"),
                   &EditActions::placeItem);

    connect(selection, &QItemSelectionModel::selectionChanged, this, &EditActions::updateEnabled);
    connect(selection, &QItemSelectionModel::currentChanged, this, &EditActions::updateEnabled);
    connect(session, &EditSession::eventsEdited, this, &EditActions::updateEnabled);
    connect(model, &QAbstractItemModel::modelReset, this, &EditActions::updateEnabled);
    connect(tray->list()->model(), &QAbstractItemModel::modelReset, this, &EditActions::updateEnabled);
    connect(tray->list(), &QListView::clicked, this, &EditActions::updateEnabled);
    tray->list()->setContextMenuPolicy(Qt::ActionsContextMenu);
    tray->list()->addAction(m_place);
    updateEnabled();
}

void EditActions::addToMenu(QMenu *menu) const
{
    menu->addAction(m_undo);
    menu->addAction(m_redo);
    menu->addSeparator();
    for (QAction *a : eventActions()) {
        if (a)
            menu->addAction(a);
        else
            menu->addSeparator();
    }
    menu->addAction(m_place);
}

QList<QAction *> EditActions::eventActions() const
{
    // nullptr: a separator.
    return {m_rename, m_changeDate, m_markExplicit, m_markInferred, m_delete, nullptr, m_add};
}

void EditActions::updateEnabled()
{
    const auto row = currentRow();
    const bool one = row.has_value();
    m_rename->setEnabled(one);
    m_changeDate->setEnabled(one);
    m_markExplicit->setEnabled(one && m_model->event(*row).certainty != Certainty::Explicit);
    m_markInferred->setEnabled(one && m_model->event(*row).certainty != Certainty::Inferred);
    m_delete->setEnabled(!m_selection->selectedRows().isEmpty());
    m_add->setEnabled(!m_session->timeline().document().text.isEmpty());
    m_place->setEnabled(m_tray->list()->currentIndex().isValid());
}

std::optional<int> EditActions::currentRow() const
{
    const QModelIndex current = m_selection->currentIndex();
    if (current.isValid() && m_selection->isRowSelected(current.row()) && current.row() < m_model->rowCount())
        return current.row();
    return std::nullopt;
}

QStringList EditActions::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex &index : m_selection->selectedRows())
        ids.append(m_model->event(index.row()).id);
    return ids;
}

int EditActions::runDialog(QDialog &dialog)
{
    Q_EMIT dialogOpened(&dialog);
    return dialog.exec();
}

void EditActions::rename()
{
    const auto row = currentRow();
    if (!row)
        return;
    const Event &e = m_model->event(*row);
    QInputDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("renameDialog"));
    dialog.setWindowTitle(tr("Rename Event"));
    dialog.setLabelText(tr("New title:"));
    dialog.setTextValue(e.title);
    const QString id = e.id;
    if (runDialog(dialog) != QDialog::Accepted)
        return;
    const QString title = dialog.textValue().simplified();
    const Event *now = m_session->event(id);
    if (title.isEmpty() || !now || title == now->title)
        return;
    m_session->undoStack()->push(new RenameEventCommand(m_session, id, title));
}

void EditActions::changeDate()
{
    const auto row = currentRow();
    if (!row)
        return;
    const Event &e = m_model->event(*row);
    EventDateDialog dialog(tr("Change the Date of “%1”").arg(e.title), false, m_window);
    dialog.setValues({}, e.value, e.endValue);
    const QString id = e.id;
    if (runDialog(dialog) != QDialog::Accepted || !dialog.isAcceptable())
        return;
    m_session->undoStack()->push(new ChangeDateCommand(m_session, id, dialog.value(), dialog.endValue()));
}

void EditActions::setCertainty(Certainty certainty)
{
    const auto row = currentRow();
    if (row && m_model->event(*row).certainty != certainty)
        m_session->undoStack()->push(new ChangeCertaintyCommand(m_session, m_model->event(*row).id, certainty));
}

void EditActions::deleteSelected()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    QUndoStack *stack = m_session->undoStack();
    // One step to undo, however many were selected.
    if (ids.size() > 1)
        stack->beginMacro(tr("Delete %n event(s)", nullptr, int(ids.size())));
    for (const QString &id : ids)
        stack->push(new DeleteEventCommand(m_session, id));
    if (ids.size() > 1)
        stack->endMacro();
}

void EditActions::addEvent()
{
    const Timeline &timeline = m_session->timeline();
    if (timeline.document().text.isEmpty())
        return;
    EventDateDialog dialog(tr("Add Event"), true, m_window);
    // The sentence the reader is at in the text, if any; else the current event's.
    std::optional<SentenceRef> sentence;
    const int s = timeline.sentenceAt(m_text->textCursor().position());
    if (s >= 0 && m_text->hasFocus()) {
        const Sentence &at = timeline.segmentation().sentences[size_t(s)];
        sentence = SentenceRef{at.start, at.end, timeline.document().text.mid(at.start, at.end - at.start)};
    } else if (const auto row = currentRow()) {
        sentence = m_model->event(*row).sentence;
    }
    if (sentence)
        dialog.offerSentence(sentence->text);
    const auto row = currentRow();
    dialog.setValues({}, row ? m_model->event(*row).value : QString(), {});
    if (runDialog(dialog) != QDialog::Accepted || !dialog.isAcceptable())
        return;
    auto *command = new AddEventCommand(m_session, dialog.title(), dialog.value(), dialog.endValue(),
                                        dialog.tieToSentence() ? sentence : std::nullopt);
    pushAndSelect(command, command->edit().eventId);
}

void EditActions::placeItem()
{
    const QModelIndex index = m_tray->list()->currentIndex();
    auto *unplaced = qobject_cast<UnplacedModel *>(m_tray->list()->model());
    if (!index.isValid() || !unplaced)
        return;
    const UnplacedItem item = unplaced->item(index.row());
    const bool isEvent = item.kind == UnplacedItem::Kind::Event;
    EventDateDialog dialog(tr("Place “%1” on the Axis").arg(item.label), !isEvent, m_window);
    dialog.setValues(item.label, item.value.contains(u'X') ? QString() : item.value, {});
    if (runDialog(dialog) != QDialog::Accepted || !dialog.isAcceptable())
        return;
    auto *command = new PlaceItemCommand(m_session, item, dialog.title(), dialog.value(), dialog.endValue());
    pushAndSelect(command, command->edit().eventId);
}

void EditActions::pushAndSelect(QUndoCommand *command, const QString &eventId)
{
    m_session->undoStack()->push(command);
    const int row = m_model->rowOfId(eventId);
    if (row >= 0)
        m_selection->setCurrentIndex(m_model->index(row, 0),
                                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

} // namespace chronoline
