#pragma once

#include <QString>

namespace chronoline::cli {

// `chronoline-cli --help`: every subcommand with its options.
QString generalHelp();
// `chronoline-cli COMMAND --help`; the general help for an unknown command.
QString commandHelp(const QString &command);
QString versionText();

} // namespace chronoline::cli
