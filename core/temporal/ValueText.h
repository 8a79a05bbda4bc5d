#pragma once

#include <QString>
#include <QStringView>
#include <QVarLengthArray>

namespace chronoline {

// A short string under construction on the stack: a TIMEX3 value ("2023-03-21", "P2Y6M") or an
// id ("t42"), which becomes a QString with one allocation at the end. Appending to a QString
// piece by piece costs a call, a detach check and now and then a reallocation per piece; with
// one value and one id per expression that cost as much as the rest of resolution.
class ValueText {
public:
    void append(char16_t c) { m_chars.append(c); }
    void append(QStringView s) { m_chars.append(s.utf16(), s.size()); }
    // An ASCII literal: append("XXXX").
    template <qsizetype N>
    void append(const char (&ascii)[N])
    {
        for (qsizetype i = 0; i + 1 < N; ++i)
            m_chars.append(char16_t(ascii[i]));
    }
    // `v` in decimal with at least `width` digits, zero padded after any minus sign ("-0044").
    void appendNumber(qint64 v, int width = 1)
    {
        char16_t digits[24];
        int at = 24;
        const bool negative = v < 0;
        quint64 u = negative ? 0u - quint64(v) : quint64(v);
        do {
            digits[--at] = char16_t(u'0' + u % 10);
            u /= 10;
        } while (u > 0);
        for (int n = 24 - at; n < width && at > 1; ++n)
            digits[--at] = u'0';
        if (negative)
            digits[--at] = u'-';
        m_chars.append(digits + at, 24 - at);
    }

    bool isEmpty() const { return m_chars.isEmpty(); }
    qsizetype size() const { return m_chars.size(); }
    void clear() { m_chars.clear(); }
    QStringView view() const { return QStringView(m_chars.constData(), m_chars.size()); }
    QString toString() const { return view().toString(); }

private:
    QVarLengthArray<char16_t, 48> m_chars;
};

} // namespace chronoline
