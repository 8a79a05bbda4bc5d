#include "MainWindow.h"

#include <QFile>
#include <QPlainTextEdit>

namespace chronoline {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_text(new QPlainTextEdit(this))
{
    m_text->setReadOnly(true);
    setCentralWidget(m_text);
    resize(1000, 700);
}

bool MainWindow::openFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    m_text->setPlainText(QString::fromUtf8(f.readAll()));
    setWindowTitle(path);
    return true;
}

} // namespace chronoline
