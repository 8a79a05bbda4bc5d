#include "DocumentDateEdit.h"
#include "EventListPanel.h"
#include "EventModel.h"
#include "MainWindow.h"
#include "SourceTextView.h"
#include "TimelineView.h"
#include "UnplacedModel.h"
#include "UnplacedTray.h"

#include <QItemSelectionModel>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace chronoline;

// The viewer on the bundled sample, driven as a reader would: the links
// between timeline, list and text go both ways through one selection.
class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);   // never touch the user's settings
        m_window = new MainWindow;
        m_window->resize(1440, 940);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        m_window->openSample();
        QCoreApplication::processEvents();
    }
    void cleanupTestCase() { delete m_window; }

    void sampleOpensWithItsDate()
    {
        QCOMPARE(m_window->timeline().document().dct, QDate(2023, 3, 14));
        QCOMPARE(m_window->documentDateEdit()->date(), QDate(2023, 3, 14));
        QVERIFY2(m_window->eventModel()->rowCount() >= 8,
                 qPrintable(QString::number(m_window->eventModel()->rowCount())));
    }

    // Clicking an event on the timeline selects it everywhere and puts the
    // text cursor on its sentence.
    void clickEventShowsSentence()
    {
        TimelineView *view = m_window->timelineView();
        view->fitAll();
        int clicked = 0;
        for (int row = 0; row < m_window->eventModel()->rowCount(); ++row) {
            const QPoint at = view->markCentre(row);
            if (at.isNull())
                continue;
            QTest::mouseClick(view, Qt::LeftButton, {}, at);
            QCOMPARE(m_window->selectionModel()->currentIndex().row(), row);
            QVERIFY(m_window->selectionModel()->isRowSelected(row));
            QCOMPARE(m_window->selectionModel()->selectedRows().size(), 1);
            const Event &e = m_window->eventModel()->event(row);
            const int cursor = m_window->textView()->textCursor().position();
            QVERIFY2(cursor >= e.sentence.start && cursor <= e.sentence.end,
                     qPrintable(QStringLiteral("%1: cursor %2 outside [%3, %4)")
                                    .arg(e.title).arg(cursor).arg(e.sentence.start).arg(e.sentence.end)));
            // ... and the event list shows the same event.
            QTableView *table = m_window->eventList()->table();
            const QModelIndex listCurrent = m_window->eventList()->proxy()->mapToSource(table->currentIndex());
            QCOMPARE(listCurrent.row(), row);
            ++clicked;
        }
        // Every placed event must be on screen at "fit all" in a normal window.
        QCOMPARE(clicked, m_window->timeline().placedEventCount());
    }

    // Clicking in a sentence selects the events it is evidence for.
    void clickSentenceSelectsEvents()
    {
        const EventModel *model = m_window->eventModel();
        SourceTextView *text = m_window->textView();
        for (int row = 0; row < model->rowCount(); ++row) {
            const Event &e = model->event(row);
            // A character of the sentence that is not part of a time expression.
            qsizetype position = -1;
            for (qsizetype p = e.sentence.start + 1; p < e.sentence.end && position < 0; ++p) {
                bool inTimex = false;
                for (const Timex &t : m_window->timeline().timexes())
                    inTimex = inTimex || (p >= t.start - 1 && p <= t.end + 1);
                if (!inTimex)
                    position = p;
            }
            QVERIFY(position > 0);
            clickText(text, position);
            QVERIFY2(m_window->selectionModel()->isRowSelected(row), qPrintable(e.title));
            for (const QModelIndex &index : m_window->selectionModel()->selectedRows()) {
                const Event &other = model->event(index.row());
                bool shares = other.sentence.start <= position && position <= other.sentence.end;
                for (const EventMention &m : other.mentions)
                    shares = shares || (m.sentence.start <= position && position <= m.sentence.end);
                QVERIFY2(shares, qPrintable(other.title));
            }
        }
    }

    // Clicking an expression selects the events it dates: "March 21" is Xi's trip.
    void clickExpressionSelectsItsEvent()
    {
        const Timex *march21 = nullptr;
        for (const Timex &t : m_window->timeline().timexes()) {
            if (t.text == u"March 21")
                march21 = &t;
        }
        QVERIFY(march21);
        clickText(m_window->textView(), march21->start + 2);
        const auto rows = m_window->selectionModel()->selectedRows();
        QVERIFY(!rows.isEmpty());
        for (const QModelIndex &index : rows) {
            const Event &e = m_window->eventModel()->event(index.row());
            bool dated = e.timexId == march21->id;
            for (const EventMention &m : e.mentions)
                dated = dated || m.timexId == march21->id;
            QVERIFY2(dated, qPrintable(e.title));
        }
    }

    void keyboardStepsInTimeOrder()
    {
        TimelineView *view = m_window->timelineView();
        view->setFocus();
        m_window->selectionModel()->clearSelection();
        QTest::keyClick(view, Qt::Key_Home);
        double previous = -1e18;
        const int placed = m_window->timeline().placedEventCount();
        for (int i = 0; i < placed; ++i) {
            const int row = m_window->selectionModel()->currentIndex().row();
            const int index = view->scene().indexOfRow(row);
            QVERIFY(index >= 0);
            const double anchor = view->scene().items()[size_t(index)].anchor();
            QVERIFY(anchor >= previous);
            previous = anchor;
            QTest::keyClick(view, Qt::Key_Right);
        }
    }

    void zoomKeepsTheCursorDay()
    {
        TimelineView *view = m_window->timelineView();
        view->fitAll();
        const QPoint at(view->width() / 3, view->height() / 2);
        const double before = view->scale().day(at.x());
        const double zoom = view->scale().pixelsPerDay();
        QWheelEvent wheel(at, view->mapToGlobal(at), {}, QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(view, &wheel);
        QVERIFY(qAbs(view->scale().pixelsPerDay() - zoom * 1.25) < 1e-9 * zoom);
        QVERIFY(qAbs(view->scale().day(at.x()) - before) < 1e-6);
        view->fitAll();
    }

    // With no document date, relative dates wait in the tray; setting it again places them.
    void documentDateRoundTrip()
    {
        const int placed = m_window->timeline().placedEventCount();
        m_window->setDocumentDate(std::nullopt);
        QVERIFY(!m_window->timeline().document().dct);
        QVERIFY(m_window->timeline().placedEventCount() < placed);
        QVERIFY(m_window->unplacedTray()->list()->model()->rowCount() > 0);
        m_window->setDocumentDate(QDate(2023, 3, 14));
        QCOMPARE(m_window->timeline().placedEventCount(), placed);
    }

private:
    void clickText(SourceTextView *text, qsizetype position)
    {
        QTextCursor c(text->document());
        c.setPosition(int(position));
        text->setTextCursor(c);
        text->ensureCursorVisible();
        QCoreApplication::processEvents();
        const QRect r = text->cursorRect(c);
        QTest::mouseClick(text->viewport(), Qt::LeftButton, {}, QPoint(r.left() + 2, r.center().y()));
    }

    MainWindow *m_window = nullptr;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
