#include "text/WordSet.h"

#include <QFile>
#include <QtDebug>

#include <array>

namespace chronoline {

namespace {

// Lower-cases one UTF-16 unit at a time. Both the stored words and the looked
// up text go through this same function, so that they always agree (full
// Unicode case mapping could change the length, which a fixed buffer cannot
// take and which no abbreviation needs).
inline char16_t fold(char16_t c)
{
    if (c < 0x80)
        return (c >= u'A' && c <= u'Z') ? char16_t(c | 0x20) : c;
    return char16_t(QChar::toLower(char32_t(c)));
}

QString folded(QStringView word)
{
    QString out(word.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < word.size(); ++i)
        out[i] = QChar(fold(word[i].unicode()));
    return out;
}

// A folded unit's bit in WordSet's first- and last-unit masks: its low six bits
// for ASCII, so that letters, digits and the full stop stay apart (units that
// share a bit only let more words through to the set), one bit for all others.
inline int unitBit(char16_t folded) { return folded < 0x80 ? folded & 63 : 63; }

// Words longer than this are looked up through a heap copy; no list entry is
// anywhere near it, so in practice every lookup stays on the stack.
constexpr qsizetype kStackWord = 64;

} // namespace

WordSet::WordSet(const QSet<QString> &words)
{
    m_words.reserve(words.size());
    for (const QString &word : words) {
        if (word.isEmpty())
            continue;
        const QString key = folded(word);
        m_words.insert(key);
        m_maxLength = std::max(m_maxLength, word.size());
        if (key.size() < filteredLengths) {
            m_firstUnits[key.size()] |= quint64(1) << unitBit(key.front().unicode());
            m_lastUnits[key.size()] |= quint64(1) << unitBit(key.back().unicode());
        }
    }
}

bool WordSet::contains(QStringView word) const
{
    if (word.isEmpty() || word.size() > m_maxLength)
        return false;
    if (word.size() < filteredLengths
        && (!(m_firstUnits[word.size()] >> unitBit(fold(word.front().unicode())) & 1)
            || !(m_lastUnits[word.size()] >> unitBit(fold(word.back().unicode())) & 1)))
        return false;
    if (word.size() > kStackWord)
        return m_words.contains(folded(word));
    std::array<char16_t, kStackWord> buffer;
    for (qsizetype i = 0; i < word.size(); ++i)
        buffer[size_t(i)] = fold(word[i].unicode());
    // fromRawData wraps the stack buffer without copying it.
    return m_words.contains(
            QString::fromRawData(reinterpret_cast<const QChar *>(buffer.data()), word.size()));
}

QSet<QString> WordSet::readList(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("chronoline: cannot read word list %s: %s", qPrintable(path),
                 qPrintable(file.errorString()));
        return {};
    }
    QSet<QString> words;
    const QString text = QString::fromUtf8(file.readAll());
    for (QStringView line : QStringView(text).split(u'\n')) {
        const qsizetype hash = line.indexOf(u'#');
        if (hash >= 0)
            line = line.left(hash);
        line = line.trimmed();
        if (!line.isEmpty())
            words.insert(line.toString());
    }
    return words;
}

} // namespace chronoline
