#include "TmlFiles.h"

#include <QDir>

namespace chronoline::cli {

QStringList tmlFileNames(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("*.tml")}, QDir::Files | QDir::Readable, QDir::Name);
}

} // namespace chronoline::cli
