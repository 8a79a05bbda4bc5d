#pragma once

#include <QWidget>

class QItemSelectionModel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace chronoline {

class EventModel;

// The events as a sortable table (date, title, certainty, status, sentence)
// with a filter box, selecting through the shared selection model.
class EventListPanel : public QWidget {
    Q_OBJECT
public:
    explicit EventListPanel(QWidget *parent = nullptr);
    void setModel(EventModel *model, QItemSelectionModel *shared);

    QLineEdit *filterEdit() const { return m_filter; }
    QTableView *table() const { return m_table; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

private:
    QLineEdit *m_filter;
    QTableView *m_table;
    QSortFilterProxyModel *m_proxy;
};

} // namespace chronoline
