#include "document/DocumentLoader.h"

#include "document/FilenameDate.h"
#include "document/HtmlLoader.h"
#include "document/MarkdownLoader.h"
#include "document/MhtmlReader.h"
#include "document/PdfLoader.h"
#include "document/TextLoader.h"
#include "document/UrlFetcher.h"

#include <QFile>
#include <QFileInfo>
#include <QUrl>

namespace chronoline {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kReadChunk = 1 << 20;

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1) + u" MB"_s;
}

LoadResult cancelledResult()
{
    LoadResult result = LoadResult::failure(u"Loading was cancelled."_s);
    result.cancelled = true;
    return result;
}

bool isWebAddress(const QString &s)
{
    return s.startsWith(u"http://"_s, Qt::CaseInsensitive) || s.startsWith(u"https://"_s, Qt::CaseInsensitive);
}

// Reads a local file in chunks, so that a large one reports progress and can be cancelled.
LoadResult readFile(const QString &path, const LoadOptions &options, QByteArray *bytes)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.exists())
        return LoadResult::failure(u"%1 does not exist."_s.arg(path));
    if (info.isDir())
        return LoadResult::failure(u"%1 is a folder, not a document."_s.arg(path));
    if (info.size() > options.maxBytes)
        return LoadResult::failure(u"%1 is %2, over the %3 limit for a document."_s.arg(
            name, megabytes(info.size()), megabytes(options.maxBytes)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return LoadResult::failure(u"%1 could not be opened: %2"_s.arg(name, file.errorString()));
    const qint64 total = info.size();
    bytes->reserve(total);
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(kReadChunk);
        if (chunk.isEmpty() && file.error() != QFileDevice::NoError)
            return LoadResult::failure(u"%1 could not be read: %2"_s.arg(name, file.errorString()));
        if (chunk.isEmpty())
            break;
        bytes->append(chunk);
        if (bytes->size() > options.maxBytes) // it grew while we read it
            return LoadResult::failure(u"%1 is over the %2 limit for a document."_s.arg(name, megabytes(options.maxBytes)));
        if (options.progress && !options.progress({LoadProgress::Stage::Reading, bytes->size(), total}))
            return cancelledResult();
    }
    return {};
}

QString displayName(const QString &nameHint)
{
    if (isWebAddress(nameHint))
        return nameHint;
    const QString name = QFileInfo(nameHint).fileName();
    return name.isEmpty() ? u"The document"_s : name;
}

LoadResult parseBytes(const QByteArray &bytes, const QString &nameHint, const LoadOptions &options,
                      int yearHint, QString *dateSourceName)
{
    DocumentFormat format = options.format;
    if (format == DocumentFormat::Auto)
        format = detectFormat(bytes, nameHint);
    switch (format) {
    case DocumentFormat::Pdf:
        return loadPdf(bytes, options.progress, options.maxPdfPages);
    case DocumentFormat::Html:
        return loadHtml(bytes, options.charset, yearHint);
    case DocumentFormat::Mhtml: {
        QString error;
        const auto page = readMhtml(bytes, &error);
        if (!page)
            return LoadResult::failure(error);
        // The archived page's own address may carry its date, like a file name.
        if (!page->location.isEmpty())
            *dateSourceName = page->location;
        LoadResult result = loadHtml(page->html, page->charset, yearHint);
        if (result.ok())
            result.format = DocumentFormat::Mhtml;
        return result;
    }
    case DocumentFormat::Markdown:
        return loadMarkdown(bytes, options.charset);
    case DocumentFormat::PlainText:
    case DocumentFormat::Auto:
        break;
    }
    return loadPlainText(bytes, options.charset);
}

// Fills in the date the format loader could not find, in order of trust.
void settleDate(Document &doc, const LoadOptions &options, const std::optional<QDate> &nameDate,
                int yearHint)
{
    if (options.dct && options.dct->isValid()) {
        doc.dct = options.dct;
        doc.dctSource = DctSource::Option;
        return;
    }
    if (doc.dct)
        return; // page metadata or a byline, found by the format loader
    if (const auto dateline = findDateline(doc.text, yearHint)) {
        doc.dct = dateline->date;
        doc.dctSource = DctSource::Dateline;
        return;
    }
    if (nameDate) {
        doc.dct = nameDate;
        doc.dctSource = DctSource::Filename;
        return;
    }
    doc.dct.reset();
    doc.dctSource = DctSource::None;
}

} // namespace

LoadResult loadDocumentFromBytes(const QByteArray &bytes, const QString &nameHint, const LoadOptions &options)
{
    const QString name = displayName(nameHint);
    if (bytes.isEmpty())
        return LoadResult::failure(u"%1 is empty."_s.arg(name));
    if (bytes.size() > options.maxBytes)
        return LoadResult::failure(u"%1 is %2, over the %3 limit for a document."_s.arg(
            name, megabytes(bytes.size()), megabytes(options.maxBytes)));

    QString dateSourceName = nameHint;
    std::optional<QDate> nameDate = dateFromFileName(nameHint);
    LoadResult result = parseBytes(bytes, nameHint, options, nameDate ? nameDate->year() : 0, &dateSourceName);
    if (!result.ok()) {
        if (!result.cancelled && !result.error.startsWith(name))
            result.error = name + u": "_s + result.error;
        return result;
    }
    Document &doc = *result.document;
    if (doc.text.trimmed().isEmpty())
        return LoadResult::failure(u"%1 contains no text."_s.arg(name));
    if (dateSourceName != nameHint && !nameDate)
        nameDate = dateFromFileName(dateSourceName);
    doc.sourcePath = nameHint;
    settleDate(doc, options, nameDate, nameDate ? nameDate->year() : 0);
    return result;
}

LoadResult loadDocument(const QString &pathOrUrl, const LoadOptions &options)
{
    if (isWebAddress(pathOrUrl)) {
        const QUrl url(pathOrUrl);
        if (!url.isValid())
            return LoadResult::failure(u"%1 is not a valid web address."_s.arg(pathOrUrl));
        FetchOptions fetch;
        fetch.timeoutMs = options.timeoutMs;
        fetch.maxRedirects = options.maxRedirects;
        fetch.maxBytes = options.maxBytes;
        fetch.progress = options.progress;
        const FetchedPage page = fetchUrl(url, fetch);
        if (!page.error.isEmpty()) {
            LoadResult failed = LoadResult::failure(page.error);
            failed.cancelled = page.cancelled;
            return failed;
        }
        LoadOptions pageOptions = options;
        if (pageOptions.format == DocumentFormat::Auto)
            pageOptions.format = formatFromMimeType(page.contentType);
        if (pageOptions.charset.isEmpty())
            pageOptions.charset = page.charset;
        // The address after redirects names the article; a date in it is a last resort.
        const QString name = page.finalUrl.isValid() ? page.finalUrl.toString() : pathOrUrl;
        return loadDocumentFromBytes(page.body, name, pageOptions);
    }

    QString path = pathOrUrl;
    if (path.startsWith(u"file:"_s, Qt::CaseInsensitive)) {
        path = QUrl(path).toLocalFile();
    } else if (const QUrl url(pathOrUrl); url.scheme().size() > 1 && pathOrUrl.contains(u"://"_s)) {
        // One-letter schemes are Windows drive letters ("C:/..."), not addresses.
        return LoadResult::failure(u"Cannot open %1: only http and https addresses and local files are supported."_s.arg(pathOrUrl));
    }
    QByteArray bytes;
    LoadResult failed = readFile(path, options, &bytes);
    if (!failed.error.isEmpty())
        return failed;
    return loadDocumentFromBytes(bytes, path, options);
}

} // namespace chronoline
