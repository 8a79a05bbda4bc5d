#pragma once

#include <QByteArray>
#include <QStringView>

#include <concepts>
#include <cstring>
#include <string_view>
#include <vector>

class QIODevice;

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
//
// The text collects in memory (take() hands it over), or, given a device,
// goes to it a chunk at a time: an export of a long text is tens of
// megabytes, and a buffer the size of a chunk, written again and again, stays
// in cache where the whole text would be fresh memory page after page.
class JsonWriter {
public:
    JsonWriter() = default;
    // Writes to `device` at each flushPoint() once a chunk has collected, and
    // at finish().
    explicit JsonWriter(QIODevice *device) : m_device(device) {}

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
    // which then costs a copy instead of a second encoding. The bytes must
    // have been written since the last flushPoint().
    void copyOf(qsizetype from, qsizetype bytes);
    // How many bytes have been written so far.
    qsizetype written() const { return m_flushed + (m_cursor ? m_cursor - m_out.constData() : 0); }

    // With a device: a place where the output so far may go to it, which it
    // does once a chunk has collected. The caller chooses these places (between
    // the elements of a long array) so that no copyOf() reaches back past one.
    void flushPoint()
    {
        if (m_device && m_cursor - m_out.constData() >= chunkBytes)
            flush();
    }
    // A writer, in memory, for elements that go on an array that another
    // writer has open, at nesting depth `depth` (the array included), and has
    // written elements in already: what it writes, pasted there with
    // elements(), reads as if that writer had gone on. This is how two
    // threads write one long array at once.
    static JsonWriter continuing(int depth);
    // Pastes the output of a continuing() writer (take()) into the array open
    // here, which must have an element already.
    void elements(QByteArrayView made);

    // With a device: writes what is left; call once everything is closed.
    // False if the device refused any of the output (a full disk, a closed file).
    bool finish();

    // Room for about `bytes` of output up front, which spares a large export
    // copying itself as it grows; the writer grows past it if need be.
    void reserve(qsizetype bytes);

    // The text so far; call once everything is closed.
    QByteArray take();

private:
    static constexpr int indentWidth = 2;
    static constexpr qsizetype chunkBytes = 256 * 1024;
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
    void flush();

    // Output goes to [m_out.data(), m_cursor); the rest up to m_limit is room,
    // grown geometrically. Raw pointers keep QByteArray's checks out of the
    // per-character loops.
    QByteArray m_out;
    char *m_cursor = nullptr;
    char *m_limit = nullptr;
    QIODevice *m_device = nullptr;
    qsizetype m_flushed = 0;    // bytes already handed to the device
    bool m_failed = false;      // the device refused a write
    std::vector<char> m_empty;  // per open container: nothing written in it yet
    bool m_afterKey = false;
};

} // namespace chronoline
