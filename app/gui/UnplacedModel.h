#pragma once

#include "timeline/UnplacedItem.h"

#include <QAbstractListModel>

#include <vector>

namespace chronoline {

// What the text dates but the axis cannot place yet, for the Unplaced tray.
class UnplacedModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        KindRole = Qt::UserRole + 1,   // int(UnplacedItem::Kind)
        IdRole,
        StartRole,                     // UTF-16 offsets of the evidence in the text
        EndRole,
    };

    explicit UnplacedModel(QObject *parent = nullptr);
    void setItems(std::vector<UnplacedItem> items);
    const UnplacedItem &item(int row) const { return m_items[size_t(row)]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    std::vector<UnplacedItem> m_items;
};

} // namespace chronoline
