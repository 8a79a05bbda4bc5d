#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QModelIndex;

namespace chronoline {

class UnplacedModel;

// Beside the axis: what the text dates but the axis cannot place (an event with
// no interval, an expression that needs the document date). Nothing here is
// guessed onto the axis; activating an item shows where the text says it.
class UnplacedTray : public QWidget {
    Q_OBJECT
public:
    explicit UnplacedTray(QWidget *parent = nullptr);
    void setModel(UnplacedModel *model);
    QListView *list() const { return m_list; }

Q_SIGNALS:
    void itemActivated(const QModelIndex &index);

private:
    void updateTitle();

    QLabel *m_title;
    QListView *m_list;
    UnplacedModel *m_model = nullptr;
};

} // namespace chronoline
