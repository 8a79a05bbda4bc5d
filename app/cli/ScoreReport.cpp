#include "ScoreReport.h"

#include "Console.h"
#include "ErrorReport.h"

#include <nlohmann/json.hpp>

namespace chronoline::cli {

namespace {

QString number(double value)
{
    return QString::number(value, 'f', 4);
}

QString cell(const QString &text, int width)
{
    return text.rightJustified(width);
}

} // namespace

QString scoreTable(const TempEvalScores &s)
{
    QString out;
    out += QStringLiteral("TempEval-3 Task A (TIMEX3): %1 files, %2 gold, %3 system expressions\n\n")
               .arg(s.files).arg(s.total.gold).arg(s.total.system);
    out += QStringLiteral("             precision    recall        F1   matches\n");
    const auto prRow = [&](const QString &name, const PrecisionRecall &pr, qsizetype matches) {
        out += name.leftJustified(12) + cell(number(pr.precision), 10) + cell(number(pr.recall), 10)
               + cell(number(pr.f1), 10) + cell(QString::number(matches), 10) + u'\n';
    };
    prRow(QStringLiteral("strict"), s.strict(), s.total.strict);
    prRow(QStringLiteral("relaxed"), s.relaxed(), s.total.relaxed);
    out += QStringLiteral("\n              accuracy        F1   correct\n");
    const auto attrRow = [&](const QString &name, double accuracy, double f1, qsizetype correct) {
        out += name.leftJustified(12) + cell(number(accuracy), 10) + cell(number(f1), 10)
               + cell(QString::number(correct), 10) + u'\n';
    };
    attrRow(QStringLiteral("type"), s.typeAccuracy(), s.typeF1(), s.total.typeCorrect);
    attrRow(QStringLiteral("value"), s.valueAccuracy(), s.valueF1(), s.total.valueCorrect);

    out += QStringLiteral("\nby gold type      gold  relaxed R  strict R  value acc\n");
    for (const auto &[type, c] : s.byGoldType) {
        const auto ratio = [](qsizetype a, qsizetype b) { return b ? number(double(a) / double(b)) : QStringLiteral("-"); };
        out += timexTypeName(type).leftJustified(12) + cell(QString::number(c.gold), 10)
               + cell(ratio(c.relaxed, c.gold), 11) + cell(ratio(c.strict, c.gold), 10)
               + cell(ratio(c.valueCorrect, c.relaxed), 11) + u'\n';
    }
    if (!s.missingSystemFiles.isEmpty()) {
        out += QStringLiteral("\n%1 gold files had no system file (all their expressions missed)\n")
                   .arg(s.missingSystemFiles.size());
    }
    return out;
}

QByteArray scoreJson(const TempEvalScores &s)
{
    using json = nlohmann::ordered_json;
    const auto pr = [](const PrecisionRecall &p, qsizetype matches) {
        return json{{"precision", p.precision}, {"recall", p.recall}, {"f1", p.f1}, {"matches", matches}};
    };
    json byType = json::object();
    for (const auto &[type, c] : s.byGoldType) {
        byType[timexTypeName(type).toStdString()] =
            json{{"gold", c.gold}, {"strict", c.strict}, {"relaxed", c.relaxed},
                 {"typeCorrect", c.typeCorrect}, {"valueCorrect", c.valueCorrect}};
    }
    json missing = json::array();
    for (const QString &name : s.missingSystemFiles)
        missing.push_back(name.toStdString());
    const json out{{"files", s.files},
                   {"gold", s.total.gold},
                   {"system", s.total.system},
                   {"strict", pr(s.strict(), s.total.strict)},
                   {"relaxed", pr(s.relaxed(), s.total.relaxed)},
                   {"type", {{"accuracy", s.typeAccuracy()}, {"f1", s.typeF1()}, {"correct", s.total.typeCorrect}}},
                   {"value", {{"accuracy", s.valueAccuracy()}, {"f1", s.valueF1()}, {"correct", s.total.valueCorrect}}},
                   {"byGoldType", std::move(byType)},
                   {"missingSystemFiles", std::move(missing)}};
    return QByteArray::fromStdString(out.dump(2, ' ', false, json::error_handler_t::replace) + '\n');
}

void printEvaluation(const TempEvalScores &scores, const QString &errorRows, bool json, bool errors,
                     const QString &note)
{
    const QByteArray report = json ? scoreJson(scores) : scoreTable(scores).toUtf8();
    if (errors) {
        writeOut(errorReportHeader() + errorRows);
        writeErr(QString::fromUtf8(report));
    } else {
        writeOut(report);
    }
    if (!note.isEmpty())
        writeErr(note);
}

} // namespace chronoline::cli
