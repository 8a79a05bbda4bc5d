#pragma once

#include "events/Event.h"

#include <QAbstractTableModel>

namespace chronoline {

// The events of one document, one row each in time order. The single model
// behind the timeline, the event list and the text pane; they share one
// selection model over it.
class EventModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { DateColumn, TitleColumn, CertaintyColumn, StatusColumn, SentenceColumn, ColumnCount };
    enum Role {
        EventRole = Qt::UserRole + 1,   // the whole chronoline::Event
        IdRole,                         // "e3"
        SortRole,                       // a key that sorts the column sensibly (dates by time)
        SentenceStartRole,              // UTF-16 offsets of the main sentence
        SentenceEndRole,
        PlacedRole,                     // has an interval on the axis
    };

    explicit EventModel(QObject *parent = nullptr);

    void setEvents(Events events);
    // Brings the rows to `events` with the smallest signals (rows removed,
    // inserted, changed) instead of a reset, so selection, scroll position and
    // zoom survive an edit. `events` must keep the relative order of the ids
    // both lists share (ProjectEdits::apply does); otherwise it resets.
    void updateEvents(const Events &events);
    const Events &events() const { return m_events; }
    const Event &event(int row) const { return m_events[size_t(row)]; }
    int rowOfId(QStringView id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Events m_events;
    std::vector<QString> m_timeTexts;   // computed once: they are shown and sorted often
};

} // namespace chronoline

Q_DECLARE_METATYPE(chronoline::Event)
