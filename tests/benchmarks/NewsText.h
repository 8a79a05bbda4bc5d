#pragma once

#include "timeml/TimeMLReader.h"

#include <QDir>
#include <QFile>
#include <QString>

namespace chronoline::bench {

// News text to measure with: the bundled article and the TempEval-3 training
// articles (when the shared data is there), each followed by a blank line.
inline QString newsText()
{
    QString corpus;
    QFile file(QStringLiteral(CHRONOLINE_RESOURCES_DIR "/samples/xi-putin-moscow.txt"));
    if (file.open(QIODevice::ReadOnly))
        corpus += QString::fromUtf8(file.readAll()) + QStringLiteral("\n\n");
    const QString root = QStringLiteral(CHRONOLINE_SHARED_DIR "/data/tempeval3/train");
    for (const QString &sub : {QStringLiteral("TimeBank"), QStringLiteral("AQUAINT")}) {
        const QDir dir(root + u'/' + sub);
        for (const QString &name : dir.entryList({QStringLiteral("*.tml")}, QDir::Files, QDir::Name)) {
            if (const auto doc = TimeMLReader::readFile(dir.filePath(name)))
                corpus += doc->text.trimmed() + QStringLiteral("\n\n");
        }
    }
    return corpus;
}

} // namespace chronoline::bench
