#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace chronoline {

// Asks for a date as a TIMEX3 value ("2023-03-21", "2023-03", "2023",
// "2023-W12", "2023-Q3"), optionally the end of a range, and when adding or
// placing an event its title. Says what the value means as it is typed and
// allows OK only for a date that has a place on the axis.
class EventDateDialog : public QDialog {
    Q_OBJECT
public:
    EventDateDialog(const QString &windowTitle, bool askTitle, QWidget *parent = nullptr);

    void setValues(const QString &title, const QString &value, const QString &endValue);
    // Offers to tie the event to this sentence (checked at first).
    void offerSentence(const QString &sentence);
    bool tieToSentence() const;
    QString title() const;
    QString value() const;
    QString endValue() const;
    bool isAcceptable() const;

    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *valueEdit() const { return m_value; }
    QLineEdit *endEdit() const { return m_end; }
    QCheckBox *sentenceBox() const { return m_sentence; }

private:
    void check();

    QLineEdit *m_title = nullptr;
    QLineEdit *m_value;
    QLineEdit *m_end;
    QLabel *m_meaning;
    QCheckBox *m_sentence;
    QDialogButtonBox *m_buttons;
};

} // namespace chronoline
