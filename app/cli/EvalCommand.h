#pragma once

#include <QStringList>

namespace chronoline::cli {

// chronoline-cli eval GOLD SYSTEM [--json] [--errors]
int runEval(const QStringList &arguments);

} // namespace chronoline::cli
