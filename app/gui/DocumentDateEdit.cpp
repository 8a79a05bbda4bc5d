#include "DocumentDateEdit.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QTimer>
#include <QToolButton>

namespace chronoline {

// QDateEdit has no empty state; its minimum date stands for "no date" and is
// shown as such. No news article is dated in the year 100.
static const QDate NoDate(100, 1, 1);

DocumentDateEdit::DocumentDateEdit(QWidget *parent)
    : QWidget(parent), m_edit(new QDateEdit(this)), m_clear(new QToolButton(this)), m_debounce(new QTimer(this))
{
    auto *label = new QLabel(tr("Document &date:"), this);
    label->setBuddy(m_edit);
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    m_edit->setMinimumDate(NoDate);
    m_edit->setSpecialValueText(tr("No date"));
    m_edit->setDate(NoDate);
    m_edit->setToolTip(tr("The date the article was written. Relative dates such as “last month” "
                          "are resolved against it."));
    m_edit->setAccessibleName(tr("Document date"));
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Forget the document date: relative dates move to the Unplaced tray"));
    m_clear->setAutoRaise(true);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(500);
    connect(m_debounce, &QTimer::timeout, this, &DocumentDateEdit::emitIfChanged);
    connect(m_edit, &QDateEdit::dateChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_edit, &QDateEdit::editingFinished, this, &DocumentDateEdit::emitIfChanged);
    connect(m_clear, &QToolButton::clicked, this, [this] {
        m_edit->setDate(NoDate);
        emitIfChanged();
    });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->setSpacing(4);
    layout->addWidget(label);
    layout->addWidget(m_edit);
    layout->addWidget(m_clear);
}

std::optional<QDate> DocumentDateEdit::date() const
{
    const QDate d = m_edit->date();
    return d == NoDate ? std::nullopt : std::optional<QDate>(d);
}

void DocumentDateEdit::setDate(std::optional<QDate> date)
{
    const QSignalBlocker block(m_edit);
    m_edit->setDate(date ? *date : NoDate);
    m_emitted = date;
    m_clear->setEnabled(date.has_value());
}

void DocumentDateEdit::emitIfChanged()
{
    m_debounce->stop();
    const auto d = date();
    m_clear->setEnabled(d.has_value());
    if (d == m_emitted)
        return;
    m_emitted = d;
    Q_EMIT dateChanged(d);
}

} // namespace chronoline
