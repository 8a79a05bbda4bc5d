#pragma once

#include <QString>
#include <QStringView>

#include <algorithm>
#include <cstring>
#include <memory>

namespace chronoline {

// A short string under construction on the stack: a TIMEX3 value ("2023-03-21", "P2Y6M") or an
// id ("t42"), which becomes a QString with one allocation at the end. Appending to a QString
// piece by piece costs a call, a detach check and now and then a reallocation per piece; with
// one value and one id per expression that cost as much as the rest of resolution. Values are
// short, so the buffer is a fixed array; a longer text (a long word from the language data)
// moves it to the heap.
class ValueText {
public:
    ValueText() = default;
    ValueText(const ValueText &) = delete;
    ValueText &operator=(const ValueText &) = delete;

    void append(char16_t c)
    {
        reserveMore(1);
        m_data[m_size++] = c;
    }
    void append(QStringView s)
    {
        reserveMore(s.size());
        std::memcpy(m_data + m_size, s.utf16(), size_t(s.size()) * sizeof(char16_t));
        m_size += s.size();
    }
    // An ASCII literal: append("XXXX").
    template <qsizetype N>
    void append(const char (&ascii)[N])
    {
        reserveMore(N - 1);
        for (qsizetype i = 0; i + 1 < N; ++i)
            m_data[m_size++] = char16_t(ascii[i]);
    }
    // `v` in decimal with at least `width` digits, zero padded after any minus sign ("-0044").
    // (Inlined, the common case only: a call cost as much as the digits.)
    __attribute__((always_inline)) void appendNumber(qint64 v, int width = 1)
    {
        // Months, days, hours and years, nearly every number in a value: at most four digits,
        // with 32-bit arithmetic.
        if (v >= 0 && v < 10000 && width <= 4) [[likely]] {
            const unsigned u = unsigned(v);
            const int n = std::max(width, u >= 1000 ? 4 : u >= 100 ? 3 : u >= 10 ? 2 : 1);
            reserveMore(4);
            char16_t *d = m_data + m_size;
            switch (n) {
            case 4: *d++ = char16_t(u'0' + u / 1000); [[fallthrough]];
            case 3: *d++ = char16_t(u'0' + u / 100 % 10); [[fallthrough]];
            case 2: *d++ = char16_t(u'0' + u / 10 % 10); [[fallthrough]];
            default: *d++ = char16_t(u'0' + u % 10);
            }
            m_size += n;
            return;
        }
        appendAnyNumber(v, width);
    }

private:
    __attribute__((noinline)) void appendAnyNumber(qint64 v, int width)
    {
        const bool negative = v < 0;
        quint64 u = negative ? 0u - quint64(v) : quint64(v);
        int digits = 1;
        for (quint64 rest = u / 10; rest > 0; rest /= 10)
            ++digits;
        const int n = std::max(digits, width);
        reserveMore(n + 1);
        if (negative)
            m_data[m_size++] = u'-';
        // written back to front: the padding zeros are what is left when u runs out
        char16_t *d = m_data + m_size + n;
        for (int i = 0; i < n; ++i) {
            *--d = char16_t(u'0' + u % 10);
            u /= 10;
        }
        m_size += n;
    }

public:
    bool isEmpty() const { return m_size == 0; }
    qsizetype size() const { return m_size; }
    void clear() { m_size = 0; }
    QStringView view() const { return QStringView(m_data, m_size); }
    QString toString() const { return view().toString(); }

private:
    void reserveMore(qsizetype n)
    {
        if (m_size + n > m_capacity)
            grow(m_size + n);
    }
    void grow(qsizetype needed)
    {
        const qsizetype capacity = std::max(needed, 2 * m_capacity);
        auto bigger = std::make_unique<char16_t[]>(size_t(capacity));
        std::memcpy(bigger.get(), m_data, size_t(m_size) * sizeof(char16_t));
        m_heap = std::move(bigger);
        m_data = m_heap.get();
        m_capacity = capacity;
    }

    static constexpr qsizetype inlineCapacity = 48;
    char16_t m_inline[inlineCapacity];
    char16_t *m_data = m_inline;
    qsizetype m_size = 0;
    qsizetype m_capacity = inlineCapacity;
    std::unique_ptr<char16_t[]> m_heap;
};

} // namespace chronoline
