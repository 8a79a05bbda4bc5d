#pragma once

#include <QStringList>

namespace chronoline::cli {

// chronoline-cli annotate FILE.tml [--dct YYYY-MM-DD] [-o OUT.tml]
// chronoline-cli annotate DIR -o OUTDIR [--dct YYYY-MM-DD] [--jobs N]
int runAnnotate(const QStringList &arguments);

} // namespace chronoline::cli
