#include "timeml/TempEvalScores.h"

namespace chronoline {

namespace {

double ratio(qsizetype part, qsizetype whole)
{
    return whole == 0 ? 0.0 : double(part) / double(whole);
}

PrecisionRecall precisionRecall(qsizetype matches, qsizetype system, qsizetype gold)
{
    PrecisionRecall r;
    r.precision = ratio(matches, system);
    r.recall = ratio(matches, gold);
    const double sum = r.precision + r.recall;
    r.f1 = sum == 0 ? 0.0 : 2 * r.precision * r.recall / sum;
    return r;
}

} // namespace

TempEvalCounts &TempEvalCounts::operator+=(const TempEvalCounts &other)
{
    gold += other.gold;
    system += other.system;
    strict += other.strict;
    relaxed += other.relaxed;
    typeCorrect += other.typeCorrect;
    valueCorrect += other.valueCorrect;
    return *this;
}

PrecisionRecall TempEvalScores::strict() const
{
    return precisionRecall(total.strict, total.system, total.gold);
}

PrecisionRecall TempEvalScores::relaxed() const
{
    return precisionRecall(total.relaxed, total.system, total.gold);
}

double TempEvalScores::typeAccuracy() const
{
    return ratio(total.typeCorrect, total.relaxed);
}

double TempEvalScores::valueAccuracy() const
{
    return ratio(total.valueCorrect, total.relaxed);
}

} // namespace chronoline
