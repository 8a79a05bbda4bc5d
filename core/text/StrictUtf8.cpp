#include "text/StrictUtf8.h"

#include <QStringDecoder>

namespace chronoline {

namespace {

// Only called once the fast whole-buffer decode failed. A multi-byte sequence
// never contains a newline byte, so decoding line by line finds the culprit.
QString locateError(QByteArrayView bytes)
{
    qsizetype lineStart = 0;
    for (int line = 1; lineStart <= bytes.size(); ++line) {
        qsizetype lineEnd = bytes.indexOf('\n', lineStart);
        if (lineEnd < 0)
            lineEnd = bytes.size();
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        // decode() is lazy: only converting its result to QString runs it.
        const QString decoded = decoder.decode(bytes.sliced(lineStart, lineEnd - lineStart));
        if (decoder.hasError())
            return QStringLiteral("invalid UTF-8 on line %1 (byte offset %2)").arg(line).arg(lineStart);
        lineStart = lineEnd + 1;
    }
    return QStringLiteral("invalid UTF-8");
}

} // namespace

std::optional<QString> decodeUtf8Strictly(QByteArrayView bytes, QString *error)
{
    // Stateless: a sequence cut off at the end of the input is an error too,
    // rather than state kept for a next call that never comes.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        if (error)
            *error = locateError(bytes);
        return std::nullopt;
    }
    return text;
}

std::optional<QString> findInvalidUtf8(QByteArrayView bytes)
{
    QString error;
    if (decodeUtf8Strictly(bytes, &error))
        return std::nullopt;
    return error;
}

} // namespace chronoline
