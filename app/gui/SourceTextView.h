#pragma once

#include <QPlainTextEdit>
#include <QPointer>

class QItemSelectionModel;

namespace chronoline {

class EventModel;
class Timeline;

// The article as the reader wrote it, with each time expression highlighted by
// its type and each event's trigger marked. Linked to the shared selection:
// selecting events scrolls to their sentence and highlights it; clicking a
// sentence or an expression selects the events it gives evidence for.
class SourceTextView : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit SourceTextView(QWidget *parent = nullptr);

    // The timeline must outlive the next setTimeline() call; the view reads its
    // text, expressions and events.
    void setTimeline(const Timeline *timeline);
    void setSelectionModel(EventModel *model, QItemSelectionModel *selection);

    // Scrolls to [start, end), puts the cursor at its start and flashes it.
    void showSpan(qsizetype start, qsizetype end);
    // Highlights every occurrence (case-insensitive); returns how many.
    int setSearchText(const QString &text);
    void findNext(bool backwards = false);

    // Rows of the model with evidence at `position` (its expression, else its sentence).
    QList<int> rowsAt(qsizetype position) const;

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void selectRowsAt(qsizetype position);
    void onSelectionChanged();
    void updateHighlights();
    QTextEdit::ExtraSelection span(qsizetype start, qsizetype end, const QTextCharFormat &format) const;

    const Timeline *m_timeline = nullptr;
    QPointer<EventModel> m_model;
    QPointer<QItemSelectionModel> m_selection;
    QList<QTextEdit::ExtraSelection> m_static;   // expressions and triggers: change with the document
    QList<QTextEdit::ExtraSelection> m_search;
    QList<QTextEdit::ExtraSelection> m_selected;
    QString m_searchText;
    bool m_selectingFromText = false;
};

} // namespace chronoline
