#include "TestHooks.h"

#include "MainWindow.h"
#include "autosave/RecoveryCandidate.h"
#include "edits/EditCommandFactory.h"
#include "edits/EditSession.h"

#include "project/ProjectReader.h"
#include "project/ProjectWriter.h"

#include <QApplication>
#include <QTextStream>
#include <QTimer>
#include <QUndoStack>

namespace chronoline {

static void say(const QString &line)
{
    QTextStream out(stdout);
    out << "chronoline-test: " << line << '\n';
    out.flush();
}

TestHooks TestHooks::fromEnvironment()
{
    TestHooks h;
    h.m_edits = qgetenv("CHRONOLINE_TEST_EDITS");
    h.m_recovery = qEnvironmentVariable("CHRONOLINE_TEST_RECOVERY");
    h.m_dump = qEnvironmentVariable("CHRONOLINE_TEST_DUMP");
    return h;
}

void TestHooks::install(MainWindow &window) const
{
    if (m_recovery.isEmpty())
        return;
    Prompts prompts = Prompts::interactive(&window);
    const bool restore = m_recovery == u"restore";
    prompts.askToRestore = [restore](const RecoveryCandidate &c) {
        say(QStringLiteral("recovery offered: %1 (%2 edits)").arg(c.title).arg(c.editCount));
        return restore;
    };
    window.setPrompts(std::move(prompts));
}

void TestHooks::run(MainWindow &window) const
{
    if (m_edits.isEmpty()) {
        if (!m_dump.isEmpty())
            dump(window);
        return;
    }
    if (!window.timeline().document().text.isEmpty()) {
        applyEdits(window);
        return;
    }
    QObject::connect(&window, &MainWindow::documentLoaded, &window, [this, &window] { applyEdits(window); },
                     Qt::SingleShotConnection);
}

void TestHooks::applyEdits(MainWindow &window) const
{
    QString error;
    const auto edits = ProjectReader::parseEdits(m_edits, window.timeline().document().text, &error);
    if (!edits) {
        say(QStringLiteral("bad CHRONOLINE_TEST_EDITS: %1").arg(error));
        return;
    }
    for (const ProjectEdit &edit : *edits) {
        if (QUndoCommand *command = makeEditCommand(window.editSession(), edit))
            window.undoStack()->push(command);
    }
    say(QStringLiteral("applied %1 edits").arg(edits->size()));
    if (!m_dump.isEmpty())
        dump(window);
}

void TestHooks::dump(MainWindow &window) const
{
    QString error;
    if (!ProjectWriter::save(m_dump, window.project(), &error))
        say(QStringLiteral("dump failed: %1").arg(error));
    say(QStringLiteral("modified=%1").arg(window.isModified() ? 1 : 0));
    // exit(), not quit(): quit() closes the windows first, and a modified one
    // would ask about saving. The window is still destroyed, as on any exit.
    QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
}

} // namespace chronoline
