#include "EventDetailsPanel.h"

#include "EventModel.h"

#include "timeline/EventTimeText.h"
#include "timeline/Granularity.h"
#include "timeline/Timeline.h"

#include <QItemSelectionModel>

namespace chronoline {

EventDetailsPanel::EventDetailsPanel(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setAccessibleName(tr("Event details"));
    showCurrent();
}

void EventDetailsPanel::setTimeline(const Timeline *timeline)
{
    m_timeline = timeline;
    showCurrent();
}

void EventDetailsPanel::setSelectionModel(EventModel *model, QItemSelectionModel *selection)
{
    m_model = model;
    m_selection = selection;
    connect(selection, &QItemSelectionModel::currentChanged, this, &EventDetailsPanel::showCurrent);
    connect(selection, &QItemSelectionModel::selectionChanged, this, &EventDetailsPanel::showCurrent);
    connect(model, &QAbstractItemModel::modelReset, this, &EventDetailsPanel::showCurrent);
}

static QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString EventDetailsPanel::resolutionText(const QString &timexId) const
{
    if (!m_timeline || timexId.isEmpty())
        return tr("No expression of its own: the date is inferred from its context, or was set by hand.");
    const Timex *t = m_timeline->timex(timexId);
    if (!t)
        return {};
    QString text = tr("“%1” (%2, value <code>%3</code>%4)")
                       .arg(esc(t->text), timexTypeName(t->type), esc(t->value),
                            t->mod.isEmpty() ? QString() : tr(", %1").arg(esc(t->mod)));
    if (t->anchor == u"t0") {
        const auto dct = m_timeline->document().dct;
        text += u"<br>" + tr("resolved against the document date, %1")
                              .arg(dct ? dct->toString(Qt::ISODate) : tr("unknown"));
    } else if (const Timex *anchor = m_timeline->timex(t->anchor)) {
        text += u"<br>" + tr("resolved against “%1” (%2)").arg(esc(anchor->text), esc(anchor->value));
    }
    return text;
}

void EventDetailsPanel::showCurrent()
{
    const QModelIndex current = m_selection ? m_selection->currentIndex() : QModelIndex();
    if (!m_model || !current.isValid() || !m_selection->isRowSelected(current.row())) {
        setHtml(u"<p style='color:gray'>" + tr("Select an event on the timeline, in the list or in the "
                                                 "text to see where its date comes from.")
                + u"</p>");
        return;
    }
    const Event &e = m_model->event(current.row());
    QString html = u"<h3>" + esc(e.title) + u"</h3><table cellspacing='3'>";
    auto row = [&html](const QString &label, const QString &value) {
        html += u"<tr><td valign='top'><b>" + label + u"</b></td><td>" + value + u"</td></tr>";
    };
    const Granularity g = granularityOfValue(e.value);
    row(tr("When"), esc(eventTimeText(e))
                        + (g == Granularity::Unknown ? QString() : u" (" + granularityName(g) + u')'));
    if (e.interval) {
        const auto iso = [](const std::optional<QDate> &d) {
            return d ? d->toString(Qt::ISODate) : QStringLiteral("open");
        };
        row(tr("Interval"), iso(e.interval->start) + u" – " + iso(e.interval->end) + u' '
                                + tr("(end exclusive)"));
    }
    row(tr("Dated by"), resolutionText(e.timexId));
    if (!e.endTimexId.isEmpty())
        row(tr("Until"), resolutionText(e.endTimexId));
    row(tr("Certainty"), certaintyName(e.certainty));
    row(tr("Status"), statusName(e.status));
    row(tr("Trigger"), esc(e.trigger));
    if (!e.participants.isEmpty())
        row(tr("Who and where"), esc(e.participants.join(QStringLiteral(", "))));
    row(tr("Salience"), QString::number(e.salience, 'f', 2));
    html += u"</table><p><b>" + tr("Source sentence") + u"</b><br><i>" + esc(e.sentence.text) + u"</i></p>";
    QStringList others;
    for (const EventMention &m : e.mentions) {
        if (m.sentence != e.sentence)
            others.append(u"<li><i>" + esc(m.sentence.text) + u"</i></li>");
    }
    if (!others.isEmpty())
        html += u"<p><b>" + tr("Also mentioned") + u"</b></p><ul>" + others.join(QString()) + u"</ul>";
    setHtml(html);
}

} // namespace chronoline
