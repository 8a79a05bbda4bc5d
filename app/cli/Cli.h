#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace chronoline::cli {

// Runs chronoline-cli with `arguments` (without the program name) and returns
// the exit code: dispatches to the subcommand, or handles --help / --version.
int run(const QStringList &arguments);

// The application object for this command line: a QGuiApplication on the
// offscreen platform (unless QT_QPA_PLATFORM says otherwise) for `render`,
// which draws and needs fonts but no display; a QCoreApplication otherwise.
// `argc` must outlive the returned object.
std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv);

} // namespace chronoline::cli
