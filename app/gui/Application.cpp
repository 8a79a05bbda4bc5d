#include "Application.h"

#include "CommandLine.h"
#include "Icons.h"
#include "MainWindow.h"
#include "TestHooks.h"

#include <QApplication>
#include <QTextStream>

namespace chronoline {

int runViewer(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Chronoline"));
    QApplication::setApplicationName(QStringLiteral("Chronoline"));
    QApplication::setApplicationDisplayName(QStringLiteral("Chronoline"));
    QApplication::setApplicationVersion(QStringLiteral(CHRONOLINE_VERSION));
    QApplication::setWindowIcon(applicationIcon());

    const StartupOptions options = parseCommandLine(QApplication::arguments());
    if (!options.error.isEmpty()) {
        QTextStream(stderr) << "chronoline: " << options.error << '\n';
        return 2;
    }
    MainWindow window;
    const TestHooks hooks = TestHooks::fromEnvironment();
    hooks.install(window);
    window.show();
    // Edits a crash would otherwise have lost come first; restored, they are the document.
    const bool restored = window.offerRecovery();
    if (!restored && options.sample)
        window.openSample();
    else if (!restored && !options.file.isEmpty())
        window.openFileAsync(options.file, options.dct);
    hooks.run(window);
    return app.exec();
}

} // namespace chronoline
