#include "InputLoader.h"

#include "text/StrictUtf8.h"
#include "timeml/TimeMLReader.h"

#include <QFile>
#include <QFileInfo>
#include <QStringConverter>
#include <QStringDecoder>

#include <cstdio>

namespace chronoline::cli {

namespace {

// Far above any article; stops a mistaken argument (a disk image, a video)
// from being read into memory.
constexpr qint64 maxInputBytes = 200LL * 1024 * 1024;

std::optional<QByteArray> readBytes(const QString &path, QString *error)
{
    QFile file;
    if (path == u"-") {
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read stdin: %1").arg(file.errorString());
            return std::nullopt;
        }
    } else {
        const QFileInfo info(path);
        if (!info.exists()) {
            *error = QStringLiteral("%1: no such file").arg(path);
            return std::nullopt;
        }
        if (info.isDir()) {
            *error = QStringLiteral("%1: is a directory").arg(path);
            return std::nullopt;
        }
        if (info.size() > maxInputBytes) {
            *error = QStringLiteral("%1: too large (%2 MB)").arg(path).arg(info.size() >> 20);
            return std::nullopt;
        }
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("%1: cannot open: %2").arg(path, file.errorString());
            return std::nullopt;
        }
    }
    QByteArray bytes = file.read(maxInputBytes + 1);
    if (bytes.size() > maxInputBytes) {
        *error = QStringLiteral("%1: too large").arg(path);
        return std::nullopt;
    }
    return bytes;
}

std::optional<QString> decodeText(const QByteArray &bytes, const QString &name, QString *error)
{
    std::optional<QString> text;
    // Only a byte order mark selects UTF-16/32; everything else must be UTF-8,
    // and anything that is not is refused rather than guessed.
    const auto bom = QStringConverter::encodingForData(bytes);
    if (bom && *bom != QStringConverter::Utf8) {
        QStringDecoder decoder(*bom, QStringDecoder::Flag::Stateless);
        QString decoded = decoder.decode(bytes);
        if (decoder.hasError()) {
            *error = QStringLiteral("%1: invalid %2 text").arg(name, QString::fromLatin1(decoder.name()));
            return std::nullopt;
        }
        text = std::move(decoded);
    } else {
        QString why;
        text = decodeUtf8Strictly(bytes, &why);
        if (!text) {
            *error = QStringLiteral("%1: %2; chronoline-cli reads UTF-8 text").arg(name, why);
            return std::nullopt;
        }
    }
    // NUL never occurs in text; it is the surest sign of a binary file.
    if (text->contains(QChar(u'\0'))) {
        *error = QStringLiteral("%1: binary data (NUL character), not text").arg(name);
        return std::nullopt;
    }
    return text;
}

} // namespace

QString firstLine(QStringView text)
{
    for (QStringView line : text.tokenize(u'\n')) {
        line = line.trimmed();
        if (!line.isEmpty())
            return line.toString();
    }
    return QString();
}

std::optional<LoadedInput> loadInput(const QString &path, std::optional<QDate> dct, QString *error)
{
    const QString name = path == u"-" ? QStringLiteral("stdin") : path;
    const auto bytes = readBytes(path, error);
    if (!bytes)
        return std::nullopt;

    LoadedInput input;
    Document &doc = input.document;
    doc.sourcePath = path == u"-" ? QString() : path;
    if (path.endsWith(QStringLiteral(".tml"), Qt::CaseInsensitive)) {
        QString why;
        input.timeml = TimeMLReader::parse(*bytes, &why);
        if (!input.timeml) {
            *error = QStringLiteral("%1: malformed TimeML: %2").arg(name, why);
            return std::nullopt;
        }
        doc.text = input.timeml->text;
        doc.title = input.timeml->title;
        if (input.timeml->dctDate) {
            doc.dct = input.timeml->dctDate;
            doc.dctSource = DctSource::TimeML;
        }
    } else {
        auto text = decodeText(*bytes, name, error);
        if (!text)
            return std::nullopt;
        doc.text = std::move(*text);
    }
    if (doc.title.isEmpty())
        doc.title = firstLine(doc.text);
    if (dct) {
        doc.dct = dct;
        doc.dctSource = DctSource::Option;
    }
    return input;
}

} // namespace chronoline::cli
