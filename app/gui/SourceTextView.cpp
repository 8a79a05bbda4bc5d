#include "SourceTextView.h"

#include "EventModel.h"
#include "TimelineStyle.h"
#include "TimexColours.h"

#include "timeline/Timeline.h"

#include <QItemSelectionModel>
#include <QMouseEvent>
#include <QRegularExpression>
#include <QTextBlock>

namespace chronoline {

SourceTextView::SourceTextView(QWidget *parent) : QPlainTextEdit(parent)
{
    setReadOnly(true);
    // Clicks must place a cursor (to pick a sentence) even though nobody types here.
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setAcceptDrops(false);   // files dropped here open in the window
    setAccessibleName(tr("Article text"));
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.1);
    setFont(f);
}

QTextEdit::ExtraSelection SourceTextView::span(qsizetype start, qsizetype end,
                                               const QTextCharFormat &format) const
{
    QTextEdit::ExtraSelection sel;
    sel.cursor = QTextCursor(document());
    sel.cursor.setPosition(int(start));
    sel.cursor.setPosition(int(end), QTextCursor::KeepAnchor);
    sel.format = format;
    return sel;
}

void SourceTextView::setTimeline(const Timeline *timeline)
{
    m_timeline = timeline;
    m_selected.clear();
    // A new document date changes the expressions, not the text: keep the
    // reader's place.
    const QString text = timeline ? timeline->document().text : QString();
    if (text != toPlainText())
        setPlainText(text);
    m_static.clear();
    if (timeline) {
        const bool dark = isDarkPalette(palette());
        for (const Timex &t : timeline->timexes()) {
            QTextCharFormat f;
            f.setBackground(timexBackground(t.type, dark));
            f.setToolTip(tr("%1 · %2").arg(timexTypeName(t.type), t.value));
            m_static.append(span(t.start, t.end, f));
        }
        // Triggers are words, not offsets: find each in its own sentence.
        for (const Event &e : timeline->events()) {
            if (e.trigger.isEmpty())
                continue;
            const QRegularExpression word(u"\\b" + QRegularExpression::escape(e.trigger) + u"\\b",
                                          QRegularExpression::CaseInsensitiveOption);
            const auto m = word.match(text, e.sentence.start);
            if (!m.hasMatch() || m.capturedEnd() > e.sentence.end)
                continue;
            QTextCharFormat f;
            f.setFontUnderline(true);
            f.setUnderlineStyle(QTextCharFormat::SingleUnderline);
            f.setFontWeight(QFont::DemiBold);
            f.setToolTip(tr("Event: %1").arg(e.title));
            m_static.append(span(m.capturedStart(), m.capturedEnd(), f));
        }
    }
    if (!m_searchText.isEmpty())
        setSearchText(m_searchText);
    updateHighlights();
}

void SourceTextView::setSelectionModel(EventModel *model, QItemSelectionModel *selection)
{
    if (m_selection)
        disconnect(m_selection, nullptr, this, nullptr);
    m_model = model;
    m_selection = selection;
    connect(m_selection, &QItemSelectionModel::selectionChanged, this, &SourceTextView::onSelectionChanged);
    connect(m_selection, &QItemSelectionModel::currentChanged, this, &SourceTextView::onSelectionChanged);
}

void SourceTextView::showSpan(qsizetype start, qsizetype end)
{
    QTextCursor c(document());
    c.setPosition(int(std::min<qsizetype>(start, document()->characterCount() - 1)));
    setTextCursor(c);
    centerCursor();
    Q_UNUSED(end)
}

void SourceTextView::onSelectionChanged()
{
    m_selected.clear();
    if (!m_model || !m_selection)
        return updateHighlights();
    // A highlighter-pen tint, apart from the blues and greens of the expressions.
    const bool dark = isDarkPalette(palette());
    const QColor main = dark ? QColor(0x6b, 0x55, 0x10) : QColor(0xff, 0xe7, 0x9a);
    const QColor other = dark ? QColor(0x45, 0x3a, 0x18) : QColor(0xff, 0xf4, 0xd1);
    QTextCharFormat mainFormat;
    mainFormat.setBackground(main);
    QTextCharFormat mentionFormat;
    mentionFormat.setBackground(other);
    for (const QModelIndex &index : m_selection->selectedRows()) {
        const Event &e = m_model->event(index.row());
        for (const EventMention &m : e.mentions) {
            if (m.sentence != e.sentence)
                m_selected.append(span(m.sentence.start, m.sentence.end, mentionFormat));
        }
        m_selected.append(span(e.sentence.start, e.sentence.end, mainFormat));
    }
    updateHighlights();
    // A click in the text already put the cursor where the reader looks.
    const QModelIndex current = m_selection->currentIndex();
    if (!m_selectingFromText && current.isValid() && m_selection->isRowSelected(current.row())) {
        const Event &e = m_model->event(current.row());
        showSpan(e.sentence.start, e.sentence.end);
    }
}

void SourceTextView::updateHighlights()
{
    // Painted in order: the selected sentence under the expressions, search on top.
    setExtraSelections(m_selected + m_static + m_search);
}

QList<int> SourceTextView::rowsAt(qsizetype position) const
{
    QList<int> rows;
    if (!m_timeline || !m_model)
        return rows;
    const Events &events = m_model->events();
    auto addRow = [&rows](int row) {
        if (!rows.contains(row))
            rows.append(row);
    };
    // An expression first: its events, wherever they were mentioned.
    for (const Timex &t : m_timeline->timexes()) {
        if (position < t.start || position > t.end)
            continue;
        for (size_t i = 0; i < events.size(); ++i) {
            const Event &e = events[i];
            bool dated = e.timexId == t.id || e.endTimexId == t.id;
            for (const EventMention &m : e.mentions)
                dated = dated || m.timexId == t.id;
            if (dated)
                addRow(int(i));
        }
    }
    if (!rows.isEmpty())
        return rows;
    // Otherwise the sentence: every event it is evidence for.
    const int s = m_timeline->sentenceAt(position);
    if (s < 0)
        return rows;
    const Sentence &sentence = m_timeline->segmentation().sentences[size_t(s)];
    auto within = [&sentence](const SentenceRef &r) {
        return r.start < sentence.end && sentence.start < r.end;
    };
    for (size_t i = 0; i < events.size(); ++i) {
        const Event &e = events[i];
        bool here = within(e.sentence);
        for (const EventMention &m : e.mentions)
            here = here || within(m.sentence);
        if (here)
            addRow(int(i));
    }
    return rows;
}

void SourceTextView::selectRowsAt(qsizetype position)
{
    if (!m_selection || !m_model)
        return;
    const QList<int> rows = rowsAt(position);
    m_selectingFromText = true;
    if (rows.isEmpty()) {
        m_selection->clearSelection();
    } else {
        QItemSelection selection;
        for (int row : rows)
            selection.select(m_model->index(row, 0), m_model->index(row, EventModel::ColumnCount - 1));
        m_selection->setCurrentIndex(m_model->index(rows.first(), 0), QItemSelectionModel::NoUpdate);
        m_selection->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    m_selectingFromText = false;
}

void SourceTextView::mouseReleaseEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton && !textCursor().hasSelection())
        selectRowsAt(cursorForPosition(event->pos()).position());
}

int SourceTextView::setSearchText(const QString &text)
{
    m_searchText = text;
    m_search.clear();
    if (!text.isEmpty()) {
        QTextCharFormat f;
        f.setBackground(isDarkPalette(palette()) ? QColor(0x8a, 0x4f, 0x00) : QColor(0xff, 0xbf, 0x70));
        const QString plain = toPlainText();
        for (qsizetype at = plain.indexOf(text, 0, Qt::CaseInsensitive); at >= 0;
             at = plain.indexOf(text, at + text.size(), Qt::CaseInsensitive))
            m_search.append(span(at, at + text.size(), f));
    }
    updateHighlights();
    return int(m_search.size());
}

void SourceTextView::findNext(bool backwards)
{
    if (m_searchText.isEmpty())
        return;
    const auto flags = backwards ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (!find(m_searchText, flags)) {
        // Wrap around, as readers expect from a find bar.
        QTextCursor c(document());
        c.movePosition(backwards ? QTextCursor::End : QTextCursor::Start);
        setTextCursor(c);
        find(m_searchText, flags);
    }
}

void SourceTextView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_timeline)
        setTimeline(m_timeline);
}

} // namespace chronoline
