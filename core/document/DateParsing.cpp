#include "document/DateParsing.h"

#include "temporal/LanguageData.h"

#include <QRegularExpression>

#include <algorithm>

#include <array>

namespace chronoline {

using namespace Qt::StringLiterals;

namespace {

// The names as publishers write them: the language data's month and weekday words ("march",
// "sept.", "tues."), capitalised and without their abbreviation dot, which the patterns allow
// for. Read once; another language's names come with its data, not with this file.
struct NameList {
    std::vector<std::pair<QString, int>> names;   // capitalised, longest first
    QString alternation;                          // "September|February|...|Sept|Sep|..."
};

NameList namesOf(const QString &category)
{
    NameList list;
    for (const auto &word : LanguageData::english()->wordsOf(category)) {
        // (no structured binding: clang 14, which builds the fuzzers, cannot capture one)
        QString form = word.first;
        const int value = word.second;
        if (form.endsWith(u'.'))
            form.chop(1);
        if (form.isEmpty() || form.contains(u'.'))
            continue;
        form[0] = form[0].toUpper();
        if (std::find_if(list.names.begin(), list.names.end(), [&](const auto &n) { return n.first == form; })
            == list.names.end())
            list.names.emplace_back(form, value);
    }
    // Longest first, so that "Sept" wins over "Sep" and "March" over "Mar".
    std::stable_sort(list.names.begin(), list.names.end(),
                     [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
    QStringList alternatives;
    for (const auto &n : list.names)
        alternatives << QRegularExpression::escape(n.first);
    list.alternation = alternatives.join(u'|');
    return list;
}

const NameList &months()
{
    static const NameList list = namesOf(u"MONTH"_s);
    return list;
}

const NameList &weekdays()
{
    static const NameList list = namesOf(u"WEEKDAY"_s);
    return list;
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
    // Case-sensitive on the first letter, so that the verb "may" and "march" never count.
    if (name.isEmpty() || !name.front().isUpper())
        return 0;
    for (const auto &[month, number] : months().names) {
        if (name.compare(month, Qt::CaseInsensitive) == 0)
            return number;
    }
    return 0;
}

bool isPlausibleYear(int year)
{
    return year >= 1800 && year <= 2200;
}

QString writtenDatePattern()
{
    const QString month = months().alternation;
    const QString weekday = u"(?:(?:"_s + weekdays().alternation + u")\\.?,?\\s+)?"_s;
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
