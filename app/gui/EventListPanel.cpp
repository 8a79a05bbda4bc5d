#include "EventListPanel.h"

#include "EventModel.h"
#include "ProxySelectionLink.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace chronoline {

EventListPanel::EventListPanel(QWidget *parent)
    : QWidget(parent), m_filter(new QLineEdit(this)), m_table(new QTableView(this)),
      m_proxy(new QSortFilterProxyModel(this))
{
    m_filter->setPlaceholderText(tr("Filter events (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter events"));
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(EventModel::SortRole);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(EventModel::DateColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Events"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_filter);
    layout->addWidget(m_table);
}

void EventListPanel::setModel(EventModel *model, QItemSelectionModel *shared)
{
    m_proxy->setSourceModel(model);
    new ProxySelectionLink(shared, m_table->selectionModel(), m_proxy, this);
    // Whatever selected the event, show it in the list.
    connect(shared, &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        const QModelIndex proxyIndex = m_proxy->mapFromSource(current);
        if (proxyIndex.isValid())
            m_table->scrollTo(proxyIndex);
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_table->resizeColumnToContents(EventModel::DateColumn);
        m_table->resizeColumnToContents(EventModel::CertaintyColumn);
        m_table->resizeColumnToContents(EventModel::StatusColumn);
        m_table->resizeColumnToContents(EventModel::TitleColumn);
        // Long titles would push the sentence out of sight.
        m_table->setColumnWidth(EventModel::TitleColumn, std::min(380, m_table->columnWidth(EventModel::TitleColumn)));
    });
}

QByteArray EventListPanel::saveState() const
{
    return m_table->horizontalHeader()->saveState();
}

void EventListPanel::restoreState(const QByteArray &state)
{
    m_table->horizontalHeader()->restoreState(state);
}

} // namespace chronoline
