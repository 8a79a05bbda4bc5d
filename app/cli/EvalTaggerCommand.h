#pragma once

#include <QStringList>

namespace chronoline::cli {

// chronoline-cli eval-tagger GOLD [GOLD...] [--json] [--errors] [--jobs N]
// Tags every gold file in memory and scores it, without writing system files.
int runEvalTagger(const QStringList &arguments);

} // namespace chronoline::cli
