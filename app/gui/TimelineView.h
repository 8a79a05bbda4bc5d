#pragma once

#include "TimeScale.h"
#include "TimelinePainter.h"
#include "TimelineScene.h"
#include "TimelineStyle.h"

#include <QDate>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QWidget>

#include <optional>

class QAbstractItemModel;
class QItemSelectionModel;

namespace chronoline {

// The interactive timeline: paints the rows of an event model (read through
// EventModel::EventRole) on an adaptive time axis, with lanes so that no two
// labels overlap. Selection goes through the shared QItemSelectionModel.
//
// Mouse: click selects (Ctrl adds), wheel zooms about the cursor, drag pans,
// double-click asks for the sentence. Keys: Left/Right step through events in
// time order, +/- zoom, Home/End jump to the first/last event, F fits all,
// Z zooms to the selection, Enter shows the sentence.
class TimelineView : public QWidget {
    Q_OBJECT
public:
    explicit TimelineView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model);
    void setSelectionModel(QItemSelectionModel *selection);
    void setDocumentDate(std::optional<QDate> dct);

    const TimeScale &scale() const { return m_scale; }
    void setScale(const TimeScale &scale);
    const TimelineScene &scene() const { return m_scene; }

    // Where the mark of a model row is drawn, or an invalid point when it is
    // not shown (unplaced, or no room at this zoom).
    QPoint markCentre(int row) const;
    int rowAt(QPoint pos) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void fitAll();
    void zoomToSelection();
    void selectNext();
    void selectPrevious();

Q_SIGNALS:
    // Enter or double-click: the user wants to read where the event comes from.
    void sentenceRequested(const QModelIndex &index);
    void scaleChanged();

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void rebuild();
    void relayout();
    void syncSelection();
    int maxLanes() const;
    void zoomBy(double factor, double anchorX);
    void selectSceneIndex(int index, bool extend);
    void step(int direction);
    QModelIndex indexOfSceneItem(int index) const;
    QString toolTipFor(int index) const;

    QPointer<QAbstractItemModel> m_model;
    QPointer<QItemSelectionModel> m_selection;
    TimelineScene m_scene;
    TimeScale m_scale;
    TimelineStyle m_style;
    PaintState m_state;
    std::optional<QDate> m_dct;
    bool m_fitOnNextLayout = true;
    bool m_dragging = false;
    QPoint m_pressPos;
    TimeScale m_pressScale;
};

} // namespace chronoline
