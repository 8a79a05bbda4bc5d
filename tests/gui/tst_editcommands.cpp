#include "EventModel.h"
#include "TestEvents.h"
#include "edits/AddEventCommand.h"
#include "edits/ChangeCertaintyCommand.h"
#include "edits/ChangeDateCommand.h"
#include "edits/DeleteEventCommand.h"
#include "edits/EditSession.h"
#include "edits/PlaceItemCommand.h"
#include "edits/RenameEventCommand.h"
#include "edits/SetDocumentDateCommand.h"

#include "timeline/Timeline.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace chronoline;
using namespace Qt::Literals::StringLiterals;
using chronoline::test::makeEvent;

namespace {

const QString Text = u"Xi met Putin on March 21. Talks resume next month. A summit is planned."_s;

Sentence sentenceOf(const char *first)
{
    const qsizetype start = Text.indexOf(QString::fromLatin1(first));
    return {start, Text.indexOf(u'.', start) + 1};
}

// A pipeline of fixed data: three sentences, two expressions ("next month"
// cannot be resolved, so it waits in the tray) and three events, e2 unplaced.
// The tagger records the date it was asked about, to check re-analysis.
AnalysisPipeline fixedPipeline(std::shared_ptr<std::optional<QDate>> taggedWith)
{
    AnalysisPipeline p;
    p.segment = [](QStringView) {
        Segmentation s;
        s.sentences = {sentenceOf("Xi met"), sentenceOf("Talks"), sentenceOf("A summit")};
        return s;
    };
    p.tag = [taggedWith](QStringView, std::optional<QDate> dct) {
        *taggedWith = dct;
        Timex march{u"t1"_s, Text.indexOf(u"March 21"), Text.indexOf(u"March 21") + 8, u"March 21"_s,
                    TimexType::Date, u"2023-03-21"_s, {}, u"t0"_s, {}, {}};
        Timex next{u"t2"_s, Text.indexOf(u"next month"), Text.indexOf(u"next month") + 10, u"next month"_s,
                   TimexType::Date, u"XXXX-XX"_s, {}, u"t0"_s, {}, {}};
        return Timexes{march, next};
    };
    p.extract = [](const Document &, const Segmentation &, const Timexes &) {
        Event e1 = makeEvent("e1", "Xi met Putin", "2023-03-21", "2023-03-21", "2023-03-22", "APPROX");
        e1.timexId = u"t1"_s;
        Event e2 = makeEvent("e2", "Talks resume", "PXW", nullptr, nullptr);
        Event e3 = makeEvent("e3", "Summit planned", "2023-09", "2023-09-01", "2023-10-01");
        return Events{e1, e2, e3};
    };
    return p;
}

} // namespace

// Each edit command does its change on redo and takes it back on undo, in the
// one model every view reads (checked row by row, with no reset), in the
// Timeline the exporters read, and in the session's list of edits.
class TestEditCommands : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_tagged = std::make_shared<std::optional<QDate>>();
        Document doc;
        doc.text = Text;
        doc.title = u"Test"_s;
        doc.dct = QDate(2023, 3, 14);
        doc.dctSource = DctSource::Dateline;
        m_timeline = Timeline(doc, fixedPipeline(m_tagged));
        m_model = std::make_unique<EventModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_session = std::make_unique<EditSession>(&m_timeline, m_model.get());
        m_session->start();
        m_resets = std::make_unique<QSignalSpy>(m_model.get(), &QAbstractItemModel::modelReset);
    }
    void cleanup()
    {
        m_resets.reset();
        m_session.reset();
        m_tester.reset();
        m_model.reset();
    }

    void rename()
    {
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        push(new RenameEventCommand(m_session.get(), u"e1"_s, u"Xi visits Moscow"_s));
        QCOMPARE(title(0), u"Xi visits Moscow"_s);
        QCOMPARE(m_timeline.events()[0].title, u"Xi visits Moscow"_s);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(stack()->undoText(), u"Rename “Xi met Putin”"_s);
        stack()->undo();
        QCOMPARE(title(0), u"Xi met Putin"_s);
        QVERIFY(m_session->edits().isEmpty());
        stack()->redo();
        QCOMPARE(title(0), u"Xi visits Moscow"_s);
        QCOMPARE(m_resets->size(), 0);
    }

    void changeDate()
    {
        const QString datedBy = m_model->event(0).timexId;
        push(new ChangeDateCommand(m_session.get(), u"e1"_s, u"2023-04"_s));
        const Event &e = m_model->event(0);
        QCOMPARE(e.value, u"2023-04"_s);
        QCOMPARE(e.mod, QString());
        QCOMPARE(e.timexId, QString());   // its expression no longer dates it
        QCOMPARE(e.interval, (EventInterval{QDate(2023, 4, 1), QDate(2023, 5, 1)}));
        QCOMPARE(m_model->index(0, EventModel::DateColumn).data().toString(), u"Apr 2023"_s);
        // A range: from the first value's start to the end value's end.
        push(new ChangeDateCommand(m_session.get(), u"e3"_s, u"2023-09-09"_s, u"2023-09-10"_s));
        QCOMPARE(m_model->event(2).interval, (EventInterval{QDate(2023, 9, 9), QDate(2023, 9, 11)}));
        stack()->undo();
        stack()->undo();
        QCOMPARE(m_model->event(0).value, u"2023-03-21"_s);
        QCOMPARE(m_model->event(0).mod, u"APPROX"_s);
        QCOMPARE(m_model->event(0).timexId, datedBy);
        QCOMPARE(m_model->event(0).interval, (EventInterval{QDate(2023, 3, 21), QDate(2023, 3, 22)}));
        QCOMPARE(m_model->event(2).interval, (EventInterval{QDate(2023, 9, 1), QDate(2023, 10, 1)}));
        QCOMPARE(m_resets->size(), 0);
    }

    void changeCertainty()
    {
        QCOMPARE(m_model->event(1).certainty, Certainty::Explicit);
        push(new ChangeCertaintyCommand(m_session.get(), u"e2"_s, Certainty::Inferred));
        QCOMPARE(m_model->event(1).certainty, Certainty::Inferred);
        QCOMPARE(m_model->index(1, EventModel::CertaintyColumn).data().toString(), u"Inferred"_s);
        stack()->undo();
        QCOMPARE(m_model->event(1).certainty, Certainty::Explicit);
    }

    // Undo brings a deleted event back in its row, and the selection with it stays sensible.
    void deleteAndRestore()
    {
        QItemSelectionModel selection(m_model.get());
        selection.select(m_model->index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const Event before = m_model->event(1);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        push(new DeleteEventCommand(m_session.get(), u"e2"_s));
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(m_model->rowOfId(u"e2"), -1);
        QCOMPARE(int(m_timeline.events().size()), 2);
        QVERIFY(selection.isRowSelected(1));   // e3 moved up a row and is still selected
        QCOMPARE(m_model->event(1).id, u"e3"_s);
        stack()->undo();
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->rowOfId(u"e2"), 1);
        QVERIFY(m_model->event(1) == before);
        QVERIFY(selection.isRowSelected(2));
        QCOMPARE(m_resets->size(), 0);
    }

    void addByHand()
    {
        const Sentence s = sentenceOf("A summit");
        const SentenceRef sentence{s.start, s.end, Text.mid(s.start, s.end - s.start)};
        push(new AddEventCommand(m_session.get(), u"Leaders sign a treaty"_s, u"2023-06-15"_s, {}, sentence));
        QCOMPARE(m_model->rowCount(), 4);
        const Event &e = m_model->event(3);
        QCOMPARE(e.id, u"u1"_s);
        QCOMPARE(e.title, u"Leaders sign a treaty"_s);
        QCOMPARE(e.interval, (EventInterval{QDate(2023, 6, 15), QDate(2023, 6, 16)}));
        QCOMPARE(e.sentence, sentence);
        QVERIFY(m_model->index(3, 0).data(EventModel::PlacedRole).toBool());
        // A second one gets the next free id, even after the first is undone and redone.
        push(new AddEventCommand(m_session.get(), u"Another"_s, u"2024"_s));
        QCOMPARE(m_model->event(4).id, u"u2"_s);
        QCOMPARE(m_model->event(4).sentence, SentenceRef{});   // tied to no sentence
        stack()->undo();
        stack()->undo();
        QCOMPARE(m_model->rowCount(), 3);
        stack()->redo();
        QCOMPARE(m_model->event(3).id, u"u1"_s);
    }

    // An unplaced event gets a date and leaves the tray; undo puts it back.
    void placeUnplacedEvent()
    {
        QVERIFY(trayIds().contains(u"e2"_s));
        const UnplacedItem item = trayItem(u"e2"_s);
        push(new PlaceItemCommand(m_session.get(), item, {}, u"2023-05"_s));
        QVERIFY(!trayIds().contains(u"e2"_s));
        QVERIFY(m_model->index(1, 0).data(EventModel::PlacedRole).toBool());
        QCOMPARE(m_model->event(1).interval, (EventInterval{QDate(2023, 5, 1), QDate(2023, 6, 1)}));
        QCOMPARE(m_timeline.placedEventCount(), 3);
        stack()->undo();
        QVERIFY(trayIds().contains(u"e2"_s));
        QVERIFY(!m_model->index(1, 0).data(EventModel::PlacedRole).toBool());
    }

    // An expression that dates nothing becomes an event of its own, tied to its sentence.
    void placeUnplacedExpression()
    {
        QVERIFY(trayIds().contains(u"t2"_s));
        push(new PlaceItemCommand(m_session.get(), trayItem(u"t2"_s), u"Talks resume in April"_s, u"2023-04"_s));
        QVERIFY(!trayIds().contains(u"t2"_s));   // it dates an event now
        QCOMPARE(m_model->rowCount(), 4);
        const Event &e = m_model->event(3);
        QCOMPARE(e.title, u"Talks resume in April"_s);
        QCOMPARE(e.timexId, u"t2"_s);
        const Sentence s = sentenceOf("Talks");
        QCOMPARE(e.sentence.start, s.start);
        QCOMPARE(e.sentence.end, s.end);
        QCOMPARE(m_session->edits().list().back().kind, ProjectEdit::Kind::Place);
        stack()->undo();
        QVERIFY(trayIds().contains(u"t2"_s));
        QCOMPARE(m_model->rowCount(), 3);
    }

    // A new document date re-runs the analysis; the edits stay on top, and undo restores the date and its source.
    void documentDateKeepsEdits()
    {
        push(new RenameEventCommand(m_session.get(), u"e3"_s, u"Summit in Delhi"_s));
        QSignalSpy reanalysed(m_session.get(), &EditSession::reanalysed);
        push(new SetDocumentDateCommand(m_session.get(), QDate(2024, 1, 1)));
        QCOMPARE(reanalysed.size(), 1);
        QCOMPARE(*m_tagged, std::optional<QDate>(QDate(2024, 1, 1)));
        QCOMPARE(m_timeline.document().dctSource, DctSource::Option);
        QCOMPARE(m_timeline.events()[2].title, u"Summit in Delhi"_s);
        stack()->undo();
        QCOMPARE(m_timeline.document().dct, std::optional<QDate>(QDate(2023, 3, 14)));
        QCOMPARE(m_timeline.document().dctSource, DctSource::Dateline);
        QCOMPARE(*m_tagged, std::optional<QDate>(QDate(2023, 3, 14)));
        QCOMPARE(m_timeline.events()[2].title, u"Summit in Delhi"_s);
        stack()->undo();
        QCOMPARE(m_timeline.events()[2].title, u"Summit planned"_s);
    }

    // The saved edit list always matches the commands that are done.
    void editListFollowsTheStack()
    {
        push(new RenameEventCommand(m_session.get(), u"e1"_s, u"A"_s));
        push(new DeleteEventCommand(m_session.get(), u"e2"_s));
        push(new ChangeCertaintyCommand(m_session.get(), u"e3"_s, Certainty::Inferred));
        QCOMPARE(m_session->edits().size(), qsizetype(3));
        stack()->undo();
        QCOMPARE(m_session->edits().size(), qsizetype(2));
        QCOMPARE(m_session->edits().list().back().kind, ProjectEdit::Kind::Delete);
        push(new RenameEventCommand(m_session.get(), u"e1"_s, u"B"_s));   // drops the undone certainty change
        QCOMPARE(m_session->edits().size(), qsizetype(3));
        QCOMPARE(m_session->edits().list().back().title, u"B"_s);
        QVERIFY(m_model->events() == m_session->edits().apply(m_session->extractedEvents()));
        QVERIFY(!stack()->isClean());
        stack()->setIndex(0);
        QVERIFY(stack()->isClean());
        QVERIFY(m_model->events() == m_session->extractedEvents());
    }

    // Edits read from a file go on top of the file's events, and there is nothing to undo.
    void startWithEditsFromAFile()
    {
        Events extracted = m_session->extractedEvents();
        std::vector<ProjectEdit> edits{ProjectEdit::rename(u"e1"_s, u"From the file"_s), ProjectEdit::remove(u"e3"_s)};
        m_session->start(extracted, ProjectEdits(edits));
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(title(0), u"From the file"_s);
        QVERIFY(!stack()->canUndo());
        QVERIFY(stack()->isClean());
    }

private:
    QUndoStack *stack() const { return m_session->undoStack(); }
    void push(QUndoCommand *command) { stack()->push(command); }
    QString title(int row) const { return m_model->index(row, EventModel::TitleColumn).data().toString(); }
    QStringList trayIds() const
    {
        QStringList ids;
        for (const UnplacedItem &u : m_timeline.unplaced())
            ids.append(u.id);
        return ids;
    }
    UnplacedItem trayItem(const QString &id) const
    {
        for (const UnplacedItem &u : m_timeline.unplaced()) {
            if (u.id == id)
                return u;
        }
        return {};
    }

    std::shared_ptr<std::optional<QDate>> m_tagged;
    Timeline m_timeline;
    std::unique_ptr<EventModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<EditSession> m_session;
    std::unique_ptr<QSignalSpy> m_resets;
};

QTEST_MAIN(TestEditCommands)
#include "tst_editcommands.moc"
