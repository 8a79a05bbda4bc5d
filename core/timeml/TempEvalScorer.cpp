#include "timeml/TempEvalScorer.h"

namespace chronoline {

TimexAlignment TempEvalScorer::addFile(const Timexes &gold, const Timexes &system)
{
    TimexAlignment alignment = alignTimexes(gold, system);
    ++m_scores.files;
    m_scores.total.gold += qsizetype(gold.size());
    m_scores.total.system += qsizetype(system.size());
    for (const Timex &g : gold)
        ++m_scores.byGoldType[g.type].gold;
    for (const TimexPair &p : alignment.pairs) {
        const Timex &g = gold[p.gold];
        const Timex &s = system[p.system];
        TempEvalCounts pair;
        pair.relaxed = 1;
        pair.strict = p.strict ? 1 : 0;
        pair.typeCorrect = g.type == s.type ? 1 : 0;
        pair.valueCorrect = g.value == s.value ? 1 : 0;
        m_scores.total += pair;
        m_scores.byGoldType[g.type] += pair;
    }
    return alignment;
}

void TempEvalScorer::addMissingSystemFile(const QString &name, const Timexes &gold)
{
    addFile(gold, {});
    m_scores.missingSystemFiles.append(name);
}

} // namespace chronoline
