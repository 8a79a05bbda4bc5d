#include "document/FilenameDate.h"

#include "document/DateParsing.h"

#include <QRegularExpression>

#include <initializer_list>

namespace chronoline {

using namespace Qt::StringLiterals;

namespace {

std::optional<QDate> firstDate(QStringView s, const QRegularExpression &re)
{
    auto it = re.globalMatch(s);
    while (it.hasNext()) {
        const auto m = it.next();
        const int year = m.capturedView(u"y").toInt();
        const QDate date(year, m.capturedView(u"m").toInt(), m.capturedView(u"d").toInt());
        if (isPlausibleYear(year) && date.isValid())
            return date;
    }
    return std::nullopt;
}

} // namespace

std::optional<QDate> dateFromFileName(QStringView pathOrUrl)
{
    // Drop a query or fragment: they carry tracking IDs, not dates.
    qsizetype cut = pathOrUrl.indexOf(u'?');
    if (cut >= 0)
        pathOrUrl = pathOrUrl.left(cut);
    cut = pathOrUrl.indexOf(u'#');
    if (cut >= 0)
        pathOrUrl = pathOrUrl.left(cut);

    static const QRegularExpression separated(
        u"(?<!\\d)(?<y>\\d{4})(?<sep>[-_.])(?<m>\\d{1,2})\\k<sep>(?<d>\\d{1,2})(?!\\d)"_s);
    static const QRegularExpression compact(u"(?<!\\d)(?<y>\\d{4})(?<m>\\d{2})(?<d>\\d{2})(?!\\d)"_s);
    static const QRegularExpression folders(u"/(?<y>\\d{4})/(?<m>\\d{1,2})/(?<d>\\d{1,2})(?=/|$)"_s);

    const qsizetype slash = std::max(pathOrUrl.lastIndexOf(u'/'), pathOrUrl.lastIndexOf(u'\\'));
    const QStringView name = pathOrUrl.mid(slash + 1);
    for (const QStringView part : {name, pathOrUrl}) {
        for (const QRegularExpression *re : {&separated, &folders, &compact}) {
            if (auto date = firstDate(part, *re))
                return date;
        }
    }
    return std::nullopt;
}

} // namespace chronoline
