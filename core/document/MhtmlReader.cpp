#include "document/MhtmlReader.h"

#include <QList>

namespace chronoline {

using namespace Qt::StringLiterals;

namespace {

struct Header {
    QByteArray name;  // lower-case
    QByteArray value;
};

struct Part {
    QList<Header> headers;
    QByteArray body;

    QByteArray header(QByteArrayView name) const
    {
        for (const Header &h : headers) {
            if (h.name == name)
                return h.value;
        }
        return {};
    }
};

// Splits `block` into its header section and body at the first empty line.
Part parsePart(QByteArrayView block)
{
    Part part;
    qsizetype pos = 0;
    QByteArray current;
    auto commit = [&] {
        const qsizetype colon = current.indexOf(':');
        if (colon > 0)
            part.headers.append({current.left(colon).trimmed().toLower(), current.mid(colon + 1).trimmed()});
        current.clear();
    };
    while (pos < block.size()) {
        qsizetype eol = block.indexOf('\n', pos);
        if (eol < 0)
            eol = block.size();
        QByteArrayView line = block.sliced(pos, eol - pos);
        if (line.endsWith('\r'))
            line.chop(1);
        pos = eol + 1;
        if (line.isEmpty())
            break;
        if ((line.front() == ' ' || line.front() == '\t') && !current.isEmpty()) {
            current += ' ' + line.trimmed().toByteArray(); // a folded header continues
            continue;
        }
        commit();
        current = line.toByteArray();
    }
    commit();
    part.body = block.sliced(std::min(pos, block.size())).toByteArray();
    return part;
}

// The value of `param` in a header such as `multipart/related; boundary="----abc"`.
QByteArray headerParameter(const QByteArray &value, QByteArrayView param)
{
    const QList<QByteArray> pieces = value.split(';');
    for (qsizetype i = 1; i < pieces.size(); ++i) {
        const QByteArray piece = pieces[i].trimmed();
        const qsizetype eq = piece.indexOf('=');
        if (eq < 0 || piece.left(eq).trimmed().toLower() != param)
            continue;
        QByteArray v = piece.mid(eq + 1).trimmed();
        if (v.size() >= 2 && v.front() == '"' && v.back() == '"')
            v = v.mid(1, v.size() - 2);
        return v;
    }
    return {};
}

QByteArray mimeType(const QByteArray &contentType)
{
    const qsizetype semi = contentType.indexOf(';');
    return (semi < 0 ? contentType : contentType.left(semi)).trimmed().toLower();
}

QByteArray decodeBody(const Part &part)
{
    const QByteArray encoding = part.header("content-transfer-encoding").trimmed().toLower();
    if (encoding == "quoted-printable")
        return decodeQuotedPrintable(part.body);
    if (encoding == "base64")
        return QByteArray::fromBase64(part.body);
    return part.body;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

} // namespace

QByteArray decodeQuotedPrintable(QByteArrayView encoded)
{
    QByteArray out;
    out.reserve(encoded.size());
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char c = encoded[i];
        if (c != '=') {
            out += c;
            continue;
        }
        if (i + 1 < encoded.size() && encoded[i + 1] == '\n') { // soft line break
            i += 1;
            continue;
        }
        if (i + 2 < encoded.size() && encoded[i + 1] == '\r' && encoded[i + 2] == '\n') {
            i += 2;
            continue;
        }
        if (i + 2 < encoded.size()) {
            const int hi = hexValue(encoded[i + 1]);
            const int lo = hexValue(encoded[i + 2]);
            if (hi >= 0 && lo >= 0) {
                out += char(hi * 16 + lo);
                i += 2;
                continue;
            }
        }
        out += c; // a stray "=" is kept, as RFC 2045 advises
    }
    return out;
}

std::optional<MhtmlPage> readMhtml(const QByteArray &bytes, QString *error)
{
    const Part top = parsePart(bytes);
    const QByteArray contentType = top.header("content-type");
    const QByteArray location = top.header("snapshot-content-location").isEmpty()
        ? top.header("content-location")
        : top.header("snapshot-content-location");

    QList<Part> parts;
    if (mimeType(contentType).startsWith("multipart/")) {
        const QByteArray boundary = headerParameter(contentType, "boundary");
        if (boundary.isEmpty()) {
            *error = u"The web archive names no MIME boundary, so its parts cannot be found."_s;
            return std::nullopt;
        }
        const QByteArray delimiter = "--" + boundary;
        qsizetype pos = top.body.indexOf(delimiter);
        while (pos >= 0) {
            pos += delimiter.size();
            if (top.body.mid(pos, 2) == "--")
                break; // the closing delimiter
            const qsizetype next = top.body.indexOf(delimiter, pos);
            QByteArrayView block = QByteArrayView(top.body).sliced(pos, (next < 0 ? top.body.size() : next) - pos);
            // The delimiter line ends in CRLF or LF; so does the part before the next one.
            while (!block.isEmpty() && (block.front() == '\r' || block.front() == '\n' || block.front() == ' '))
                block = block.sliced(1);
            parts.append(parsePart(block));
            pos = next;
        }
    } else {
        parts.append(top);
    }

    for (const Part &part : parts) {
        if (mimeType(part.header("content-type")) != "text/html")
            continue;
        MhtmlPage page;
        page.html = decodeBody(part);
        page.charset = headerParameter(part.header("content-type"), "charset").toLower();
        const QByteArray partLocation = part.header("content-location");
        page.location = QString::fromUtf8(partLocation.isEmpty() ? location : partLocation);
        return page;
    }
    *error = u"The web archive holds no HTML page."_s;
    return std::nullopt;
}

} // namespace chronoline
