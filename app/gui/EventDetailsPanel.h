#pragma once

#include <QPointer>
#include <QTextBrowser>

class QItemSelectionModel;

namespace chronoline {

class EventModel;
class Timeline;

// What is known about the current event: title, date and granularity, the
// expression that dates it and what it was resolved against, certainty,
// status, and the source sentence with its other mentions.
class EventDetailsPanel : public QTextBrowser {
    Q_OBJECT
public:
    explicit EventDetailsPanel(QWidget *parent = nullptr);
    void setTimeline(const Timeline *timeline);
    void setSelectionModel(EventModel *model, QItemSelectionModel *selection);

private:
    void showCurrent();
    QString resolutionText(const QString &timexId) const;

    const Timeline *m_timeline = nullptr;
    QPointer<EventModel> m_model;
    QPointer<QItemSelectionModel> m_selection;
};

} // namespace chronoline
