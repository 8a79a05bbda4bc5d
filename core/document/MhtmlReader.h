#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace chronoline {

// The page inside a web archive (.mhtml/.mht, as browsers save "Webpage, single file").
struct MhtmlPage {
    QByteArray html;      // decoded from quoted-printable or base64, still in `charset`
    QByteArray charset;   // from the part's Content-Type, lower-cased; may be empty
    QString location;     // the page's original address (Content-Location), if given
};

// Reads a MIME multipart/related archive and returns its first text/html part.
// Headers may be folded; the boundary may be quoted; parts may be
// quoted-printable, base64, 7bit or 8bit. Returns nothing and sets `error`
// when there is no HTML part.
std::optional<MhtmlPage> readMhtml(const QByteArray &bytes, QString *error);

// Quoted-printable (RFC 2045) decoding: "=XX" escapes and "=" soft line breaks.
QByteArray decodeQuotedPrintable(QByteArrayView encoded);

} // namespace chronoline
