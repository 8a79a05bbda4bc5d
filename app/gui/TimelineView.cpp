#include "TimelineView.h"

#include "EventModel.h"

#include "timeline/EventTimeText.h"

#include <QApplication>
#include <QHelpEvent>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace chronoline {

static constexpr double FitMargin = 16;
static constexpr double ZoomStep = 1.25;
static constexpr int MaxLanesOnScreen = 64;

TimelineView::TimelineView(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(false);
    setAccessibleName(tr("Timeline"));
    m_style = TimelineStyle::fromPalette(palette(), font());
    m_scale = TimeScale(0, 1, width());
}

QSize TimelineView::sizeHint() const
{
    return {800, 320};
}

QSize TimelineView::minimumSizeHint() const
{
    return {200, int(m_scene.metrics().axisHeight + 2 * m_scene.metrics().laneHeight)};
}

void TimelineView::setModel(QAbstractItemModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        // Any change to the events rebuilds the picture; an article has at most
        // thousands, which rebuild in a few milliseconds.
        connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
            m_fitOnNextLayout = true;
            rebuild();
        });
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &TimelineView::rebuild);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TimelineView::rebuild);
        connect(m_model, &QAbstractItemModel::dataChanged, this, &TimelineView::rebuild);
        connect(m_model, &QAbstractItemModel::layoutChanged, this, &TimelineView::rebuild);
    }
    m_fitOnNextLayout = true;
    rebuild();
}

void TimelineView::setSelectionModel(QItemSelectionModel *selection)
{
    if (m_selection)
        disconnect(m_selection, nullptr, this, nullptr);
    m_selection = selection;
    if (m_selection) {
        connect(m_selection, &QItemSelectionModel::selectionChanged, this, &TimelineView::syncSelection);
        connect(m_selection, &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
            syncSelection();
            // Selected elsewhere (list, text): bring it into view.
            const int i = m_scene.indexOfRow(current.row());
            if (i >= 0) {
                const QRectF r = m_scene.itemRect(i, m_scale);
                if (m_scene.lane(i) < 0 || r.right() < 0 || r.left() > width()) {
                    const double anchor = m_scene.items()[size_t(i)].anchor();
                    setScale(m_scale.panned(m_scale.width() / 2 - m_scale.x(anchor)));
                }
            }
        });
    }
    syncSelection();
}

void TimelineView::setDocumentDate(std::optional<QDate> dct)
{
    m_dct = dct;
    m_scene.setDocumentDate(dct);
    update();
}

void TimelineView::setScale(const TimeScale &scale)
{
    m_scale = scale.withWidth(width());
    m_fitOnNextLayout = false;
    relayout();
    Q_EMIT scaleChanged();
}

void TimelineView::rebuild()
{
    std::vector<TimelineItem> items;
    if (m_model) {
        const int rows = m_model->rowCount();
        items.reserve(size_t(rows));
        for (int row = 0; row < rows; ++row) {
            const QVariant v = m_model->index(row, 0).data(EventModel::EventRole);
            TimelineItem item = TimelineItem::fromEvent(v.value<Event>(), row);
            if (item.row >= 0)
                items.push_back(std::move(item));
        }
    }
    m_scene.setItems(std::move(items), font());
    m_scene.setDocumentDate(m_dct);
    if (m_fitOnNextLayout)
        m_scale = m_scene.fitAll(width(), FitMargin);
    syncSelection();
    relayout();
}

int TimelineView::maxLanes() const
{
    const SceneMetrics &m = m_scene.metrics();
    const double room = height() - m.axisHeight - 8 - m.lineHeight - 8;   // keep the "now" label clear
    return std::clamp(int(room / m.laneHeight), 1, MaxLanesOnScreen);
}

void TimelineView::relayout()
{
    const int lanes = maxLanes();
    m_scene.layout(m_scale, lanes);
    // When not everything fits, the counts-per-period summary takes the room
    // of the top lanes.
    if (m_scene.showsSummary()) {
        const int fewer = std::max(1, lanes - int(std::ceil(m_scene.metrics().summaryHeight
                                                            / m_scene.metrics().laneHeight)));
        m_scene.limitLanes(fewer);
    }
    update();
}

void TimelineView::syncSelection()
{
    const auto &items = m_scene.items();
    m_state.selected.assign(items.size(), 0);
    m_state.current = -1;
    if (m_selection) {
        for (const QModelIndex &index : m_selection->selectedRows()) {
            const int i = m_scene.indexOfRow(index.row());
            if (i >= 0)
                m_state.selected[size_t(i)] = 1;
        }
        m_state.current = m_scene.indexOfRow(m_selection->currentIndex().row());
    }
    update();
}

QPoint TimelineView::markCentre(int row) const
{
    const int i = m_scene.indexOfRow(row);
    if (i < 0 || m_scene.lane(i) < 0)
        return {};
    const QPoint c = m_scene.markRect(i, m_scale).center().toPoint();
    return rect().contains(c) ? c : QPoint();
}

int TimelineView::rowAt(QPoint pos) const
{
    const int i = m_scene.itemAt(pos, m_scale);
    return i < 0 ? -1 : m_scene.items()[size_t(i)].row;
}

QModelIndex TimelineView::indexOfSceneItem(int index) const
{
    if (!m_model || index < 0)
        return {};
    return m_model->index(m_scene.items()[size_t(index)].row, 0);
}

void TimelineView::zoomBy(double factor, double anchorX)
{
    setScale(m_scale.zoomedAbout(anchorX, factor));
}

void TimelineView::zoomIn()
{
    const QRectF r = m_state.current >= 0 ? m_scene.markRect(m_state.current, m_scale) : QRectF();
    // Zoom about the focused event when it is on screen, else about the centre.
    const double x = r.isValid() && r.center().x() >= 0 && r.center().x() <= width() ? r.center().x()
                                                                                        : width() / 2.0;
    zoomBy(ZoomStep, x);
}

void TimelineView::zoomOut()
{
    zoomBy(1 / ZoomStep, width() / 2.0);
}

void TimelineView::fitAll()
{
    setScale(m_scene.fitAll(width(), FitMargin));
}

void TimelineView::zoomToSelection()
{
    double first = std::numeric_limits<double>::max();
    double last = std::numeric_limits<double>::lowest();
    const auto &items = m_scene.items();
    for (size_t i = 0; i < items.size(); ++i) {
        if (!m_state.selected.empty() && m_state.selected[i]) {
            first = std::min(first, items[i].start);
            last = std::max(last, items[i].end);
        }
    }
    if (first > last)
        return;
    // Leave room for the labels, which run to the right of their marks.
    const double margin = std::min(width() / 3.0, m_scene.metrics().maxLabelWidth);
    const double span = std::max(last - first, 1.0);
    const double ppd = std::max(1.0, width() - FitMargin - margin) / span;
    setScale(TimeScale(first - FitMargin / ppd, std::min(ppd, width() / 3.0), width()));
}

void TimelineView::selectSceneIndex(int index, bool extend)
{
    if (!m_selection)
        return;
    const QModelIndex mi = indexOfSceneItem(index);
    if (!mi.isValid()) {
        if (!extend)
            m_selection->clearSelection();
        return;
    }
    const auto flags = extend ? QItemSelectionModel::Toggle | QItemSelectionModel::Rows
                              : QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows;
    m_selection->setCurrentIndex(mi, flags);
}

void TimelineView::step(int direction)
{
    const int n = int(m_scene.items().size());
    if (n == 0)
        return;
    const int next = m_state.current < 0 ? (direction > 0 ? 0 : n - 1)
                                   : std::clamp(m_state.current + direction, 0, n - 1);
    selectSceneIndex(next, false);
    // Make sure it is drawn: bring it into view, then zoom in about it while
    // other events hold the room its label needs.
    const double anchor = m_scene.items()[size_t(next)].anchor();
    const QRectF r = m_scene.itemRect(next, m_scale);
    if (m_scene.lane(next) < 0 || r.left() < 0 || r.right() > width())
        setScale(m_scale.panned(width() / 3.0 - m_scale.x(anchor)));
    for (int i = 0; i < 40 && m_scene.lane(next) < 0; ++i)
        setScale(m_scale.zoomedAbout(m_scale.x(anchor), ZoomStep));
}

void TimelineView::selectNext()
{
    step(+1);
}

void TimelineView::selectPrevious()
{
    step(-1);
}

QString TimelineView::toolTipFor(int index) const
{
    const QModelIndex mi = indexOfSceneItem(index);
    if (!mi.isValid())
        return {};
    const Event e = mi.data(EventModel::EventRole).value<Event>();
    return QStringLiteral("<p><b>%1</b><br>%2 · %3 · %4</p><p><i>%5</i></p>")
        .arg(e.title.toHtmlEscaped(), eventTimeText(e).toHtmlEscaped(), certaintyName(e.certainty),
             statusName(e.status), e.sentence.text.toHtmlEscaped());
}

bool TimelineView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int i = m_scene.itemAt(help->pos(), m_scale);
        if (i >= 0)
            QToolTip::showText(help->globalPos(), toolTipFor(i), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    m_state.hasFocus = hasFocus();
    // An axis with nothing on it would only show some arbitrary year.
    if (!m_scene.items().empty())
        TimelinePainter(m_scene, m_scale, m_style).paint(p, height(), m_state);
    else
        p.fillRect(rect(), m_style.background);
    if (m_scene.items().empty()) {
        p.setPen(m_style.mutedText);
        p.setFont(font());
        const QString hint = m_model && m_model->rowCount() > 0
            ? tr("None of the events has a place on the axis yet; see the Unplaced tray.")
            : tr("Open an article (Ctrl+O), paste one (Ctrl+Shift+V) or open the sample "
                 "(Help ▸ Open Sample) to see its timeline.");
        p.drawText(rect().adjusted(20, 0, -20, 0), Qt::AlignCenter | Qt::TextWordWrap, hint);
    }
}

void TimelineView::resizeEvent(QResizeEvent *)
{
    if (m_fitOnNextLayout)
        m_scale = m_scene.fitAll(width(), FitMargin);
    else
        m_scale = m_scale.withWidth(width());
    relayout();
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    // Horizontal wheels and Shift+wheel pan; the plain wheel zooms about the cursor.
    if (delta.x() != 0 || event->modifiers() & Qt::ShiftModifier) {
        const int d = delta.x() != 0 ? delta.x() : delta.y();
        setScale(m_scale.panned(d / 120.0 * width() / 10));
    } else if (delta.y() != 0) {
        zoomBy(std::pow(ZoomStep, delta.y() / 120.0), event->position().x());
    }
    event->accept();
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_pressPos = event->pos();
    m_pressScale = m_scale;
    m_dragging = false;
    const int i = m_scene.itemAt(event->position(), m_scale);
    if (i >= 0)
        selectSceneIndex(i, event->modifiers() & Qt::ControlModifier);
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton) {
        if (!m_dragging && (event->pos() - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
            m_dragging = true;
            setCursor(Qt::ClosedHandCursor);
        }
        if (m_dragging) {
            m_scale = m_pressScale.panned(event->pos().x() - m_pressPos.x());
            update();
            Q_EMIT scaleChanged();
        }
        return;
    }
    const int hover = m_scene.itemAt(event->position(), m_scale);
    if (hover != m_state.hover) {
        m_state.hover = hover;
        setCursor(hover >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    if (m_dragging) {
        m_dragging = false;
        unsetCursor();
        return;
    }
    // A click on empty space clears the selection.
    if (m_scene.itemAt(event->position(), m_scale) < 0 && m_selection
        && !(event->modifiers() & Qt::ControlModifier))
        m_selection->clearSelection();
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int i = m_scene.itemAt(event->position(), m_scale);
    if (i >= 0)
        Q_EMIT sentenceRequested(indexOfSceneItem(i));
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    switch (event->key()) {
    case Qt::Key_Right:
        shift ? setScale(m_scale.panned(-width() / 8.0)) : selectNext();
        break;
    case Qt::Key_Left:
        shift ? setScale(m_scale.panned(width() / 8.0)) : selectPrevious();
        break;
    case Qt::Key_Home:
        if (!m_scene.items().empty()) {
            m_state.current = -1;
            step(+1);
        }
        break;
    case Qt::Key_End:
        if (!m_scene.items().empty()) {
            m_state.current = -1;
            step(-1);
        }
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_F:
    case Qt::Key_0:
        fitAll();
        break;
    case Qt::Key_Z:
        zoomToSelection();
        break;
    case Qt::Key_Escape:
        if (m_selection)
            m_selection->clearSelection();
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_state.current >= 0) {
            const QModelIndex mi = indexOfSceneItem(m_state.current);
            const QRectF r = m_scene.markRect(m_state.current, m_scale);
            QToolTip::showText(mapToGlobal(r.bottomLeft().toPoint()),
                               mi.data(EventModel::EventRole).value<Event>().sentence.text.toHtmlEscaped(),
                               this);
            Q_EMIT sentenceRequested(mi);
        }
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TimelineView::leaveEvent(QEvent *)
{
    if (m_state.hover >= 0) {
        m_state.hover = -1;
        update();
    }
}

void TimelineView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        m_style = TimelineStyle::fromPalette(palette(), font());
        rebuild();
    }
    QWidget::changeEvent(event);
}

void TimelineView::focusInEvent(QFocusEvent *event)
{
    update();
    QWidget::focusInEvent(event);
}

void TimelineView::focusOutEvent(QFocusEvent *event)
{
    update();
    QWidget::focusOutEvent(event);
}

} // namespace chronoline
