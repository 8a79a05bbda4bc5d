// The event extractor against the corpus tables in tests/corpus/en/events_*.tsv:
// what each time expression dates (anchoring), headline titles, status and
// certainty, and whole passages (how many events, merged mentions, inferred
// events). The tests are thin loops over the tables; the expressions are
// marked in the text, so the tables test the extractor, not the tagger.
#include "events/EventExtractor.h"
#include "text/Segmenter.h"

#include <QFile>
#include <QTest>
#include <QTextStream>

using namespace chronoline;
using namespace Qt::StringLiterals;

namespace {

struct Marked {
    QString text;
    Timexes timexes;
};

// "{last month=2023-02}" marks an expression and its value; "{...=2022;START}"
// adds a mod; a value starting with P is a DURATION, one with WXX a SET.
Marked unmark(const QString &marked)
{
    Marked out;
    qsizetype i = 0;
    while (i < marked.size()) {
        const qsizetype open = marked.indexOf(u'{', i);
        if (open < 0) {
            out.text += marked.mid(i);
            break;
        }
        out.text += marked.mid(i, open - i);
        const qsizetype close = marked.indexOf(u'}', open);
        const QString inner = marked.mid(open + 1, close - open - 1);
        const qsizetype eq = inner.lastIndexOf(u'=');
        Timex t;
        t.text = inner.left(eq);
        const QStringList valueMod = inner.mid(eq + 1).split(u';');
        t.value = valueMod[0];
        t.mod = valueMod.value(1);
        t.type = t.value.startsWith(u'P') ? TimexType::Duration
               : t.value.contains(u"WXX") ? TimexType::Set : TimexType::Date;
        t.start = out.text.size();
        out.text += t.text;
        t.end = out.text.size();
        t.id = u't' + QString::number(out.timexes.size() + 1);
        out.timexes.push_back(t);
        i = close + 1;
    }
    return out;
}

Events extract(const Marked &m, const QString &dct = u"2023-03-14"_s)
{
    Document doc;
    doc.text = m.text;
    doc.dct = QDate::fromString(dct, Qt::ISODate);
    return EventExtractor::english().extract(doc, Segmenter::english().segment(doc.text), m.timexes);
}

const Event *eventOf(const Events &events, const QString &timexId)
{
    for (const Event &e : events) {
        if (e.timexId == timexId || e.endTimexId == timexId)
            return &e;
        for (const EventMention &m : e.mentions) {
            if (m.timexId == timexId)
                return &e;
        }
    }
    return nullptr;
}

QString valueOf(const Event &e)
{
    return e.endValue.isEmpty() ? e.value : e.value + u".." + e.endValue;
}

// Rows of a corpus table: tab-separated, '#' comments and blank lines skipped.
void addRows(const QString &table, int columns)
{
    QFile file(QStringLiteral(CHRONOLINE_TEST_DIR "/corpus/en/") + table);
    QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(file.fileName()));
    QTextStream in(&file);
    int line = 0;
    while (!in.atEnd()) {
        const QString row = in.readLine();
        ++line;
        if (row.trimmed().isEmpty() || row.startsWith(u'#'))
            continue;
        QStringList cols = row.split(u'\t');
        while (cols.size() < columns)
            cols << QString();
        QTest::newRow(qPrintable(table + u':' + QString::number(line))) << cols;
    }
}

} // namespace

class TestEventExtractor : public QObject {
    Q_OBJECT

private slots:
    void anchoring_data()
    {
        QTest::addColumn<QStringList>("row");
        addRows(u"events_anchoring.tsv"_s, 3);
    }
    void anchoring()
    {
        QFETCH(QStringList, row);
        const Marked m = unmark(row[0]);
        const Events events = extract(m);
        const Event *e = eventOf(events, u"t1"_s);
        if (row[1] == u"-") {
            QVERIFY2(!e, qPrintable(e ? e->title : QString()));
            return;
        }
        QVERIFY2(e, qPrintable(m.text));
        QCOMPARE(e->trigger, row[1]);
        QCOMPARE(valueOf(*e), row[2]);
    }

    void titles_data()
    {
        QTest::addColumn<QStringList>("row");
        addRows(u"events_titles.tsv"_s, 2);
    }
    void titles()
    {
        QFETCH(QStringList, row);
        const Marked m = unmark(row[0]);
        const Event *e = nullptr;
        const Events events = extract(m);
        e = eventOf(events, u"t1"_s);
        QVERIFY2(e, qPrintable(m.text));
        QCOMPARE(e->title, row[1]);
        QVERIFY(e->title.split(u' ').size() <= 12);
    }

    void status_data()
    {
        QTest::addColumn<QStringList>("row");
        addRows(u"events_status.tsv"_s, 4);
    }
    void status()
    {
        QFETCH(QStringList, row);
        const Marked m = unmark(row[0]);
        const Events events = extract(m, row[1]);
        const Event *e = eventOf(events, u"t1"_s);
        QVERIFY2(e, qPrintable(m.text));
        QCOMPARE(statusName(e->status), row[2]);
        QCOMPARE(certaintyName(e->certainty), row[3]);
    }

    void passages_data()
    {
        QTest::addColumn<QStringList>("row");
        addRows(u"events_counts.tsv"_s, 4);
    }
    void passages()
    {
        QFETCH(QStringList, row);
        const Marked m = unmark(row[0]);
        const Events events = extract(m, row[1]);
        QStringList got;
        for (const Event &e : events) {
            got << e.title + u" @ " + e.value + (e.mod.isEmpty() ? QString() : u' ' + e.mod) + u" ("
                       + certaintyName(e.certainty) + u')';
        }
        QCOMPARE(int(events.size()), row[2].toInt());
        if (!row[3].isEmpty())
            QCOMPARE(got.join(u'|'), row[3]);
    }

    // Every event the extractor makes is well formed, whatever the input.
    void invariants()
    {
        const Marked m = unmark(u"{Last month=2023-02}, Biden said he wanted to talk with Xi following the shooting "
                                u"down of a balloon. Xi will visit Moscow {next week=2023-W12}. It rained "
                                u"{on Monday=2023-03-13}."_s);
        const Events events = extract(m);
        QVERIFY(!events.empty());
        for (size_t i = 0; i < events.size(); ++i) {
            const Event &e = events[i];
            QCOMPARE(e.id, u'e' + QString::number(i + 1));
            QVERIFY(!e.title.isEmpty());
            QVERIFY(e.title.split(u' ').size() <= 12);
            QVERIFY(!e.mentions.empty());
            QVERIFY(e.salience >= 0.0 && e.salience <= 1.0);
            QCOMPARE(e.sentence.text, m.text.mid(e.sentence.start, e.sentence.end - e.sentence.start));
            if (e.interval && e.interval->start && e.interval->end)
                QVERIFY(*e.interval->start < *e.interval->end);
        }
    }

    void noExpressionsNoEvents()
    {
        Document doc;
        doc.text = u"Xi met Putin in Moscow."_s;
        QVERIFY(EventExtractor::english().extract(doc, Segmenter::english().segment(doc.text), {}).empty());
    }

    // Without a document date, relative values keep their X and the event has no place.
    void noDocumentDate()
    {
        const Marked m = unmark(u"The Kremlin refused to comment {last week=XXXX-WXX}."_s);
        Document doc;
        doc.text = m.text;
        Timexes timexes = m.timexes;
        timexes[0].type = TimexType::Date;
        const Events events = EventExtractor::english().extract(doc, Segmenter::english().segment(doc.text), timexes);
        QCOMPARE(int(events.size()), 1);
        QVERIFY(!events[0].interval);
    }
};

QTEST_GUILESS_MAIN(TestEventExtractor)
#include "tst_eventextractor.moc"
