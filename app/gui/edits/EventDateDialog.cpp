#include "edits/EventDateDialog.h"

#include "project/ProjectEdit.h"
#include "timeline/EventTimeText.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace chronoline {

EventDateDialog::EventDateDialog(const QString &windowTitle, bool askTitle, QWidget *parent)
    : QDialog(parent), m_value(new QLineEdit(this)), m_end(new QLineEdit(this)), m_meaning(new QLabel(this)),
      m_sentence(new QCheckBox(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("eventDateDialog"));
    setWindowTitle(windowTitle);
    auto *form = new QFormLayout(this);
    if (askTitle) {
        m_title = new QLineEdit(this);
        m_title->setObjectName(QStringLiteral("title"));
        form->addRow(tr("&Title:"), m_title);
        connect(m_title, &QLineEdit::textChanged, this, &EventDateDialog::check);
    }
    m_value->setObjectName(QStringLiteral("value"));
    m_value->setPlaceholderText(tr("2023-03-21, 2023-03, 2023-W12 or 2023"));
    m_end->setObjectName(QStringLiteral("endValue"));
    m_end->setPlaceholderText(tr("optional: the last day, month or year of a range"));
    form->addRow(tr("&Date:"), m_value);
    form->addRow(tr("&Until:"), m_end);
    form->addRow(QString(), m_meaning);
    m_sentence->setObjectName(QStringLiteral("sentence"));
    m_sentence->hide();
    form->addRow(QString(), m_sentence);
    form->addRow(m_buttons);
    connect(m_value, &QLineEdit::textChanged, this, &EventDateDialog::check);
    connect(m_end, &QLineEdit::textChanged, this, &EventDateDialog::check);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(420);
    check();
}

void EventDateDialog::setValues(const QString &title, const QString &value, const QString &endValue)
{
    if (m_title)
        m_title->setText(title);
    m_value->setText(value);
    m_end->setText(endValue);
    check();
}

void EventDateDialog::offerSentence(const QString &sentence)
{
    const QString shown = sentence.simplified();
    m_sentence->setText(tr("Tie it to the sentence “%1”").arg(shown.size() > 60 ? shown.left(59) + u'…' : shown));
    m_sentence->setChecked(true);
    m_sentence->show();
}

bool EventDateDialog::tieToSentence() const
{
    return !m_sentence->isHidden() && m_sentence->isChecked();   // isHidden: offered or not, shown or not
}

QString EventDateDialog::title() const
{
    return m_title ? m_title->text().simplified() : QString();
}

QString EventDateDialog::value() const
{
    return m_value->text().trimmed().toUpper();   // "2023-w12" means 2023-W12
}

QString EventDateDialog::endValue() const
{
    return m_end->text().trimmed().toUpper();
}

bool EventDateDialog::isAcceptable() const
{
    return (!m_title || !title().isEmpty()) && ProjectEdit::intervalFor(value(), endValue()).has_value();
}

void EventDateDialog::check()
{
    const auto interval = ProjectEdit::intervalFor(value(), endValue());
    if (interval) {
        Event e;
        e.value = value();
        e.endValue = endValue();
        e.interval = interval;
        m_meaning->setText(tr("On the axis: %1").arg(eventTimeText(e)));
    } else {
        m_meaning->setText(value().isEmpty() ? tr("Type a date.")
                                             : tr("Not a date Chronoline can place (or the range ends before it starts)."));
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(isAcceptable());
}

} // namespace chronoline
