#include "EventModel.h"
#include "TestEvents.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace chronoline;
using chronoline::test::makeEvent;

class TestEventModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void tester()
    {
        EventModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEvents(sampleEvents());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(EventModel::ColumnCount));
        model.setEvents({});
        QCOMPARE(model.rowCount(), 0);
        model.setEvents(sampleEvents());
    }

    void display_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("text");
        QTest::newRow("a month") << 0 << int(EventModel::DateColumn) << QStringLiteral("Feb 2023");
        QTest::newRow("a day") << 1 << int(EventModel::DateColumn) << QStringLiteral("13 Mar 2023");
        QTest::newRow("a range") << 2 << int(EventModel::DateColumn) << QStringLiteral("9\u201310 Sep 2023");
        QTest::newRow("unplaced") << 3 << int(EventModel::DateColumn) << QStringLiteral("unplaced (PXW)");
        QTest::newRow("title") << 1 << int(EventModel::TitleColumn) << QStringLiteral("Sullivan spoke");
        QTest::newRow("certainty") << 0 << int(EventModel::CertaintyColumn) << QStringLiteral("Inferred");
        QTest::newRow("status") << 2 << int(EventModel::StatusColumn) << QStringLiteral("Expected");
        QTest::newRow("sentence") << 0 << int(EventModel::SentenceColumn) << QStringLiteral("A sentence.");
    }
    void display()
    {
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(QString, text);
        EventModel model;
        model.setEvents(sampleEvents());
        QCOMPARE(model.index(row, column).data().toString(), text);
    }

    void roles()
    {
        EventModel model;
        const Events events = sampleEvents();
        model.setEvents(events);
        const QModelIndex i = model.index(1, EventModel::TitleColumn);
        QCOMPARE(i.data(EventModel::EventRole).value<Event>(), events[1]);
        QCOMPARE(i.data(EventModel::IdRole).toString(), QStringLiteral("e2"));
        QCOMPARE(i.data(EventModel::PlacedRole).toBool(), true);
        QCOMPARE(model.index(3, 0).data(EventModel::PlacedRole).toBool(), false);
        QCOMPARE(model.rowOfId(u"e3"), 2);
        QCOMPARE(model.rowOfId(u"nope"), -1);
    }

    // Dates sort by time, unplaced last; titles alphabetically.
    void sorting()
    {
        EventModel model;
        model.setEvents(sampleEvents());
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(EventModel::SortRole);
        proxy.sort(EventModel::DateColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data(EventModel::IdRole).toString(), QStringLiteral("e4"));
        QCOMPARE(proxy.index(1, 0).data(EventModel::IdRole).toString(), QStringLiteral("e3"));
        QCOMPARE(proxy.index(3, 0).data(EventModel::IdRole).toString(), QStringLiteral("e1"));
        proxy.sort(EventModel::TitleColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data(EventModel::IdRole).toString(), QStringLiteral("e4"));
    }

private:
    static Events sampleEvents()
    {
        Events events = {
            makeEvent("e1", "Peace proposal unveiled", "2023-02", "2023-02-01", "2023-03-01"),
            makeEvent("e2", "Sullivan spoke", "2023-03-13", "2023-03-13", "2023-03-14"),
            makeEvent("e3", "G20 summit", "2023-09-09", "2023-09-09", "2023-09-11"),
            makeEvent("e4", "Arms accusations", "PXW", nullptr, nullptr),
        };
        events[0].certainty = Certainty::Inferred;
        events[2].status = EventStatus::Expected;
        return events;
    }
};

QTEST_MAIN(TestEventModel)
#include "tst_eventmodel.moc"
