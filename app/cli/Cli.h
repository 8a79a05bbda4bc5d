#pragma once

#include <QStringList>

namespace chronoline::cli {

// Runs chronoline-cli with `arguments` (without the program name) and returns
// the exit code: dispatches to the subcommand, or handles --help / --version.
int run(const QStringList &arguments);

} // namespace chronoline::cli
