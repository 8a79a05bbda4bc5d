#include "timeline/CsvExport.h"

#include "timeline/EventTimeText.h"
#include "timeline/Granularity.h"

#include <QStringList>

namespace chronoline {

static QString field(const QString &value)
{
    static const QString special = QStringLiteral(",\"\r\n");
    bool quote = false;
    for (QChar c : value) {
        if (special.contains(c)) {
            quote = true;
            break;
        }
    }
    if (!quote)
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

static QString isoOrEmpty(const std::optional<QDate> &d)
{
    return d ? d->toString(Qt::ISODate) : QString();
}

QByteArray timelineToCsv(const Timeline &timeline)
{
    QString out = QStringLiteral("id,start,end,value,mod,granularity,date,title,trigger,participants,"
                                 "certainty,status,salience,sentence_start,sentence_end,sentence\r\n");
    for (const Event &e : timeline.events()) {
        const QStringList row = {
            e.id,
            e.interval ? isoOrEmpty(e.interval->start) : QString(),
            e.interval ? isoOrEmpty(e.interval->end) : QString(),
            e.value,
            e.mod,
            granularityName(granularityOfValue(e.value)),
            eventTimeText(e),
            e.title,
            e.trigger,
            e.participants.join(QStringLiteral("; ")),
            certaintyName(e.certainty),
            statusName(e.status),
            QString::number(e.salience, 'g', 3),
            QString::number(e.sentence.start),
            QString::number(e.sentence.end),
            e.sentence.text,
        };
        QStringList quoted;
        quoted.reserve(row.size());
        for (const QString &f : row)
            quoted.append(field(f));
        out += quoted.join(QLatin1Char(',')) + u"\r\n";
    }
    return out.toUtf8();
}

} // namespace chronoline
