#include "document/TextDecoder.h"

#include <QStringDecoder>

#include <array>

namespace chronoline {

using namespace Qt::StringLiterals;

namespace {

// windows-1252 bytes 0x80-0x9F; the rest of the code page is Latin-1. Used when
// Qt was built without ICU and cannot decode the code page by name.
constexpr std::array<char16_t, 32> kCp1252High{
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

QString decodeWindows1252(QByteArrayView bytes)
{
    QStringDecoder decoder("windows-1252");
    if (decoder.isValid())
        return decoder.decode(bytes);
    QString out(bytes.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        out[i] = (b >= 0x80 && b < 0xA0) ? QChar(kCp1252High[b - 0x80]) : QChar(char16_t(b));
    }
    return out;
}

std::optional<QString> decodeStrict(QByteArrayView bytes, QStringConverter::Encoding encoding)
{
    QStringDecoder decoder(encoding);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

struct Bom {
    QByteArrayView mark;
    QStringConverter::Encoding encoding;
    QStringView name;
};

// UTF-32 LE before UTF-16 LE: FF FE 00 00 starts with FF FE.
const std::array<Bom, 5> kBoms{{
    {"\xEF\xBB\xBF", QStringConverter::Utf8, u"UTF-8"},
    {QByteArrayView("\xFF\xFE\x00\x00", 4), QStringConverter::Utf32LE, u"UTF-32LE"},
    {QByteArrayView("\x00\x00\xFE\xFF", 4), QStringConverter::Utf32BE, u"UTF-32BE"},
    {"\xFF\xFE", QStringConverter::Utf16LE, u"UTF-16LE"},
    {"\xFE\xFF", QStringConverter::Utf16BE, u"UTF-16BE"},
}};

// UTF-16 text in a Latin script has a zero in every other byte.
std::optional<Bom> sniffUtf16(QByteArrayView bytes)
{
    const qsizetype n = std::min<qsizetype>(bytes.size(), 4096) & ~qsizetype(1);
    if (n < 4)
        return std::nullopt;
    qsizetype evenZeros = 0, oddZeros = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenZeros += bytes[i] == 0;
        oddZeros += bytes[i + 1] == 0;
    }
    const qsizetype pairs = n / 2;
    if (oddZeros * 10 >= pairs * 7 && evenZeros * 10 <= pairs)
        return Bom{{}, QStringConverter::Utf16LE, u"UTF-16LE"};
    if (evenZeros * 10 >= pairs * 7 && oddZeros * 10 <= pairs)
        return Bom{{}, QStringConverter::Utf16BE, u"UTF-16BE"};
    return std::nullopt;
}

// Length of the valid UTF-8 sequence at `i`, or 0 if the byte there starts none.
int utf8SequenceLength(QByteArrayView bytes, qsizetype i)
{
    const auto at = [&](qsizetype k) { return static_cast<unsigned char>(bytes[k]); };
    const unsigned char b = at(i);
    if (b < 0x80)
        return 1;
    int length = 0;
    unsigned char lo = 0x80, hi = 0xBF; // allowed range of the second byte
    if (b >= 0xC2 && b <= 0xDF) {
        length = 2;
    } else if (b >= 0xE0 && b <= 0xEF) {
        length = 3;
        lo = b == 0xE0 ? 0xA0 : 0x80; // no overlong forms
        hi = b == 0xED ? 0x9F : 0xBF; // no surrogates
    } else if (b >= 0xF0 && b <= 0xF4) {
        length = 4;
        lo = b == 0xF0 ? 0x90 : 0x80;
        hi = b == 0xF4 ? 0x8F : 0xBF;
    } else {
        return 0;
    }
    if (i + length > bytes.size() || at(i + 1) < lo || at(i + 1) > hi)
        return 0;
    for (int k = 2; k < length; ++k) {
        if (at(i + k) < 0x80 || at(i + k) > 0xBF)
            return 0;
    }
    return length;
}

// A UTF-8 file with a few stray single-byte characters (pasted from an older
// file) keeps its UTF-8 and has only the strays read as windows-1252.
std::optional<QString> decodeMixedUtf8(QByteArrayView bytes)
{
    qsizetype multiByte = 0, invalid = 0;
    for (qsizetype i = 0; i < bytes.size();) {
        const int length = utf8SequenceLength(bytes, i);
        multiByte += length > 1;
        invalid += length == 0;
        i += std::max(length, 1);
    }
    if (invalid == 0 || multiByte <= invalid)
        return std::nullopt;
    QString out;
    out.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size();) {
        const int length = utf8SequenceLength(bytes, i);
        if (length == 0) {
            out += decodeWindows1252(bytes.sliced(i, 1));
            ++i;
        } else {
            out += QString::fromUtf8(bytes.sliced(i, length));
            i += length;
        }
    }
    return out;
}

bool isControl(char16_t c)
{
    return (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r' && c != u'\f' && c != 0x0B)
        || (c >= 0x7F && c < 0xA0);
}

QString checkDecoded(const QString &text)
{
    const qsizetype n = std::min<qsizetype>(text.size(), 65536);
    qsizetype controls = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text[i].unicode();
        if (c == 0)
            return u"it contains NUL characters"_s;
        controls += isControl(c);
    }
    if (n > 0 && controls * 20 > n)
        return u"most of it is control characters"_s;
    return {};
}

DecodedText finish(QString text, QStringView encoding)
{
    DecodedText out;
    const QString problem = checkDecoded(text);
    if (!problem.isEmpty()) {
        out.error = u"This looks like a binary file, not text: "_s + problem + u'.';
        return out;
    }
    out.text = std::move(text);
    out.encoding = encoding.toString();
    return out;
}

} // namespace

bool looksBinary(QByteArrayView bytes)
{
    const qsizetype n = std::min<qsizetype>(bytes.size(), 65536);
    qsizetype controls = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        if (b == 0)
            return true;
        controls += b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x0B
                    && b != 0x1B;
    }
    return n > 0 && controls * 20 > n;
}

DecodedText decodeText(QByteArrayView bytes, QByteArrayView declaredCharset)
{
    for (const Bom &bom : kBoms) {
        if (bytes.startsWith(bom.mark)) {
            QStringDecoder decoder(bom.encoding); // drops the mark itself
            return finish(decoder.decode(bytes), bom.name);
        }
    }
    if (const auto utf16 = sniffUtf16(bytes)) {
        QStringDecoder decoder(utf16->encoding);
        return finish(decoder.decode(bytes), utf16->name);
    }
    if (looksBinary(bytes)) {
        DecodedText out;
        out.error = bytes.contains('\0')
            ? u"This looks like a binary file, not text: it contains NUL bytes."_s
            : u"This looks like a binary file, not text: most of it is control characters."_s;
        return out;
    }

    const QByteArray declared = declaredCharset.toByteArray().trimmed().toLower();
    const bool declaredUtf8 = declared == "utf-8" || declared == "utf8";
    const bool declaredLatin = declared == "iso-8859-1" || declared == "latin1"
        || declared == "latin-1" || declared == "us-ascii" || declared == "ascii"
        || declared == "windows-1252" || declared == "cp1252";
    if (!declared.isEmpty() && !declaredUtf8 && !declaredLatin) {
        QStringDecoder decoder(declared.constData());
        if (decoder.isValid()) {
            QString text = decoder.decode(bytes);
            if (!decoder.hasError())
                return finish(std::move(text), QString::fromLatin1(declared));
        }
    }
    // A declared single-byte charset wins over the UTF-8 test only where the
    // bytes could not be UTF-8 anyway, so a wrong declaration cannot garble text.
    if (auto utf8 = decodeStrict(bytes, QStringConverter::Utf8))
        return finish(std::move(*utf8), u"UTF-8");
    if (auto mixed = decodeMixedUtf8(bytes))
        return finish(std::move(*mixed), u"UTF-8 with windows-1252 bytes");
    return finish(decodeWindows1252(bytes), u"windows-1252");
}

QString normalizeLineBreaks(QString text)
{
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    // Most texts have no carriage return, and a search for one is far cheaper
    // than the replace, which goes through the whole text looking for "\r\n".
    if (!text.contains(u'\r'))
        return text;
    text.replace(u"\r\n"_s, u"\n"_s);
    text.replace(u'\r', u'\n');
    return text;
}

} // namespace chronoline
