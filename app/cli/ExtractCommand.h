#pragma once

#include <QStringList>

namespace chronoline::cli {

// chronoline-cli extract FILE [--dct YYYY-MM-DD] [--format json|tsv]
// `arguments` are those after the command name. Returns the exit code.
int runExtract(const QStringList &arguments);

} // namespace chronoline::cli
