#include "document/DatelineFinder.h"

#include "document/DateParsing.h"

#include <QRegularExpression>

#include <vector>

namespace chronoline {

using namespace Qt::StringLiterals;

namespace {

// Lower is more telling of the publication date; a byline and a wire dateline are equals.
int rankOf(DatelineKind kind)
{
    switch (kind) {
    case DatelineKind::Byline:
    case DatelineKind::WireDateline: return 0;
    case DatelineKind::DateLine: return 1;
    case DatelineKind::UpdateStamp: break;
    }
    return 2;
}

struct Candidate {
    DatelineKind kind = DatelineKind::Byline;
    bool wire = false; // only a wire dateline is trusted without its year

    qsizetype start = 0;
    qsizetype end = 0;
    QRegularExpressionMatch match;
};

const QRegularExpression &keywordPattern()
{
    // An optional clock time may sit between keyword and date ("Published 10:05 AM ET, March 14, 2023").
    static const QRegularExpression re(
        u"(?<kw>(?i:first\\s+published|last\\s+updated|last\\s+modified|published|posted|updated|"
        "modified|dated?|filed|released))\\b(?:\\s+on)?(?:\\s+the)?\\s*:?\\s*"
        "(?:\\d{1,2}[:.]\\d{2}\\s*(?:[AaPp]\\.?[Mm]\\.?)?\\s*(?:[A-Z]{2,4}\\b)?,?\\s*)?"_s
            + writtenDatePattern());
    return re;
}

const QRegularExpression &bylinePattern()
{
    static const QRegularExpression re(
        u"^[ \\t]*By[ \\t][^\\n]{1,80}?[|,•·—–-][ \\t]*"_s + writtenDatePattern(),
        QRegularExpression::MultilineOption);
    return re;
}

const QRegularExpression &wirePattern()
{
    // PLACE[, REGION], DATE [(AGENCY)] - ; place words are capitalised, as wire services write them.
    static const QRegularExpression re(
        u"^[ \\t]*\\p{Lu}[\\p{L}.'’-]*(?:[ \\t]+\\p{Lu}[\\p{L}.'’-]*){0,3}"
        "(?:,[ \\t]*\\p{Lu}[\\p{L}.'’-]*(?:[ \\t]+\\p{Lu}[\\p{L}.'’-]*){0,2})?,[ \\t]+"_s
            + writtenDatePattern()
            + u"[ \\t]*(?:\\([^)\\n]{1,30}\\)[ \\t]*)?[-–—]"_s,
        QRegularExpression::MultilineOption);
    return re;
}

const QRegularExpression &lineStartPattern()
{
    // The date must stand alone or be followed by a time or a separator, as in a date stamp.
    static const QRegularExpression re(
        u"^[ \\t]*"_s + writtenDatePattern()
            + u"(?=[ \\t]*(?:$|[-–—|•·,(]|\\d{1,2}[:.]\\d{2}|at\\b))"_s,
        QRegularExpression::MultilineOption);
    return re;
}

qsizetype windowEnd(QStringView text)
{
    qsizetype end = std::min(text.size(), kDatelineWindowChars);
    int lines = 0;
    for (qsizetype i = 0; i < end; ++i) {
        if (text[i] == u'\n' && ++lines >= kDatelineWindowLines)
            return i;
    }
    return end;
}

bool isUpdateKeyword(QStringView keyword)
{
    const QString k = keyword.toString().toLower();
    return k.contains(u"updated"_s) || k.contains(u"modified"_s);
}

} // namespace

bool isMoreTelling(DatelineKind kind, DatelineKind than)
{
    return rankOf(kind) < rankOf(than);
}

std::optional<DatelineMatch> findDateline(QStringView text, int yearHint)
{
    const qsizetype limit = windowEnd(text);
    // Let a match that starts inside the window run past it to the end of its line.
    qsizetype scanEnd = text.indexOf(u'\n', limit);
    if (scanEnd < 0)
        scanEnd = text.size();
    const QStringView scan = text.left(std::min(scanEnd, limit + 200));

    std::vector<Candidate> candidates;
    auto collect = [&](const QRegularExpression &re, auto kindOf, bool wire = false) {
        auto it = re.globalMatch(scan);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (m.capturedStart() >= limit)
                break;
            candidates.push_back({kindOf(m), wire, m.capturedStart(), m.capturedEnd(), m});
        }
    };
    collect(keywordPattern(), [](const QRegularExpressionMatch &m) {
        return isUpdateKeyword(m.capturedView(u"kw")) ? DatelineKind::UpdateStamp : DatelineKind::Byline;
    });
    collect(bylinePattern(), [](const QRegularExpressionMatch &) { return DatelineKind::Byline; });
    collect(wirePattern(), [](const QRegularExpressionMatch &) { return DatelineKind::WireDateline; }, true);
    collect(lineStartPattern(), [](const QRegularExpressionMatch &) { return DatelineKind::DateLine; });

    // A year stated anywhere in the window completes a dateline that omits it.
    int windowYear = 0;
    for (const Candidate &c : candidates) {
        bool hadYear = false;
        if (dateFromMatch(c.match, 0, &hadYear) && hadYear) {
            windowYear = dateFromMatch(c.match)->year();
            break;
        }
    }
    const int fallbackYear = windowYear ? windowYear : yearHint;

    std::optional<DatelineMatch> best;
    for (const Candidate &c : candidates) {
        bool hadYear = false;
        const auto date = dateFromMatch(c.match, fallbackYear, &hadYear);
        if (!date)
            continue;
        // A bare "March 14" outside a wire dateline is too weak to stand for the publication day.
        if (!hadYear && !c.wire)
            continue;
        const bool better = !best || isMoreTelling(c.kind, best->kind)
            || (!isMoreTelling(best->kind, c.kind) && c.start < best->start);
        if (better)
            best = DatelineMatch{*date, c.kind, c.start, c.end, !hadYear};
    }
    return best;
}

} // namespace chronoline
