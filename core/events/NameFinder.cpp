#include "events/NameFinder.h"
#include "events/Literal.h"

#include "events/EventLexicon.h"
#include "events/TextSearch.h"

#include <QStringTokenizer>
#include <QVarLengthArray>

#include <algorithm>

namespace chronoline::events {

namespace {

bool nameLike(const Word &w)
{
    if (w.timex >= 0)
        return false;
    if (w.tag == WordTag::Name)
        return true;
    return w.capitalised && (w.flags & (EventLexicon::Demonym | EventLexicon::Role));
}

bool placePreposition(QStringView l)
{
    // A title asks this of the word before every name it writes.
    static constexpr QStringView preps[] = {u"in", u"at", u"to", u"from", u"near", u"off", u"outside",
                                      u"inside", u"into", u"across", u"toward", u"towards"};
    return isOneOf(l, preps);
}

bool standaloneAt(QStringView text, qsizetype pos, qsizetype len)
{
    // Not inside another word, and not next to another capitalised word.
    if (pos > 0 && text[pos - 1].isLetterOrNumber())
        return false;
    const qsizetype end = pos + len;
    if (end < text.size() && text[end].isLetterOrNumber())
        return false;
    qsizetype b = pos - 1;
    while (b >= 0 && text[b] == u' ')
        --b;
    if (b >= 0 && b < pos - 1 && text[b].isLetter()) {
        qsizetype ws = b;
        while (ws > 0 && text[ws - 1].isLetter())
            --ws;
        if (text[ws].isUpper())
            return false;
    }
    qsizetype a = end;
    while (a < text.size() && text[a] == u' ')
        ++a;
    return !(a > end && a < text.size() && text[a].isUpper());
}

} // namespace

// The words of the name run starting at word i (which is name-like), roles
// and nationality stripped: [first, last], the name itself from nameFirst;
// text and place left unset.
static NameFinder::Name runSpan(const AnalysedSentence &s, int i)
{
    int last = i;
    while (last + 1 < s.size()) {
        const Word &n = s.words[size_t(last) + 1];
        if (nameLike(n)) {
            ++last;
        } else if ((is(n.lower, u"of") || is(n.lower, u"&")) && last + 2 < s.size()
                   && (nameLike(s.words[size_t(last) + 2]) || s.words[size_t(last) + 2].tag == WordTag::Num)) {
            last += 2;
        } else {
            break;
        }
    }
    NameFinder::Name name;
    name.first = i;
    name.last = last;
    name.nameFirst = i;
    const bool org = s.words[size_t(last)].flags & EventLexicon::OrgWord;
    for (int k = i; k <= last && !org; ++k) {
        const quint16 f = s.words[size_t(k)].flags;
        if (f & EventLexicon::Role) {
            name.nameFirst = k + 1;
            name.person = true;
        } else if ((f & EventLexicon::Demonym) && k == name.nameFirst) {
            name.nameFirst = k + 1;
        }
    }
    return name;
}

// Whether the name run [first, last] is a place: after
// in/at/to/from/near ... and not a possessor ("in Russia's war").
static bool placeAt(const AnalysedSentence &s, const NameFinder::Name &name)
{
    if (name.first <= 0 || name.person)
        return false;
    const Word &before = s.words[size_t(name.first) - 1];
    const bool possessive = name.last + 1 < s.size() && s.words[size_t(name.last) + 1].tag == WordTag::PossMark;
    return before.tag != WordTag::Name && placePreposition(before.lower) && !possessive;
}

// The name run starting at word i (which is name-like), roles and
// nationality stripped; the run's words are [first, last].
static NameFinder::Name runFrom(const AnalysedSentence &s, int i)
{
    NameFinder::Name name = runSpan(s, i);
    if (name.nameFirst > name.last)
        return name;   // only roles or nationalities: "President", "Chinese"; text stays empty
    name.text = NameFinder::textOf(s, name);
    name.place = placeAt(s, name);
    return name;
}

// The first word of the run that word i (name-like) belongs to.
static int runStart(const AnalysedSentence &s, int i)
{
    int first = i;
    while (first > 0) {
        const Word &p = s.words[size_t(first) - 1];
        if (nameLike(p)) {
            --first;
        } else if ((is(p.lower, u"of") || is(p.lower, u"&")) && first >= 2 && nameLike(s.words[size_t(first) - 2])) {
            first -= 2;
        } else {
            break;
        }
    }
    return first;
}

std::optional<NameFinder::Name> NameFinder::at(const AnalysedSentence &s, int i) const
{
    if (i < 0 || i >= s.size() || !nameLike(s.words[size_t(i)]))
        return std::nullopt;
    Name n = runSpan(s, runStart(s, i));
    if (n.nameFirst > n.last || i > n.last)
        return std::nullopt;   // only roles or nationalities: "President", "Chinese"
    n.place = placeAt(s, n);
    return n;
}

bool NameFinder::isAt(const AnalysedSentence &s, int i) const
{
    if (i < 0 || i >= s.size() || !nameLike(s.words[size_t(i)]))
        return false;
    const Name n = runSpan(s, runStart(s, i));
    return n.nameFirst <= n.last && i <= n.last;
}

namespace {

// The walk find() and spans() share: each name-like word in [from, to] outside parentheses
// (acronyms repeating a name) and in `clause` when one is given starts a name; `take(i)`
// reads the name starting there and returns its last word, where the walk goes on.
template <typename Take>
void forEachNameStart(const AnalysedSentence &s, int from, int to, int clause, Take take)
{
    int depth = 0;
    for (int i = std::max(0, from); i <= to && i < s.size(); ++i) {
        const Word &w = s.words[size_t(i)];
        if (w.isPunct(u'('))
            ++depth;
        else if (w.isPunct(u')') && depth > 0)
            --depth;
        if (depth > 0 || !nameLike(w) || (clause >= 0 && w.clause != clause))
            continue;
        i = take(i);
    }
}

} // namespace

std::vector<NameFinder::Name> NameFinder::find(const AnalysedSentence &s, int from, int to, int clause) const
{
    std::vector<Name> out;
    forEachNameStart(s, from, to, clause, [&](int i) {
        Name name = runFrom(s, i);
        const int last = name.last;
        if (!name.text.isEmpty())
            out.push_back(std::move(name));
        return last;
    });
    return out;
}

QVarLengthArray<NameFinder::Name, 8> NameFinder::spans(const AnalysedSentence &s, int from, int to) const
{
    // find()'s walk, with runFrom's text left out.
    QVarLengthArray<Name, 8> out;
    forEachNameStart(s, from, to, -1, [&](int i) {
        Name name = runSpan(s, i);
        const int last = name.last;
        if (name.nameFirst <= name.last) {
            name.place = placeAt(s, name);
            out.append(std::move(name));
        }
        return last;
    });
    return out;
}

QString NameFinder::textOf(const AnalysedSentence &s, const Name &name)
{
    QString text = rawText(s, name).toString();
    text.replace(u'\n', u' ');
    return text;
}

QStringView NameFinder::rawText(const AnalysedSentence &s, const Name &name)
{
    const Word &a = s.words[size_t(name.nameFirst)];
    const Word &b = s.words[size_t(name.last)];
    return QStringView(a.text.data(), b.end - a.start);
}

bool NameFinder::severalWords(const AnalysedSentence &s, const Name &name)
{
    // "Foreign Office", "Justice Department": several words, one organisation.
    if (s.words[size_t(name.last)].flags & EventLexicon::OrgWord)
        return false;
    const QStringView text = rawText(s, name);
    return text.contains(u' ') || text.contains(u'\n');   // textOf() turns a line break into a space
}

QString NameFinder::shortForm(const QString &name, QStringView text, qsizetype around)
{
    const QStringList parts = name.split(u' ', Qt::SkipEmptyParts);
    if (parts.size() < 2)
        return name;
    const qsizetype from = std::max<qsizetype>(0, around - 4000);
    const qsizetype to = std::min<qsizetype>(text.size(), around + 4000);
    const QStringView window = text.sliced(from, to - from);
    for (const QString &candidate : {parts.back(), parts.front()}) {
        if (candidate.size() < 2 || !candidate[0].isUpper())
            continue;
        for (qsizetype p = findText(window, candidate); p >= 0; p = findText(window, candidate, p + 1)) {
            if (standaloneAt(window, p, candidate.size()))
                return candidate;
        }
    }
    return name;
}

bool NameFinder::sameName(const QString &a, const QString &b)
{
    if (a == b)
        return true;
    // Words as views: merging asks this of every pair of nearby events.
    QVarLengthArray<QStringView, 8> wa, wb;
    for (QStringView w : QStringTokenizer{a, u' ', Qt::SkipEmptyParts})
        wa.append(w);
    for (QStringView w : QStringTokenizer{b, u' ', Qt::SkipEmptyParts})
        wb.append(w);
    if (wa.isEmpty() || wb.isEmpty())
        return false;
    const auto &shorter = wa.size() <= wb.size() ? wa : wb;
    const auto &longer = wa.size() <= wb.size() ? wb : wa;
    for (QStringView w : shorter) {
        if (std::find(longer.begin(), longer.end(), w) == longer.end())
            return false;
    }
    return true;
}

} // namespace chronoline::events
