#include "ProxySelectionLink.h"

#include <QAbstractProxyModel>
#include <QItemSelectionModel>

namespace chronoline {

ProxySelectionLink::ProxySelectionLink(QItemSelectionModel *shared, QItemSelectionModel *proxySelection,
                                       QAbstractProxyModel *proxy, QObject *parent)
    : QObject(parent), m_shared(shared), m_proxySelection(proxySelection), m_proxy(proxy)
{
    connect(m_shared, &QItemSelectionModel::selectionChanged, this, &ProxySelectionLink::sharedToProxy);
    connect(m_shared, &QItemSelectionModel::currentChanged, this, &ProxySelectionLink::sharedToProxy);
    connect(m_proxySelection, &QItemSelectionModel::selectionChanged, this,
            &ProxySelectionLink::proxyToShared);
    connect(m_proxySelection, &QItemSelectionModel::currentChanged, this,
            &ProxySelectionLink::proxyToShared);
    // A new filter or sort order rebuilds the proxy; show the shared selection again.
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ProxySelectionLink::sharedToProxy);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ProxySelectionLink::sharedToProxy);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ProxySelectionLink::sharedToProxy);
}

void ProxySelectionLink::sharedToProxy()
{
    if (m_syncing)
        return;
    m_syncing = true;
    m_proxySelection->select(m_proxy->mapSelectionFromSource(m_shared->selection()),
                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_proxySelection->setCurrentIndex(m_proxy->mapFromSource(m_shared->currentIndex()),
                                      QItemSelectionModel::NoUpdate);
    m_syncing = false;
}

void ProxySelectionLink::proxyToShared()
{
    if (m_syncing)
        return;
    m_syncing = true;
    QItemSelection selection = m_proxy->mapSelectionToSource(m_proxySelection->selection());
    m_shared->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QModelIndex current = m_proxy->mapToSource(m_proxySelection->currentIndex());
    if (current.isValid())
        m_shared->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    m_syncing = false;
}

} // namespace chronoline
