#pragma once

#include <QString>
#include <QStringList>

namespace chronoline::cli {

// The *.tml file names directly inside `dir`, sorted, so that every run
// visits (and reports) files in the same order.
QStringList tmlFileNames(const QString &dir);

} // namespace chronoline::cli
