#pragma once

#include <QObject>

class QAbstractProxyModel;
class QItemSelectionModel;

namespace chronoline {

// Keeps a view's selection over a proxy (the sorted, filtered event list) in
// step with the one shared selection over the source model, both ways, so
// that every view of the events selects through the same QItemSelectionModel.
class ProxySelectionLink : public QObject {
    Q_OBJECT
public:
    ProxySelectionLink(QItemSelectionModel *shared, QItemSelectionModel *proxySelection,
                       QAbstractProxyModel *proxy, QObject *parent = nullptr);

private:
    void sharedToProxy();
    void proxyToShared();

    QItemSelectionModel *m_shared;
    QItemSelectionModel *m_proxySelection;
    QAbstractProxyModel *m_proxy;
    bool m_syncing = false;
};

} // namespace chronoline
