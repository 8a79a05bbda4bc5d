#include "InputLoader.h"

#include "document/DocumentLoader.h"
#include "timeml/TimeMLReader.h"

#include <QFile>
#include <QFileInfo>

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

bool isWebAddress(const QString &path)
{
    return path.startsWith(QStringLiteral("http://"), Qt::CaseInsensitive)
        || path.startsWith(QStringLiteral("https://"), Qt::CaseInsensitive);
}

// The loaders write sentences for the viewer ("x.txt is empty."); on the
// command line they become one line with no final full stop, like the rest.
QString oneLine(QString message)
{
    message = message.simplified();
    if (message.endsWith(u'.'))
        message.chop(1);
    return message;
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
    const bool isStdin = path == u"-";
    LoadedInput input;
    if (path.endsWith(QStringLiteral(".tml"), Qt::CaseInsensitive) && !isWebAddress(path)) {
        const auto bytes = readBytes(path, error);
        if (!bytes)
            return std::nullopt;
        QString why;
        input.timeml = TimeMLReader::parse(*bytes, &why);
        if (!input.timeml) {
            *error = QStringLiteral("%1: malformed TimeML: %2").arg(path, why);
            return std::nullopt;
        }
        Document &doc = input.document;
        doc.sourcePath = path;
        doc.text = input.timeml->text;
        doc.title = input.timeml->title;
        if (input.timeml->dctDate) {
            doc.dct = input.timeml->dctDate;
            doc.dctSource = DctSource::TimeML;
        }
    } else {
        // Everything else is the document loaders' (text in any common
        // encoding, Markdown, HTML, MHTML, PDF, web pages), which also find the
        // date: page metadata, a dateline, the file name. --dct wins over all.
        LoadOptions options;
        options.dct = dct;
        options.maxBytes = maxInputBytes;
        LoadResult result;
        if (isStdin) {
            const auto bytes = readBytes(path, error);
            if (!bytes)
                return std::nullopt;
            result = loadDocumentFromBytes(*bytes, QStringLiteral("stdin"), options);
        } else {
            result = loadDocument(path, options);
        }
        if (!result.ok()) {
            *error = oneLine(result.error);
            return std::nullopt;
        }
        input.document = std::move(*result.document);
        if (isStdin)
            input.document.sourcePath.clear();
    }
    Document &doc = input.document;
    if (doc.title.isEmpty())
        doc.title = firstLine(doc.text);
    if (dct) {
        doc.dct = dct;
        doc.dctSource = DctSource::Option;
    }
    return input;
}

} // namespace chronoline::cli
