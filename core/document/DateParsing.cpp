#include "document/DateParsing.h"

#include <QRegularExpression>

#include <array>

namespace chronoline {

using namespace Qt::StringLiterals;

namespace {

struct MonthName {
    QStringView name;
    int month;
};

// Full names and the abbreviations newspapers use ("Sept." is AP style).
constexpr std::array<MonthName, 24> kMonths{{
    {u"January", 1}, {u"February", 2}, {u"March", 3}, {u"April", 4}, {u"May", 5}, {u"June", 6},
    {u"July", 7}, {u"August", 8}, {u"September", 9}, {u"October", 10}, {u"November", 11},
    {u"December", 12}, {u"Jan", 1}, {u"Feb", 2}, {u"Mar", 3}, {u"Apr", 4}, {u"Jun", 6},
    {u"Jul", 7}, {u"Aug", 8}, {u"Sep", 9}, {u"Sept", 9}, {u"Oct", 10}, {u"Nov", 11}, {u"Dec", 12},
}};

QString monthAlternation()
{
    // Longest names first so that "Sept" wins over "Sep" and "March" over "Mar".
    return u"January|February|March|April|May|June|July|August|September|October|November|"
           "December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"_s;
}

std::optional<QDate> makeDate(int year, int month, int day)
{
    if (!isPlausibleYear(year))
        return std::nullopt;
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

} // namespace

int monthFromName(QStringView name)
{
    if (name.endsWith(u'.'))
        name.chop(1);
    for (const MonthName &m : kMonths) {
        if (name.size() != m.name.size() || name.isEmpty() || name.front() != m.name.front())
            continue;
        if (name.compare(m.name, Qt::CaseInsensitive) == 0)
            return m.month;
    }
    return 0;
}

bool isPlausibleYear(int year)
{
    return year >= 1800 && year <= 2200;
}

QString writtenDatePattern()
{
    const QString month = monthAlternation();
    const QString weekday =
        u"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?,?\\s+)?"_s;
    const QString ordinal = u"(?:st|nd|rd|th)?"_s;
    // Four shapes, each with its own group names because PCRE reuses no names:
    // a: month first (US), b: day first (UK, RFC 2822), n: numeric M/D/Y, i: ISO.
    return u"(?<!\\w)"_s + weekday + u"(?:"_s
        + u"(?<ma>(?:"_s + month + u")\\.?)\\s+(?<da>\\d{1,2})"_s + ordinal
        + u"(?!\\d)(?:,?\\s+(?<ya>\\d{4}))?(?!\\d)"_s
        + u"|(?<db>\\d{1,2})"_s + ordinal + u"\\s+(?:of\\s+)?(?<mb>(?:"_s + month
        + u")\\.?)(?:,?\\s+(?<yb>\\d{4}))?(?!\\d)"_s
        + u"|(?<na>\\d{1,2})/(?<nb>\\d{1,2})/(?<yn>\\d{4})(?!\\d)"_s
        + u"|(?<yi>\\d{4})-(?<mi>\\d{2})-(?<di>\\d{2})(?!\\d)"_s + u")"_s;
}

std::optional<QDate> dateFromMatch(const QRegularExpressionMatch &match, int yearHint, bool *hadYear)
{
    auto number = [&](QStringView group) { return match.captured(group).toInt(); };
    auto finish = [&](int year, int month, int day) -> std::optional<QDate> {
        if (hadYear)
            *hadYear = year != 0;
        if (year == 0)
            year = yearHint;
        if (year == 0)
            return std::nullopt;
        return makeDate(year, month, day);
    };
    if (match.hasCaptured(u"ma"))
        return finish(number(u"ya"), monthFromName(match.capturedView(u"ma")), number(u"da"));
    if (match.hasCaptured(u"mb"))
        return finish(number(u"yb"), monthFromName(match.capturedView(u"mb")), number(u"db"));
    if (match.hasCaptured(u"yn")) {
        // Month first, as American sites write it, unless that cannot be a month.
        int month = number(u"na");
        int day = number(u"nb");
        if (month > 12 && day <= 12)
            std::swap(month, day);
        return finish(number(u"yn"), month, day);
    }
    if (match.hasCaptured(u"yi"))
        return finish(number(u"yi"), number(u"mi"), number(u"di"));
    return std::nullopt;
}

std::optional<QDate> parseDateValue(QStringView value)
{
    value = value.trimmed();
    if (value.isEmpty())
        return std::nullopt;

    // ISO 8601: the date part decides; a time and zone may follow.
    static const QRegularExpression iso(
        u"^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:$|[T\\s])"_s);
    if (const auto m = iso.match(value); m.hasMatch())
        return makeDate(m.capturedView(1).toInt(), m.capturedView(2).toInt(),
                        m.capturedView(3).toInt());
    static const QRegularExpression compact(u"^(\\d{4})(\\d{2})(\\d{2})(?:$|T)"_s);
    if (const auto m = compact.match(value); m.hasMatch())
        return makeDate(m.capturedView(1).toInt(), m.capturedView(2).toInt(),
                        m.capturedView(3).toInt());
    static const QRegularExpression slashedIso(u"^(\\d{4})/(\\d{1,2})/(\\d{1,2})(?!\\d)"_s);
    if (const auto m = slashedIso.match(value); m.hasMatch())
        return makeDate(m.capturedView(1).toInt(), m.capturedView(2).toInt(),
                        m.capturedView(3).toInt());

    // Written dates, RFC 2822 included; the year is required in metadata.
    static const QRegularExpression written(u"^"_s + writtenDatePattern());
    if (const auto m = written.match(value); m.hasMatch()) {
        bool hadYear = false;
        const auto date = dateFromMatch(m, 0, &hadYear);
        if (hadYear)
            return date;
    }
    return std::nullopt;
}

} // namespace chronoline
