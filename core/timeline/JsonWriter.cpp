#include "timeline/JsonWriter.h"


#include <QChar>
#include <QIODevice>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <utility>

namespace chronoline {

namespace {

// The shortest decimal digits that read back as `number`, laid out as
// nlohmann::json lays them out, so that a value reads the same as before the
// writer existed: plain notation for decimal exponents from -4 to 14, always
// with a fractional part ("1.0"), else d.ddde+XX with at least two exponent digits.
char *writeDouble(char *out, double number)
{
    // Thousandths (every salience an export writes, a value rounded to three
    // decimals) without the general conversion: k / 1000 is the only decimal
    // of at most 15 digits that reads back as that double, so its digits, with
    // trailing zeros dropped, are the shortest form; laid out in plain notation
    // as below ("0.05", "1.0", "12.375").
    if (number > -1e9 && number < 1e9 && !std::signbit(number)) {
        const long long thousandths = std::llround(number * 1000.0);
        if (double(thousandths) / 1000.0 == number) {
            out = std::to_chars(out, out + 16, thousandths / 1000).ptr;
            *out++ = '.';
            int fraction = int(thousandths % 1000);
            if (fraction == 0) {
                *out++ = '0';
                return out;
            }
            int digits = 3;
            while (fraction % 10 == 0) {
                fraction /= 10;
                --digits;
            }
            for (int d = digits - 1; d >= 0; --d) {
                out[d] = char('0' + fraction % 10);
                fraction /= 10;
            }
            return out + digits;
        }
    }
    char sci[32];
    const auto [end, ec] = std::to_chars(sci, sci + sizeof sci, number, std::chars_format::scientific);
    (void)ec;   // 32 bytes always hold a double
    const char *p = sci;
    if (*p == '-')
        *out++ = *p++;
    char digits[24];
    int count = 0;
    for (; *p != 'e'; ++p) {
        if (*p != '.')
            digits[count++] = *p;
    }
    int exponent = 0;
    std::from_chars(p + 1 + (p[1] == '+'), end, exponent);
    const int point = exponent + 1;   // where the decimal point goes, counted in digits
    if (count <= point && point <= 15) {
        std::memcpy(out, digits, size_t(count));
        out += count;
        std::memset(out, '0', size_t(point - count));
        out += point - count;
        std::memcpy(out, ".0", 2);
        return out + 2;
    }
    if (point > 0 && point <= 15) {
        std::memcpy(out, digits, size_t(point));
        out += point;
        *out++ = '.';
        std::memcpy(out, digits + point, size_t(count - point));
        return out + (count - point);
    }
    if (point > -4 && point <= 0) {
        std::memcpy(out, "0.", 2);
        out += 2;
        std::memset(out, '0', size_t(-point));
        out += -point;
        std::memcpy(out, digits, size_t(count));
        return out + count;
    }
    *out++ = digits[0];
    if (count > 1) {
        *out++ = '.';
        std::memcpy(out, digits + 1, size_t(count - 1));
        out += count - 1;
    }
    *out++ = 'e';
    *out++ = exponent < 0 ? '-' : '+';
    const int magnitude = std::abs(exponent);
    if (magnitude < 10)
        *out++ = '0';
    return std::to_chars(out, out + 4, magnitude).ptr;
}

// Copies the run of units at `u` that go out as they are (printable ASCII
// other than quote and backslash), eight at a time: most of an export is
// sentence text, and most of that is such runs.
inline void copyPlainRun(const char16_t *&u, const char16_t *end, char *&out)
{
#if defined(__SSE2__)
    const __m128i highBits = _mm_set1_epi16(qint16(0xFF80));
    const __m128i firstPrintable = _mm_set1_epi16(0x20);
    const __m128i quote = _mm_set1_epi16(u'"');
    const __m128i backslash = _mm_set1_epi16(u'\\');
    const __m128i zero = _mm_setzero_si128();
    while (end - u >= 8) {
        const __m128i units = _mm_loadu_si128(reinterpret_cast<const __m128i *>(u));
        const __m128i ascii = _mm_cmpeq_epi16(_mm_and_si128(units, highBits), zero);
        // Signed comparison: fine, since units at 0x8000 and above already fail `ascii`.
        const __m128i special = _mm_or_si128(_mm_cmplt_epi16(units, firstPrintable),
                                             _mm_or_si128(_mm_cmpeq_epi16(units, quote),
                                                          _mm_cmpeq_epi16(units, backslash)));
        if (_mm_movemask_epi8(_mm_andnot_si128(special, ascii)) != 0xFFFF)
            return;
        _mm_storel_epi64(reinterpret_cast<__m128i *>(out), _mm_packus_epi16(units, units));
        u += 8;
        out += 8;
    }
#else
    (void)u;
    (void)end;
    (void)out;
#endif
}

} // namespace

void JsonWriter::grow(qsizetype bytes)
{
    const qsizetype used = m_cursor ? m_cursor - m_out.data() : 0;
    m_out.resize(std::max(2 * m_out.size(), used + bytes + 4096));
    m_cursor = m_out.data() + used;
    m_limit = m_out.data() + m_out.size();
}

void JsonWriter::reserve(qsizetype bytes)
{
    if (m_limit - m_cursor < bytes)
        grow(bytes);
}

void JsonWriter::append(std::string_view bytes)
{
    char *out = room(qsizetype(bytes.size()));
    std::memcpy(out, bytes.data(), bytes.size());
    m_cursor = out + bytes.size();
}

void JsonWriter::newline(size_t depth)
{
    const qsizetype width = qsizetype(depth) * indentWidth;
    if (width < qsizetype(sizeof lineBreak)) {
        // A fixed-size copy is a couple of stores; the cursor moves by what counts.
        char *out = room(qsizetype(sizeof lineBreak));
        std::memcpy(out, lineBreak, sizeof lineBreak);
        m_cursor = out + 1 + width;
        return;
    }
    char *out = room(1 + width);
    *out++ = '\n';
    std::memset(out, ' ', size_t(width));
    m_cursor = out + width;
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_empty.empty())
        return;   // the top-level value
    if (!m_empty.back())
        append(",");
    m_empty.back() = false;
    newline(m_empty.size());
}

void JsonWriter::key(std::string_view name)
{
    if (m_afterKey || m_empty.empty()) {
        // Not where a member goes; beforeValue() keeps the writer's usual state.
        beforeValue();
        append("\"");
        append(name);
        append("\": ");
        m_afterKey = true;
        return;
    }
    // The comma, the line break, the indent and the key in one reservation:
    // an export writes a dozen keys per event, and each went through four
    // appends, each checking for room.
    const qsizetype width = qsizetype(m_empty.size()) * indentWidth;
    char *out = room(2 + width + qsizetype(name.size()) + 4);
    if (!m_empty.back())
        *out++ = ',';
    m_empty.back() = false;
    *out++ = '\n';
    std::memset(out, ' ', size_t(width));
    out += width;
    *out++ = '"';
    std::memcpy(out, name.data(), name.size());
    out += name.size();
    std::memcpy(out, "\": ", 3);
    m_cursor = out + 3;
    m_afterKey = true;
}

void JsonWriter::beginObject()
{
    beforeValue();
    append("{");
    m_empty.push_back(true);
}

void JsonWriter::beginArray()
{
    beforeValue();
    append("[");
    m_empty.push_back(true);
}

void JsonWriter::closeWith(char bracket)
{
    const bool empty = m_empty.back();
    m_empty.pop_back();
    if (!empty)
        newline(m_empty.size());
    append(std::string_view(&bracket, 1));
}

void JsonWriter::endObject() { closeWith('}'); }
void JsonWriter::endArray() { closeWith(']'); }

void JsonWriter::value(QStringView text)
{
    beforeValue();
    writeString(text);
}

void JsonWriter::copyOf(qsizetype from, qsizetype bytes)
{
    beforeValue();
    char *out = room(bytes);   // may move the buffer: read from it only after
    std::memcpy(out, m_out.constData() + (from - m_flushed), size_t(bytes));
    m_cursor = out + bytes;
}

void JsonWriter::value(qint64 number)
{
    beforeValue();
    char *out = room(24);
    m_cursor = std::to_chars(out, out + 24, number).ptr;
}

void JsonWriter::value(double number)
{
    if (!std::isfinite(number))
        return null();
    beforeValue();
    m_cursor = writeDouble(room(40), number);
}

void JsonWriter::value(bool flag)
{
    beforeValue();
    append(flag ? "true" : "false");
}

void JsonWriter::null()
{
    beforeValue();
    append("null");
}

void JsonWriter::writeString(QStringView text)
{
    // At most six bytes per UTF-16 unit (\u00xx); a character outside ASCII
    // takes at most three per unit.
    char *out = room(6 * text.size() + 2);
    *out++ = '"';
    const char16_t *u = text.utf16();
    const char16_t *const end = u + text.size();
    static constexpr char hex[] = "0123456789abcdef";
    while (u < end) {
        copyPlainRun(u, end, out);
        if (u == end)
            break;
        const char16_t c = *u++;
        if (c < 0x80) {
            if (c >= 0x20 && c != u'"' && c != u'\\') {
                *out++ = char(c);
                continue;
            }
            *out++ = '\\';
            switch (c) {
            case u'"': *out++ = '"'; break;
            case u'\\': *out++ = '\\'; break;
            case u'\b': *out++ = 'b'; break;
            case u'\f': *out++ = 'f'; break;
            case u'\n': *out++ = 'n'; break;
            case u'\r': *out++ = 'r'; break;
            case u'\t': *out++ = 't'; break;
            default:
                std::memcpy(out, "u00", 3);
                out[3] = hex[c >> 4];
                out[4] = hex[c & 0xF];
                out += 5;
                break;
            }
        } else if (c < 0x800) {
            *out++ = char(0xC0 | (c >> 6));
            *out++ = char(0x80 | (c & 0x3F));
        } else if (QChar::isHighSurrogate(c) && u < end && QChar::isLowSurrogate(*u)) {
            const char32_t cp = QChar::surrogateToUcs4(c, *u++);
            *out++ = char(0xF0 | (cp >> 18));
            *out++ = char(0x80 | ((cp >> 12) & 0x3F));
            *out++ = char(0x80 | ((cp >> 6) & 0x3F));
            *out++ = char(0x80 | (cp & 0x3F));
        } else {
            const char16_t unit = QChar::isSurrogate(c) ? char16_t(0xFFFD) : c;
            *out++ = char(0xE0 | (unit >> 12));
            *out++ = char(0x80 | ((unit >> 6) & 0x3F));
            *out++ = char(0x80 | (unit & 0x3F));
        }
    }
    *out++ = '"';
    m_cursor = out;
}

JsonWriter JsonWriter::continuing(int depth)
{
    JsonWriter w;
    w.m_empty.assign(size_t(depth), false);
    return w;
}

void JsonWriter::elements(QByteArrayView made)
{
    Q_ASSERT(!m_empty.empty() && !m_empty.back() && !m_afterKey);
    if (made.isEmpty())
        return;
    if (m_device && made.size() >= chunkBytes) {
        // Straight to the device: the pasted part is long, and copying it into
        // the chunk buffer first would only move it twice.
        flush();
        if (!m_failed && m_device->write(made.data(), made.size()) != made.size())
            m_failed = true;
        m_flushed += made.size();
        return;
    }
    append(std::string_view(made.data(), size_t(made.size())));
}

void JsonWriter::flush()
{
    const qsizetype used = m_cursor ? m_cursor - m_out.data() : 0;
    if (!m_failed && used > 0 && m_device->write(m_out.constData(), used) != used)
        m_failed = true;
    m_flushed += used;
    m_cursor = m_out.data();
}

bool JsonWriter::finish()
{
    if (m_device)
        flush();
    return !m_failed;
}

QByteArray JsonWriter::take()
{
    m_out.truncate(m_cursor ? m_cursor - m_out.data() : 0);
    m_cursor = m_limit = nullptr;
    m_empty.clear();
    m_afterKey = false;
    return std::exchange(m_out, QByteArray());
}

} // namespace chronoline
