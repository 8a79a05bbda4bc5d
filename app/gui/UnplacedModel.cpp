#include "UnplacedModel.h"

namespace chronoline {

UnplacedModel::UnplacedModel(QObject *parent) : QAbstractListModel(parent)
{
}

void UnplacedModel::setItems(std::vector<UnplacedItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

int UnplacedModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant UnplacedModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UnplacedItem &u = m_items[size_t(index.row())];
    const bool isEvent = u.kind == UnplacedItem::Kind::Event;
    switch (role) {
    case Qt::DisplayRole:
        return isEvent ? u.label : QStringLiteral("“%1”").arg(u.label);
    case Qt::ToolTipRole:
        return isEvent ? tr("Event with no place on the axis (value %1)")
                             .arg(u.value.isEmpty() ? tr("none") : u.value)
                       : tr("Time expression that could not be resolved (value %1). "
                            "Setting the document date may place it.")
                             .arg(u.value);
    case KindRole: return int(u.kind);
    case IdRole: return u.id;
    case StartRole: return qlonglong(u.start);
    case EndRole: return qlonglong(u.end);
    default: break;
    }
    return {};
}

} // namespace chronoline
