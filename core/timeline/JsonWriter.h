#pragma once

#include <QByteArray>
#include <QStringView>

#include <concepts>
#include <cstring>
#include <string_view>
#include <vector>

namespace chronoline {

// Writes JSON text as it goes, straight from QStrings into UTF-8, with no tree
// in between: an export of tens of thousands of events, each carrying its
// sentences, spends its time building and freeing a tree otherwise.
//
// The layout is the one nlohmann::json's dump(2) gives: every member and
// element on its own line, two spaces per level, "key": value, empty containers
// as {} and []. Strings are escaped as JSON requires (quote, backslash, the
// control characters; \b \f \n \r \t by name, the others as \u00xx) and
// everything else is written as UTF-8; a lone surrogate, which has no UTF-8
// form, becomes U+FFFD. Doubles are written in their shortest form that reads
// back as the same number, non-finite ones as null (JSON has no NaN).
//
// The caller keeps the structure well formed: a key before each member's
// value, values only inside arrays or after a key, every container closed.
class JsonWriter {
public:
    JsonWriter() = default;

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    // The name of the next member; keys are the exporter's own ASCII names.
    void key(std::string_view name);
    // The same for a literal name, inline: an export writes a dozen members
    // per event, and the literal's length lets the copies be a few stores.
    template <size_t N>
    void key(const char (&name)[N])
    {
        const qsizetype width = qsizetype(m_empty.size()) * indentWidth;
        if (m_afterKey || m_empty.empty() || width + 1 > qsizetype(sizeof lineBreak))
            return key(std::string_view(name, N - 1));
        char *out = room(1 + qsizetype(sizeof lineBreak) + qsizetype(N) + 3);
        if (!m_empty.back())
            *out++ = ',';
        m_empty.back() = false;
        std::memcpy(out, lineBreak, sizeof lineBreak);   // all of it; the cursor moves by what counts
        out += 1 + width;
        *out++ = '"';
        std::memcpy(out, name, N - 1);
        out += N - 1;
        std::memcpy(out, "\": ", 3);
        m_cursor = out + 3;
        m_afterKey = true;
    }

    void value(QStringView text);
    void value(const char16_t *text) { value(QStringView(text)); }
    void value(qint64 number);
    // Any other integer (int, qsizetype) as a qint64; bool keeps its own overload.
    template <std::integral T>
        requires(!std::same_as<T, bool>)
    void value(T number) { value(qint64(number)); }
    void value(double number);
    void value(bool flag);
    void null();

    // A value that repeats output already written: the `bytes` bytes from
    // offset `from` (see written()), such as a long string written before,
    // which then costs a copy instead of a second encoding.
    void copyOf(qsizetype from, qsizetype bytes);
    // How many bytes have been written so far.
    qsizetype written() const { return m_cursor ? m_cursor - m_out.constData() : 0; }

    // Room for about `bytes` of output up front, which spares a large export
    // copying itself as it grows; the writer grows past it if need be.
    void reserve(qsizetype bytes);

    // The text so far; call once everything is closed.
    QByteArray take();

private:
    static constexpr int indentWidth = 2;
    // A line break and the indent of up to fifteen levels.
    static constexpr char lineBreak[32] = {'\n', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ',
                                           ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' '};

    void beforeValue();
    void newline(size_t depth);
    void closeWith(char bracket);
    void writeString(QStringView text);
    // Room for `bytes` more bytes at the cursor, which the caller then moves on.
    char *room(qsizetype bytes)
    {
        if (m_limit - m_cursor < bytes)
            grow(bytes);
        return m_cursor;
    }
    void grow(qsizetype bytes);
    void append(std::string_view bytes);

    // Output goes to [m_out.data(), m_cursor); the rest up to m_limit is room,
    // grown geometrically. Raw pointers keep QByteArray's checks out of the
    // per-character loops.
    QByteArray m_out;
    char *m_cursor = nullptr;
    char *m_limit = nullptr;
    std::vector<char> m_empty;  // per open container: nothing written in it yet
    bool m_afterKey = false;
};

} // namespace chronoline
