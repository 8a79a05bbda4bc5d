#pragma once

#include <QSet>
#include <QString>
#include <QStringView>

namespace chronoline {

// A set of words looked up without regard to case and without allocating:
// the sentence splitter asks it at almost every full stop of large texts.
// Used for the language's abbreviations ("u.s.", "mr.") and sentence starters.
class WordSet {
public:
    WordSet() = default;
    explicit WordSet(const QSet<QString> &words);

    bool contains(QStringView word) const;
    bool isEmpty() const { return m_words.isEmpty(); }
    qsizetype maxLength() const { return m_maxLength; }

    // Reads a word list file: one entry per line, `#` starts a comment, blank
    // lines are skipped. A file that cannot be read gives an empty set and a
    // warning, so that a missing resource degrades segmentation, not the program.
    static QSet<QString> readList(const QString &path);

private:
    // Which first and last units the words of each length have, one bit per
    // unit (see WordSet.cpp): nearly every word the splitter asks about is in
    // neither list, and these turn it away before it is hashed.
    static constexpr qsizetype filteredLengths = 64;
    quint64 m_firstUnits[filteredLengths] = {};
    quint64 m_lastUnits[filteredLengths] = {};
    QSet<QString> m_words;   // case-folded as by fold()
    qsizetype m_maxLength = 0;
};

} // namespace chronoline
