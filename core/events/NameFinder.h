#pragma once

#include "events/AnalysedSentence.h"

#include <QString>
#include <QStringList>
#include <QVarLengthArray>

#include <optional>

#include <vector>

namespace chronoline::events {

// Names of people, organisations and places in a stretch of a sentence:
// runs of capitalised words ("Vladimir Putin", "New Delhi", "Group of 20"),
// with the roles before a person's name left out ("Chinese President Xi
// Jinping" -> "Xi Jinping") and nationality adjectives alone ignored.
class NameFinder {
public:
    struct Name {
        int first = -1;         // word span of the whole run, roles included
        int last = -1;
        int nameFirst = -1;     // where the name itself starts
        QString text;           // "Xi Jinping"
        bool place = false;     // after in/at/to/from/near ...: "in New Delhi"
        bool person = false;    // had a role before it
    };

    // Names whose words lie in [from, to] and, if clause >= 0, in that clause.
    std::vector<Name> find(const AnalysedSentence &s, int from, int to, int clause = -1) const;
    // The names find() gives, with their text left unwritten: for a caller
    // that picks one of them (see textOf()), where writing out every name cost
    // an allocation each.
    QVarLengthArray<Name, 8> spans(const AnalysedSentence &s, int from, int to) const;
    // The text find() gives a name spans() found, and whether it has more than
    // one word (a space), told without writing it out.
    static QString textOf(const AnalysedSentence &s, const Name &name);
    // The name's words as the document has them: textOf() without the line
    // breaks turned into spaces.
    static QStringView rawText(const AnalysedSentence &s, const Name &name);
    static bool severalWords(const AnalysedSentence &s, const Name &name);
    // The name run containing word i, if any, its text left unwritten (see
    // textOf()): a title looks up the names it uses in HeadlineNames.
    std::optional<Name> at(const AnalysedSentence &s, int i) const;
    // Whether at() finds a name there, without writing the name out.
    bool isAt(const AnalysedSentence &s, int i) const;

    // The form a headline uses: the one word of a multiword name the text also
    // uses alone ("Xi", "Putin"), else the whole name ("Joe Biden").
    static QString shortForm(const QString &name, QStringView text, qsizetype around);

    // Whether two names refer to the same thing by a shared word ("Xi" ~ "Xi Jinping").
    static bool sameName(const QString &a, const QString &b);
};

} // namespace chronoline::events
