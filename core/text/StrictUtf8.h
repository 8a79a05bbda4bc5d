#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace chronoline {

// Decodes UTF-8 and refuses invalid input instead of replacing it with U+FFFD,
// so that a Latin-1 or binary file is reported, not silently mangled. A
// leading byte order mark is dropped. The error names the first bad line:
// "invalid UTF-8 on line 3 (byte offset 120)".
std::optional<QString> decodeUtf8Strictly(QByteArrayView bytes, QString *error = nullptr);

// The same check without keeping the text; nullopt when valid, else the error.
std::optional<QString> findInvalidUtf8(QByteArrayView bytes);

} // namespace chronoline
