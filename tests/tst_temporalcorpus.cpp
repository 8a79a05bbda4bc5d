// Corpus-driven tests of the English temporal tagger. Every line of
// tests/corpus/en/*.tsv is one test row; the format and the annotation
// conventions are documented in tests/corpus/en/README.md.
//
// Positive rows: text, dct, extent, type, value[, mod[, attrs]]. Some tagged
// TIMEX3 must cover exactly the extent, with the expected type, value and mod
// (an empty mod means "no mod"); attrs, when given, also pin quant and freq.
// Negative rows (negative*.tsv): text, dct[, span]. Nothing may be tagged, or
// nothing may overlap span. A malformed line fails the suite; it is never skipped.
#include "temporal/TemporalTagger.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTest>

#include <algorithm>
#include <optional>
#include <vector>

using namespace chronoline;
using namespace Qt::StringLiterals;

namespace {

constexpr int kMinimumPositiveRows = 400;
constexpr int kMinimumNegativeRows = 60;

struct CorpusRow {
    QString file;
    int line = 0;
    bool negative = false;
    QString text;
    QString dctText; // as written: YYYY-MM-DD or "none"
    std::optional<QDate> dct;
    QString extent; // positive: the expected extent; negative: the protected span (may be empty)
    qsizetype extentStart = -1;
    QString type;
    QString value;
    QString mod;
    bool checkAttrs = false;
    QString quant;
    QString freq;
};

const QStringList &allowedMods()
{
    static const QStringList mods = {
        u"START"_s, u"MID"_s, u"END"_s, u"APPROX"_s, u"BEFORE"_s, u"AFTER"_s,
        u"ON_OR_BEFORE"_s, u"ON_OR_AFTER"_s, u"LESS_THAN"_s, u"MORE_THAN"_s,
        u"EQUAL_OR_LESS"_s, u"EQUAL_OR_MORE"_s};
    return mods;
}

// TIMEX3 value syntax, to catch typos in the tables (not the tagger's output).
bool isDurationValue(const QString &value)
{
    static const QRegularExpression re = [] {
        const QString n = uR"re((?:\d+(?:\.\d+)?|X))re"_s;
        const QString pattern = u"^P(?=[\\dXT])(?:"_s + n + u"Y)?(?:"_s + n + u"M)?(?:"_s + n
            + u"W)?(?:"_s + n + u"D)?(?:T(?=[\\dX])(?:"_s + n + u"H)?(?:"_s + n + u"M)?(?:"_s + n
            + u"S)?)?$"_s;
        return QRegularExpression(pattern);
    }();
    return re.match(value).hasMatch();
}

bool isPointValue(const QString &value)
{
    static const QRegularExpression re = [] {
        const QString year = uR"re((?:BC)?[\dX]{4})re"_s;
        const QString clock = uR"re((?:T(?:MO|AF|EV|NI|DT|(?:[01]\d|2[0-4])(?::[0-5]\d(?::[0-5]\d)?)?))?)re"_s;
        const QString pattern = u"^(?:PRESENT_REF|PAST_REF|FUTURE_REF"_s
            + uR"re(|(?:BC)?[\dX]{2,3})re"_s                                   // century, decade
            + u"|"_s + year                                                     // year
            + u"|"_s + year + uR"re(-(?:0[1-9]|1[0-2]|XX)(?:-(?:0[1-9]|[12]\d|3[01]|XX))?)re"_s + clock
            + u"|"_s + year + uR"re(-W(?:0[1-9]|[1-4]\d|5[0-3]|XX)(?:-(?:[1-7]|WE))?)re"_s + clock
            + u"|"_s + year + uR"re(-(?:Q[1-4X]|H[12X]|SP|SU|FA|WI))re"_s
            + u")$"_s;
        return QRegularExpression(pattern);
    }();
    return re.match(value).hasMatch();
}

bool hasOuterSpace(const QString &field)
{
    return !field.isEmpty() && (field.front().isSpace() || field.back().isSpace());
}

class CorpusLoader {
public:
    std::vector<CorpusRow> rows;
    QStringList errors; // "file:line: problem: line text"
    QStringList files;

    void loadDirectory(const QString &path)
    {
        const QDir dir(path);
        files = dir.entryList({u"*.tsv"_s}, QDir::Files, QDir::Name);
        // events_*.tsv are the event extractor's tables (tst_eventextractor reads them)
        files.removeIf([](const QString &name) { return name.startsWith(u"events_"_s); });
        if (files.isEmpty())
            errors << u"%1: no *.tsv corpus tables found"_s.arg(path);
        for (const QString &name : std::as_const(files))
            loadFile(dir.filePath(name), name);
    }

private:
    void loadFile(const QString &path, const QString &name)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            errors << u"%1: cannot open: %2"_s.arg(name, file.errorString());
            return;
        }
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString content = decoder(file.readAll());
        if (decoder.hasError()) {
            errors << u"%1: not valid UTF-8"_s.arg(name);
            return;
        }
        const bool negativeFile = name.startsWith(u"negative"_s);
        const QStringList lines = content.split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QString line = lines.at(i);
            if (line.endsWith(u'\r'))
                line.chop(1);
            if (line.trimmed().isEmpty() || line.startsWith(u'#'))
                continue;
            const int lineNo = int(i + 1);
            QString problem = negativeFile ? parseNegative(name, lineNo, line)
                                           : parsePositive(name, lineNo, line);
            if (!problem.isEmpty())
                errors << u"%1:%2: %3: %4"_s.arg(name).arg(lineNo).arg(problem, line);
        }
    }

    static QString parseDct(const QString &field, CorpusRow *row)
    {
        row->dctText = field;
        if (field == u"none"_s)
            return {};
        const QDate date = QDate::fromString(field, Qt::ISODate);
        if (field.size() != 10 || !date.isValid())
            return u"dct must be YYYY-MM-DD or none, got \"%1\""_s.arg(field);
        row->dct = date;
        return {};
    }

    static QString locate(const QString &text, const QString &needle, qsizetype *start)
    {
        const qsizetype first = text.indexOf(needle);
        if (first < 0)
            return u"\"%1\" does not occur in the text"_s.arg(needle);
        if (text.indexOf(needle, first + 1) >= 0)
            return u"\"%1\" occurs more than once in the text"_s.arg(needle);
        *start = first;
        return {};
    }

    QString parseNegative(const QString &name, int lineNo, const QString &line)
    {
        const QStringList f = line.split(u'\t');
        if (f.size() != 2 && f.size() != 3)
            return u"negative rows need 2 or 3 tab-separated fields, found %1"_s.arg(f.size());
        for (const QString &field : f) {
            if (field.isEmpty() || hasOuterSpace(field))
                return u"empty field or field with leading/trailing spaces"_s;
        }
        CorpusRow row;
        row.file = name;
        row.line = lineNo;
        row.negative = true;
        row.text = f.at(0);
        if (QString p = parseDct(f.at(1), &row); !p.isEmpty())
            return p;
        if (f.size() == 3) {
            row.extent = f.at(2);
            if (QString p = locate(row.text, row.extent, &row.extentStart); !p.isEmpty())
                return p;
        }
        rows.push_back(std::move(row));
        return {};
    }

    QString parsePositive(const QString &name, int lineNo, const QString &line)
    {
        const QStringList f = line.split(u'\t');
        if (f.size() < 5 || f.size() > 7)
            return u"positive rows need 5 to 7 tab-separated fields "
                   u"(text, dct, extent, type, value[, mod[, attrs]]), found %1"_s.arg(f.size());
        for (qsizetype i = 0; i < f.size(); ++i) {
            if (hasOuterSpace(f.at(i)))
                return u"field %1 has leading/trailing spaces"_s.arg(i + 1);
            if (i < 5 && f.at(i).isEmpty())
                return u"field %1 is empty"_s.arg(i + 1);
        }
        CorpusRow row;
        row.file = name;
        row.line = lineNo;
        row.text = f.at(0);
        if (QString p = parseDct(f.at(1), &row); !p.isEmpty())
            return p;
        row.extent = f.at(2);
        if (QString p = locate(row.text, row.extent, &row.extentStart); !p.isEmpty())
            return p;
        TimexType type;
        if (!parseTimexType(f.at(3), &type))
            return u"unknown type \"%1\""_s.arg(f.at(3));
        row.type = f.at(3);
        row.value = f.at(4);
        const bool valueOk = type == TimexType::Duration ? isDurationValue(row.value)
                           : type == TimexType::Set      ? isDurationValue(row.value) || isPointValue(row.value)
                                                         : isPointValue(row.value);
        if (!valueOk)
            return u"\"%1\" is not a TIMEX3 %2 value"_s.arg(row.value, row.type);
        if (f.size() > 5) {
            row.mod = f.at(5);
            if (!row.mod.isEmpty() && !allowedMods().contains(row.mod))
                return u"unknown mod \"%1\""_s.arg(row.mod);
        }
        if (f.size() > 6 && !f.at(6).isEmpty()) {
            row.checkAttrs = true;
            const QStringList attrs = f.at(6).split(u' ', Qt::SkipEmptyParts);
            for (const QString &attr : attrs) {
                const qsizetype eq = attr.indexOf(u'=');
                const QString key = attr.left(eq);
                const QString val = eq < 0 ? QString() : attr.mid(eq + 1);
                if (val.isEmpty())
                    return u"attribute \"%1\" is not key=value"_s.arg(attr);
                if (key == u"quant"_s)
                    row.quant = val;
                else if (key == u"freq"_s)
                    row.freq = val;
                else
                    return u"unknown attribute \"%1\" (only quant and freq)"_s.arg(key);
            }
        }
        rows.push_back(std::move(row));
        return {};
    }
};

QString describe(const Timex &t)
{
    QString s = u"%1 [%2,%3) \"%4\" %5 %6"_s.arg(t.id).arg(t.start).arg(t.end)
                    .arg(t.text, timexTypeName(t.type), t.value);
    if (!t.mod.isEmpty())
        s += u" mod="_s + t.mod;
    if (!t.quant.isEmpty())
        s += u" quant="_s + t.quant;
    if (!t.freq.isEmpty())
        s += u" freq="_s + t.freq;
    if (!t.anchor.isEmpty())
        s += u" anchor="_s + t.anchor;
    return s;
}

QString describeExpected(const CorpusRow &row)
{
    if (row.negative) {
        if (row.extent.isEmpty())
            return u"no timex at all"_s;
        return u"no timex overlapping [%1,%2) \"%3\""_s.arg(row.extentStart)
            .arg(row.extentStart + row.extent.size()).arg(row.extent);
    }
    QString s = u"[%1,%2) \"%3\" %4 %5"_s.arg(row.extentStart)
                    .arg(row.extentStart + row.extent.size()).arg(row.extent, row.type, row.value);
    s += row.mod.isEmpty() ? u" (no mod)"_s : u" mod="_s + row.mod;
    if (row.checkAttrs)
        s += u" quant=%1 freq=%2"_s.arg(row.quant, row.freq);
    return s;
}

QByteArray report(const CorpusRow &row, const Timexes &found, const QStringList &problems)
{
    QString s = u"\n  text:     %1\n  dct:      %2\n  expected: %3\n  tagger:   "_s
                    .arg(row.text, row.dctText, describeExpected(row));
    if (found.empty())
        s += u"(nothing)"_s;
    for (std::size_t i = 0; i < found.size(); ++i)
        s += (i ? u"\n            "_s : QString()) + describe(found[i]);
    for (const QString &p : problems)
        s += u"\n  problem:  "_s + p;
    return s.toUtf8();
}

bool overlaps(const Timex &t, qsizetype start, qsizetype end)
{
    return t.start < end && start < t.end;
}

} // namespace

class TestTemporalCorpus : public QObject {
    Q_OBJECT

private:
    CorpusLoader m_corpus;

    void addRows(bool negative)
    {
        QTest::addColumn<int>("index");
        for (std::size_t i = 0; i < m_corpus.rows.size(); ++i) {
            const CorpusRow &row = m_corpus.rows[i];
            if (row.negative != negative)
                continue;
            const QString tag = u"%1:%2: %3"_s.arg(row.file).arg(row.line).arg(row.text);
            QTest::newRow(tag.toUtf8().constData()) << int(i);
        }
    }

    int count(bool negative) const
    {
        return int(std::count_if(m_corpus.rows.begin(), m_corpus.rows.end(),
                                  [negative](const CorpusRow &r) { return r.negative == negative; }));
    }

private slots:
    void initTestCase()
    {
        m_corpus.loadDirectory(QString::fromUtf8(CHRONOLINE_TEST_DIR "/corpus/en"));
    }

    // Every non-comment line must parse; a broken line is an error, never a skip.
    void tablesAreWellFormed()
    {
        QVERIFY2(m_corpus.errors.isEmpty(),
                 (u"\n  "_s + m_corpus.errors.join(u"\n  "_s)).toUtf8().constData());
    }

    void corpusIsLargeEnough()
    {
        const int positives = count(false);
        const int negatives = count(true);
        QVERIFY2(positives >= kMinimumPositiveRows,
                 qPrintable(u"only %1 positive rows, need %2"_s.arg(positives).arg(kMinimumPositiveRows)));
        QVERIFY2(negatives >= kMinimumNegativeRows,
                 qPrintable(u"only %1 negative rows, need %2"_s.arg(negatives).arg(kMinimumNegativeRows)));
    }

    void positive_data() { addRows(false); }

    void positive()
    {
        QFETCH(int, index);
        const CorpusRow &row = m_corpus.rows[std::size_t(index)];
        const Timexes found = TemporalTagger::english().tag(row.text, row.dct);

        const qsizetype start = row.extentStart;
        const qsizetype end = start + row.extent.size();
        const Timex *hit = nullptr;
        bool anyOverlap = false;
        for (const Timex &t : found) {
            if (!overlaps(t, start, end))
                continue;
            anyOverlap = true;
            if (t.start == start && t.end == end)
                hit = &t;
        }
        if (!anyOverlap)
            QFAIL(report(row, found, {u"no timex overlaps the extent"_s}).constData());
        if (!hit)
            QFAIL(report(row, found, {u"a timex overlaps the extent but its offsets differ"_s}).constData());

        QStringList problems;
        const auto check = [&problems](const QString &what, const QString &actual, const QString &expected) {
            if (actual != expected)
                problems << u"%1 is \"%2\", expected \"%3\""_s.arg(what, actual, expected);
        };
        check(u"text"_s, hit->text, row.extent);
        check(u"type"_s, timexTypeName(hit->type), row.type);
        check(u"value"_s, hit->value, row.value);
        check(u"mod"_s, hit->mod, row.mod);
        if (row.checkAttrs) {
            check(u"quant"_s, hit->quant, row.quant);
            check(u"freq"_s, hit->freq, row.freq);
        }
        if (!problems.isEmpty())
            QFAIL(report(row, found, problems).constData());
    }

    void negative_data() { addRows(true); }

    void negative()
    {
        QFETCH(int, index);
        const CorpusRow &row = m_corpus.rows[std::size_t(index)];
        const Timexes found = TemporalTagger::english().tag(row.text, row.dct);
        if (row.extent.isEmpty()) {
            if (!found.empty())
                QFAIL(report(row, found, {u"the text must not be tagged at all"_s}).constData());
            return;
        }
        const qsizetype end = row.extentStart + row.extent.size();
        for (const Timex &t : found) {
            if (overlaps(t, row.extentStart, end))
                QFAIL(report(row, found, {u"%1 overlaps the protected span"_s.arg(t.id)}).constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestTemporalCorpus)
#include "tst_temporalcorpus.moc"
