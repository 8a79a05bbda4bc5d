#include "Prompts.h"

#include "autosave/RecoveryCandidate.h"

#include <QFileDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace chronoline {

Prompts Prompts::interactive(QWidget *window)
{
    Prompts p;
    p.askToSave = [window](const QString &name) {
        QMessageBox box(QMessageBox::Warning, QObject::tr("Unsaved Changes"),
                        QObject::tr("Save your changes to “%1”?").arg(name),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, window);
        box.setInformativeText(QObject::tr("Your edits to the timeline are lost if you don't save them."));
        box.setDefaultButton(QMessageBox::Save);
        switch (box.exec()) {
        case QMessageBox::Save: return UnsavedChoice::Save;
        case QMessageBox::Discard: return UnsavedChoice::Discard;
        default: return UnsavedChoice::Cancel;
        }
    };
    p.askToRestore = [window](const RecoveryCandidate &c) {
        QMessageBox box(QMessageBox::Question, QObject::tr("Restore Unsaved Edits?"),
                        QObject::tr("Chronoline did not close properly last time. Your unsaved edits to “%1” "
                                    "were kept (%n edit(s), %2).",
                                    nullptr, int(c.editCount))
                            .arg(c.title.isEmpty() ? QObject::tr("Untitled") : c.title,
                                 QLocale().toString(c.savedAt, QLocale::ShortFormat)),
                        QMessageBox::NoButton, window);
        QPushButton *restore = box.addButton(QObject::tr("&Restore"), QMessageBox::AcceptRole);
        box.addButton(QObject::tr("&Discard"), QMessageBox::DestructiveRole);
        box.setDefaultButton(restore);
        box.exec();
        return box.clickedButton() == restore;
    };
    p.askSavePath = [window](const QString &suggested) {
        return QFileDialog::getSaveFileName(window, QObject::tr("Save Timeline As"), suggested,
                                            QObject::tr("Chronoline timelines (*.chronoline)"));
    };
    p.showError = [window](const QString &title, const QString &text) {
        QMessageBox::warning(window, title, text);
    };
    return p;
}

} // namespace chronoline
