#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

class QIODevice;

namespace chronoline {

// Writes a file so that it is either completely replaced or left untouched:
// the data goes to a temporary file that is renamed over the target only when
// everything was written (QSaveFile). On failure returns false and, if given,
// sets `error` to a sentence a user can act on.
bool saveAtomically(const QString &path, const QByteArray &data, QString *error = nullptr);

// The same for writers that stream into a device (image and PDF writers).
// `write` returns false (and may set the error) when it could not produce the data.
bool saveAtomically(const QString &path, const std::function<bool(QIODevice &, QString *)> &write,
                    QString *error = nullptr);

} // namespace chronoline
