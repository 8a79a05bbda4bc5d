#pragma once

#include <QByteArrayView>
#include <QString>

namespace chronoline {

// Text decoded from bytes whose encoding nobody told us for sure.
struct DecodedText {
    QString text;
    QString encoding; // "UTF-8", "UTF-16LE", "windows-1252", ... as detected
    QString error;    // set when the bytes are not text at all
};

// Decodes `bytes`, in this order of evidence:
//  1. a byte order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE);
//  2. UTF-16 without a mark, recognised by its zero bytes in alternate positions;
//  3. `declaredCharset` (HTTP header, <meta charset>, MIME part), when the decoder knows it,
//     with ISO-8859-1 and ASCII read as windows-1252 as browsers do;
//  4. UTF-8 if the bytes are valid UTF-8;
//  5. UTF-8 with a few stray single-byte characters (text pasted together from
//     two files): the UTF-8 sequences as UTF-8, each stray byte as windows-1252;
//  6. windows-1252, a superset of Latin-1 for everything printable.
// No byte is ever dropped or replaced by U+FFFD, and valid UTF-8 is never read
// as a single-byte code page, so "café" never turns into "cafÃ©" nor "caf�".
// Bytes with NUL bytes or mostly control characters are refused as binary.
DecodedText decodeText(QByteArrayView bytes, QByteArrayView declaredCharset = {});

// True for bytes that are clearly not text: NUL bytes outside UTF-16/32, or more
// than a few percent of control characters other than tab, newline and form feed.
bool looksBinary(QByteArrayView bytes);

// CR LF and lone CR become LF, and a leading U+FEFF is dropped, so that every
// loader hands on text with one kind of line break.
QString normalizeLineBreaks(QString text);

} // namespace chronoline
