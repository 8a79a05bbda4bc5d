#pragma once

#include <QString>
#include <QStringView>
#include <QVarLengthArray>

#include <span>

namespace chronoline::events {

// A headline's words while its title is written: views into the document's
// text, a sentence's lower-case text or literals, and into the few strings
// made on the way (a name's headline form, "G20"), which are kept here by
// reference so the views stay valid. TitleBuilder::join writes the title from
// them into one QString; a list of QStrings cost a heap block per list and its
// growths, and one per word copied or made, some 26 per event.
//
// The views must not outlive what they point into: the document, the
// sentence being titled, and any string passed to append() that is not held.
class TitleWords {
public:
    qsizetype size() const { return m_words.size(); }
    bool isEmpty() const { return m_words.isEmpty(); }
    QStringView operator[](qsizetype i) const { return m_words[i]; }
    QStringView front() const { return m_words.front(); }
    std::span<const QStringView> words() const { return {m_words.data(), size_t(m_words.size())}; }

    void reserve(qsizetype n) { m_words.reserve(n); }
    // A word that lives on by itself (document, sentence, literal, lexicon,
    // a name's forms in HeadlineNames).
    void append(QStringView w) { m_words.append(w); }
    // A word made for this title: kept (shared, not copied) as long as the words are.
    void hold(const QString &w)
    {
        m_held.append(w);
        m_words.append(QStringView(m_held.back()));
    }
    // Another title's words after these, with what keeps them valid.
    void append(const TitleWords &other)
    {
        for (const QString &h : other.m_held)
            m_held.append(h);
        m_words.append(other.m_words.constData(), other.m_words.size());
    }
    // Drops the words from n on, if there are more (what they held stays
    // until the title is written).
    void truncate(qsizetype n)
    {
        if (n < m_words.size())
            m_words.resize(n);
    }

    // The words with a space between each two, as one string.
    QString joined() const
    {
        qsizetype length = 0;
        for (QStringView w : m_words)
            length += w.size() + 1;
        if (m_words.isEmpty())
            return QString();
        QString out(length - 1, Qt::Uninitialized);
        QChar *p = out.data();
        for (qsizetype i = 0; i < m_words.size(); ++i) {
            if (i > 0)
                *p++ = u' ';
            std::copy(m_words[i].begin(), m_words[i].end(), p);
            p += m_words[i].size();
        }
        return out;
    }

private:
    // Inline room for the words of most titles: none of them then needs the heap.
    QVarLengthArray<QStringView, 40> m_words;
    // A held QString's characters stay where they are when the array moves it.
    QVarLengthArray<QString, 6> m_held;
};

} // namespace chronoline::events
