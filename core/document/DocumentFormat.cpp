#include "document/DocumentFormat.h"

namespace chronoline {

using namespace Qt::StringLiterals;

namespace {

DocumentFormat formatFromExtension(QStringView nameHint)
{
    // The extension of the last path component, ignoring a URL's query or fragment.
    qsizetype end = nameHint.size();
    for (const char16_t c : {u'?', u'#'}) {
        const qsizetype at = nameHint.indexOf(c);
        if (at >= 0)
            end = std::min(end, at);
    }
    const QStringView path = nameHint.left(end);
    const qsizetype slash = std::max(path.lastIndexOf(u'/'), path.lastIndexOf(u'\\'));
    const QStringView name = path.mid(slash + 1);
    const qsizetype dot = name.lastIndexOf(u'.');
    if (dot < 0)
        return DocumentFormat::Auto;
    const QString ext = name.mid(dot + 1).toString().toLower();
    if (ext == u"txt" || ext == u"text")
        return DocumentFormat::PlainText;
    if (ext == u"md" || ext == u"markdown" || ext == u"mdown" || ext == u"mkd")
        return DocumentFormat::Markdown;
    if (ext == u"html" || ext == u"htm" || ext == u"xhtml" || ext == u"shtml")
        return DocumentFormat::Html;
    if (ext == u"mhtml" || ext == u"mht")
        return DocumentFormat::Mhtml;
    if (ext == u"pdf")
        return DocumentFormat::Pdf;
    return DocumentFormat::Auto;
}

QByteArray leadingBytes(QByteArrayView bytes)
{
    QByteArray head = bytes.first(std::min<qsizetype>(bytes.size(), 1024)).toByteArray();
    if (head.startsWith("\xEF\xBB\xBF"))
        head.remove(0, 3);
    return head.trimmed().toLower();
}

} // namespace

QString documentFormatName(DocumentFormat format)
{
    switch (format) {
    case DocumentFormat::PlainText: return u"text"_s;
    case DocumentFormat::Markdown: return u"markdown"_s;
    case DocumentFormat::Html: return u"html"_s;
    case DocumentFormat::Mhtml: return u"mhtml"_s;
    case DocumentFormat::Pdf: return u"pdf"_s;
    case DocumentFormat::Auto: break;
    }
    return u"auto"_s;
}

DocumentFormat formatFromMimeType(QStringView mimeType)
{
    const QString type = mimeType.left(mimeType.indexOf(u';')).trimmed().toString().toLower();
    if (type == u"text/html" || type == u"application/xhtml+xml")
        return DocumentFormat::Html;
    if (type == u"application/pdf")
        return DocumentFormat::Pdf;
    if (type == u"text/markdown" || type == u"text/x-markdown")
        return DocumentFormat::Markdown;
    if (type == u"multipart/related" || type == u"message/rfc822" || type == u"application/x-mimearchive")
        return DocumentFormat::Mhtml;
    if (type == u"text/plain")
        return DocumentFormat::PlainText;
    return DocumentFormat::Auto;
}

DocumentFormat detectFormat(QByteArrayView bytes, QStringView nameHint)
{
    if (bytes.startsWith("%PDF-"))
        return DocumentFormat::Pdf;
    if (const DocumentFormat byName = formatFromExtension(nameHint); byName != DocumentFormat::Auto)
        return byName;
    const QByteArray head = leadingBytes(bytes);
    if (head.startsWith("mime-version:") || head.startsWith("from:")
        || (head.startsWith("content-type:") && head.contains("multipart/related")))
        return DocumentFormat::Mhtml;
    if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<html")
        || head.startsWith("<head") || head.startsWith("<body"))
        return DocumentFormat::Html;
    return DocumentFormat::PlainText;
}

} // namespace chronoline
