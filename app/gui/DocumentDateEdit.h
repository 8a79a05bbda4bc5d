#pragma once

#include <QDate>
#include <QWidget>

#include <optional>

class QDateEdit;
class QTimer;
class QToolButton;

namespace chronoline {

// The document date in the toolbar: a date, or "No date". Typing a date or
// stepping it fires one change after a short pause, so resolution does not
// run for every keystroke.
class DocumentDateEdit : public QWidget {
    Q_OBJECT
public:
    explicit DocumentDateEdit(QWidget *parent = nullptr);

    std::optional<QDate> date() const;
    // Shows the date without signalling a change.
    void setDate(std::optional<QDate> date);
    QDateEdit *dateEdit() const { return m_edit; }
    QToolButton *clearButton() const { return m_clear; }

Q_SIGNALS:
    void dateChanged(std::optional<QDate> date);

private:
    void emitIfChanged();

    QDateEdit *m_edit;
    QToolButton *m_clear;
    QTimer *m_debounce;
    std::optional<QDate> m_emitted;
};

} // namespace chronoline
