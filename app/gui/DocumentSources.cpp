#include "DocumentSources.h"

#include "document/DocumentLoader.h"

#include <QFile>

namespace chronoline {

LoadResult loadDocumentPath(const QString &pathOrUrl, std::optional<QDate> dct, ProgressCallback progress)
{
    LoadOptions options;
    options.dct = dct;
    options.progress = std::move(progress);
    return loadDocument(pathOrUrl, options);
}

LoadResult loadDocumentText(const QString &text, const QString &name)
{
    // Pasted text is plain text whatever it looks like; say so to the loader.
    LoadOptions options;
    options.format = DocumentFormat::PlainText;
    options.charset = QByteArrayLiteral("utf-8");
    return loadDocumentFromBytes(text.toUtf8(), name, options);
}

LoadResult loadSampleDocument()
{
    QFile text(QStringLiteral(":/samples/xi-putin-moscow.txt"));
    QFile date(QStringLiteral(":/samples/xi-putin-moscow.dct"));
    if (!text.open(QIODevice::ReadOnly) || !date.open(QIODevice::ReadOnly))
        return LoadResult::failure(QStringLiteral("The bundled sample is missing from this build."));
    LoadOptions options;
    options.dct = QDate::fromString(QString::fromLatin1(date.readAll().trimmed()), Qt::ISODate);
    LoadResult result = loadDocumentFromBytes(text.readAll(), QStringLiteral("xi-putin-moscow.txt"), options);
    if (result.document)
        result.document->title = QStringLiteral("Xi to meet Putin in Moscow (sample)");
    return result;
}

} // namespace chronoline
