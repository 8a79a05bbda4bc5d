#pragma once

#include "events/AnalysedSentence.h"
#include "events/EventLexicon.h"
#include "events/SentenceAnalyser.h"
#include "temporal/Timex.h"
#include "text/TextSpans.h"

#include <QString>
#include <QStringView>

#include <memory>
#include <span>
#include <vector>

namespace chronoline::events {

// The document as the extractor's stages see it: sentence spans, and each
// sentence's words and clauses, analysed the first time a stage asks for it.
// Only sentences near a time expression are ever analysed, which keeps the
// extractor's cost proportional to the dated part of a text.
//
// The sentences and expressions may arrive as they are found (addSentences,
// indexTimexes): a sentence is "settled" once the text has been split and
// tagged past its end, and only settled sentences may be asked about.
class SentenceCache {
public:
    // `timexes` is read, never changed, and may grow between calls to indexTimexes.
    SentenceCache(QStringView text, std::vector<Sentence> sentences, const Timexes &timexes,
                  const EventLexicon &lexicon);

    // Sentences that follow those given so far.
    void addSentences(std::span<const Sentence> sentences);
    // Room for about `count` sentences in all, when they are to come a few at a time.
    void reserveSentences(size_t count);
    // Takes in the expressions appended to the list since the last call (in text
    // order, as the tagger gives them) that start before `knownTo`, and settles
    // the sentences that end by then. Up to `knownTo` the text must be tagged
    // and its sentences added.
    void indexTimexes(qsizetype knownTo);
    // Sentences 0 .. settled() - 1 are settled.
    int settled() const { return m_settled; }

    QStringView text() const { return m_text; }
    const Timexes &timexes() const { return m_timexes; }
    int count() const { return int(m_spans.size()); }
    const Sentence &span(int i) const { return m_spans[size_t(i)]; }
    // The sentence holding `position`, or -1.
    int sentenceOf(qsizetype position) const;
    // Timex indices inside sentence i, in text order.
    std::span<const int> timexesIn(int i) const
    {
        Q_ASSERT(i < m_settled);
        return {m_timexOrder.data() + m_timexFrom[size_t(i)], m_timexOrder.data() + m_timexFrom[size_t(i) + 1]};
    }

    const AnalysedSentence &sentence(int i);
    // Sentence i's analysis made elsewhere (SentenceAnalyser, ahead of need on
    // another thread), from its span and the expressions it holds: kept unless
    // the sentence is analysed or released already.
    void adopt(int i, std::unique_ptr<AnalysedSentence> analysed);
    // Sentence i's analysis if it is at hand (made and not released), else null.
    const AnalysedSentence *analysedIfAny(int i) const { return m_analysed[size_t(i)].get(); }
    // The text of sentence i, one shared copy however many events and mentions cite it.
    const QString &textOf(int i);

    // Forgets the analyses of sentences before `sentence`, keeping their buffers
    // for the next ones. References to them must no longer be held; asking for
    // one again analyses it again. Stages that walk the text in order call this
    // behind them, so memory stays that of a window, not of the whole text.
    void releaseBefore(int sentence);
    // Released analyses beyond the `keep` this cache holds on to, for another
    // analyser to fill again (SentenceAnalyser::analyse replaces what they
    // held): analyses adopted from elsewhere end up among the released ones,
    // and reused there they spare that analyser fresh memory.
    std::vector<std::unique_ptr<AnalysedSentence>> takeSpares(size_t keep);

private:
    QStringView m_text;
    std::vector<Sentence> m_spans;
    const Timexes &m_timexes;
    // One list for all sentences, sentence i's part from m_timexFrom[i] to
    // m_timexFrom[i + 1]: a long text has a hundred thousand sentences, most
    // without an expression, and a vector each cost as many allocations.
    std::vector<int> m_timexOrder;
    std::vector<int> m_timexFrom;
    int m_indexedTimexes = 0;   // expressions taken in so far
    int m_settled = 0;
    std::vector<std::unique_ptr<AnalysedSentence>> m_analysed;
    std::vector<std::unique_ptr<AnalysedSentence>> m_spare;   // released, to be reused
    int m_releasedBefore = 0;
    std::vector<QString> m_texts;   // filled as asked for
    SentenceAnalyser m_analyser;
    std::vector<TimexMark> m_marks;   // scratch: the expressions of the sentence analysed
};

} // namespace chronoline::events
