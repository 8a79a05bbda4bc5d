#include "EventModel.h"

#include "timeline/EventTimeText.h"

#include <QFont>
#include <QSet>

#include <limits>

namespace chronoline {

EventModel::EventModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void EventModel::setEvents(Events events)
{
    beginResetModel();
    m_events = std::move(events);
    m_timeTexts.clear();
    m_timeTexts.reserve(m_events.size());
    for (const Event &e : m_events)
        m_timeTexts.push_back(eventTimeText(e));
    endResetModel();
}

void EventModel::updateEvents(const Events &events)
{
    QSet<QString> wanted;
    for (const Event &e : events)
        wanted.insert(e.id);
    // Rows whose event went away, from the bottom so the rows above keep their numbers.
    for (int row = int(m_events.size()) - 1; row >= 0; --row) {
        if (wanted.contains(m_events[size_t(row)].id))
            continue;
        beginRemoveRows({}, row, row);
        m_events.erase(m_events.begin() + row);
        m_timeTexts.erase(m_timeTexts.begin() + row);
        endRemoveRows();
    }
    QSet<QString> present;
    for (const Event &e : m_events)
        present.insert(e.id);
    for (size_t i = 0; i < events.size(); ++i) {
        const Event &e = events[i];
        const int row = int(i);
        if (i < m_events.size() && m_events[i].id == e.id) {
            if (!(m_events[i] == e)) {
                m_events[i] = e;
                m_timeTexts[i] = eventTimeText(e);
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
            continue;
        }
        if (present.contains(e.id))
            return setEvents(events);   // reordered: no cheap way to follow
        beginInsertRows({}, row, row);
        m_events.insert(m_events.begin() + row, e);
        m_timeTexts.insert(m_timeTexts.begin() + row, eventTimeText(e));
        endInsertRows();
    }
}

int EventModel::rowOfId(QStringView id) const
{
    for (size_t i = 0; i < m_events.size(); ++i) {
        if (m_events[i].id == id)
            return int(i);
    }
    return -1;
}

int EventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

static QString capitalised(QString s)
{
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

// Unplaced events sort after every placed one.
static double sortDay(const Event &e)
{
    if (!e.interval)
        return std::numeric_limits<double>::max();
    const auto &d = e.interval->start ? e.interval->start : e.interval->end;
    return d ? double(d->toJulianDay()) : std::numeric_limits<double>::max();
}

QVariant EventModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Event &e = m_events[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn: return m_timeTexts[size_t(index.row())];
        case TitleColumn: return e.title;
        case CertaintyColumn: return capitalised(certaintyName(e.certainty));
        case StatusColumn: return capitalised(statusName(e.status));
        case SentenceColumn: return e.sentence.text.simplified();
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == SentenceColumn || index.column() == TitleColumn)
            return e.sentence.text;
        if (index.column() == DateColumn)
            return e.value.isEmpty() ? QVariant() : QVariant(tr("TIMEX3 value %1").arg(e.value));
        break;
    case Qt::FontRole:
        // Expected events in italics, as on the timeline.
        if (e.status == EventStatus::Expected) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        break;
    case SortRole:
        switch (index.column()) {
        case DateColumn: return sortDay(e);
        case TitleColumn: return e.title.toLower();
        case CertaintyColumn: return int(e.certainty);
        case StatusColumn: return int(e.status);
        case SentenceColumn: return qlonglong(e.sentence.start);
        }
        break;
    case EventRole: return QVariant::fromValue(e);
    case IdRole: return e.id;
    case SentenceStartRole: return qlonglong(e.sentence.start);
    case SentenceEndRole: return qlonglong(e.sentence.end);
    case PlacedRole: return e.interval.has_value();
    default: break;
    }
    return {};
}

QVariant EventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn: return tr("Date");
    case TitleColumn: return tr("Event");
    case CertaintyColumn: return tr("Certainty");
    case StatusColumn: return tr("Status");
    case SentenceColumn: return tr("Sentence");
    }
    return {};
}

} // namespace chronoline
