#pragma once

#include <QMainWindow>

class QPlainTextEdit;

namespace chronoline {

// Placeholder window: opens a text file and shows it. The viewer issue replaces it.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    bool openFile(const QString &path);

private:
    QPlainTextEdit *m_text;
};

} // namespace chronoline
