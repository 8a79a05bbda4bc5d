#include "timeline/AtomicSave.h"

#include <QSaveFile>

namespace chronoline {

bool saveAtomically(const QString &path, const std::function<bool(QIODevice &, QString *)> &write,
                    QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QStringLiteral("Cannot write “%1”: %2. Choose a folder you can write to.")
                         .arg(path, file.errorString());
        return false;
    }
    QString writeError;
    if (!write(file, &writeError)) {
        file.cancelWriting();
        if (error)
            *error = writeError.isEmpty() ? QStringLiteral("Cannot write “%1”.").arg(path) : writeError;
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = QStringLiteral("Cannot save “%1”: %2. Check that the disk is not full and "
                                    "that you may write there.")
                         .arg(path, file.errorString());
        return false;
    }
    return true;
}

bool saveAtomically(const QString &path, const QByteArray &data, QString *error)
{
    return saveAtomically(
        path,
        [&data](QIODevice &device, QString *) { return device.write(data) == data.size(); },
        error);
}

} // namespace chronoline
