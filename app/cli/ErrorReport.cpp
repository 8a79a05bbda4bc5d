#include "ErrorReport.h"

#include <QStringList>

#include <algorithm>

namespace chronoline::cli {

namespace {

constexpr qsizetype contextChars = 40;

// TSV cells cannot hold tabs or line breaks; fold them to spaces (this is a
// report for reading and grepping, not data to parse back).
QString cellText(QStringView text)
{
    QString out = text.toString();
    for (QChar &c : out) {
        if (c == u'\t' || c == u'\n' || c == u'\r')
            c = u' ';
    }
    return out;
}

QString context(QStringView text, qsizetype start, qsizetype end)
{
    start = std::clamp<qsizetype>(start, 0, text.size());
    end = std::clamp<qsizetype>(end, start, text.size());
    const qsizetype from = std::max<qsizetype>(0, start - contextChars);
    const qsizetype to = std::min(text.size(), end + contextChars);
    const QString raw = text.sliced(from, start - from).toString() + QStringLiteral("[[")
                        + text.sliced(start, end - start).toString() + QStringLiteral("]]")
                        + text.sliced(end, to - end).toString();
    return raw.simplified();
}

struct Row {
    qsizetype offset;
    QString line;
};

} // namespace

QString errorReportHeader()
{
    return QStringLiteral("file\tkind\tgold_text\tgold_value\tsystem_text\tsystem_value\tcontext\t"
                          "gold_type\tsystem_type\toffset\tdct\n");
}

QString errorReportRows(const ScoredDocument &doc)
{
    const Timexes &gold = *doc.gold;
    const Timexes &system = *doc.system;
    std::vector<Row> rows;
    const auto add = [&](const QString &kind, const Timex *g, const Timex *s) {
        const qsizetype start = std::min(g ? g->start : s->start, s ? s->start : g->start);
        const qsizetype end = std::max(g ? g->end : s->end, s ? s->end : g->end);
        const QStringList cells{
            doc.file, kind,
            g ? cellText(g->text) : QString(), g ? cellText(g->value) : QString(),
            s ? cellText(s->text) : QString(), s ? cellText(s->value) : QString(),
            context(doc.text, start, end),
            g ? timexTypeName(g->type) : QString(), s ? timexTypeName(s->type) : QString(),
            QString::number(start), doc.dct};
        rows.push_back({start, cells.join(u'\t') + u'\n'});
    };
    for (std::size_t g : doc.alignment->missed)
        add(QStringLiteral("missed"), &gold[g], nullptr);
    for (std::size_t s : doc.alignment->spurious)
        add(QStringLiteral("spurious"), nullptr, &system[s]);
    for (const TimexPair &p : doc.alignment->pairs) {
        const Timex &g = gold[p.gold];
        const Timex &s = system[p.system];
        QStringList kinds;
        if (g.value != s.value)
            kinds << QStringLiteral("value");
        if (g.type != s.type)
            kinds << QStringLiteral("type");
        if (!p.strict)
            kinds << QStringLiteral("extent");
        if (!kinds.isEmpty())
            add(kinds.join(u','), &g, &s);
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.offset < b.offset; });
    QString out;
    for (const Row &r : rows)
        out += r.line;
    return out;
}

} // namespace chronoline::cli
