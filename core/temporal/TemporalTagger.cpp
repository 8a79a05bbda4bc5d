#include "temporal/TemporalTagger.h"

#include "temporal/CandidateRefiner.h"
#include "temporal/LanguageData.h"
#include "temporal/RuleMatcher.h"
#include "temporal/TenseCue.h"
#include "temporal/TextChunker.h"
#include "temporal/TimexIds.h"
#include "temporal/TokenScanner.h"
#include "temporal/ValueResolver.h"

#include <QDebug>

#include <algorithm>

namespace chronoline {

TemporalTagger::TemporalTagger(std::shared_ptr<const LanguageData> language) : m_language(std::move(language)) {}

TemporalTagger::~TemporalTagger() = default;

const TemporalTagger &TemporalTagger::english()
{
    static const TemporalTagger tagger(LanguageData::english());
    return tagger;
}

// The pipeline, in its one place:
//   scan     tokens and readings               (needs only the lexicon)
//   match    every rule at every token         (needs the readings)
//   refine   choose, merge, extend             (needs all matches, to compare them)
//   resolve  values, in text order             (the narrative reference is the previous
//                                               expression, so order matters here alone)
Timexes TemporalTagger::tag(QStringView text, std::optional<QDate> dct) const
{
    Timexes out;
    bool firstPiece = true;
    tagPieces(text, dct, out, [&](qsizetype cut) {
        // The first piece tells roughly how dense the text is: room for the rest at that
        // density, so that the list is not copied each time it doubles (for a long text that
        // is most of its memory traffic). At most one expression per 32 characters (news has
        // one per 250 or so), so that a dense first page cannot reserve far too much.
        if (firstPiece && cut < text.size() && !out.empty()) {
            const double expected = double(out.size()) * double(text.size()) / double(cut) * 1.1;
            out.reserve(size_t(std::min(expected, double(text.size()) / 32)) + 16);
        }
        firstPiece = false;
    });
    return out;
}

void TemporalTagger::tag(QStringView text, std::optional<QDate> dct, const PieceSink &sink) const
{
    Timexes piece;
    tagPieces(text, dct, piece, [&](qsizetype cut) {
        sink(std::move(piece), cut);
        piece = Timexes();
    });
}

void TemporalTagger::tagPieces(QStringView text, std::optional<QDate> dct, Timexes &out,
                               const std::function<void(qsizetype cut)> &pieceDone) const
{
    const LanguageData &L = *m_language;
    thread_local ScannedText scanned;
    thread_local std::vector<Candidate> candidates;
    thread_local std::vector<Candidate *> kept;
    const TokenScanner scanner(L);
    const RuleMatcher matcher(L);
    const CandidateRefiner refiner(L);
    const TenseCue tense(L);
    const ValueResolver resolver;
    ResolveContext context;
    context.dct = dct;
    if (dct && dct->isValid())
        context.dctDay = CalendarDay(*dct);
    qsizetype handedOver = 0;   // expressions the callback took out of `out`, for the ids
    // Piece by piece (see TextChunker): the working buffers stay small and are reused.
    for (qsizetype base = 0; base < text.size();) {
        const qsizetype cut = TextChunker::nextCut(text, base, pieceLength);
        const QStringView piece = text.sliced(base, cut - base);
        scanner.scan(piece, scanned);
        candidates.clear();
        matcher.match(piece, scanned, candidates);
        refiner.refine(scanned, candidates, kept);
        for (size_t i = 0; i < kept.size(); ++i) {
            const Candidate &c = *kept[i];
            // the two ends of a range share one clause, so one tense: "will be held on April 24
            // and 25" (the matcher makes the first end point at index k+1, the second at k)
            const bool secondEnd = i > 0 && c.pairWith >= 0 && kept[i - 1]->pairWith == c.pairWith + 1;
            if (!secondEnd)
                context.tense = tense.tenseAround(scanned, c.first, c.last);
            auto r = resolver.resolve(c.frame, c.type, context);
            if (!r || r->value.isEmpty())
                continue;
            // Built in place, its strings moved from the resolution rather than shared with it.
            Timex &t = out.emplace_back();
            t.id = TimexIds::id(handedOver + qsizetype(out.size()));
            t.start = base + scanned.tokens[size_t(c.first)].start;
            t.end = base + scanned.tokens[size_t(c.last)].end;
            t.text = text.sliced(t.start, t.end - t.start).toString();
            t.type = r->type;
            t.value = std::move(r->value);
            t.mod = std::move(r->mod);
            t.anchor = std::move(r->anchor);
            t.quant = std::move(r->quant);
            t.freq = std::move(r->freq);
            // later narrative references hang on the most recent date at day, month or year grain
            const bool placed = r->point.isValid() && r->point.yearKnown && !r->comparison;
            if (placed && (r->point.grain == TimePoint::Grain::Quarter || r->point.grain == TimePoint::Grain::Half)) {
                context.period = r->point;
                context.periodId = t.id;
            }
            if (placed && r->point.grain >= TimePoint::Grain::Year) {
                context.previous = std::move(r->point);   // the resolution's last use
                context.previousId = t.id;
            }
            context.afterDuration = r->type == TimexType::Duration;
        }
        const qsizetype held = qsizetype(out.size());
        pieceDone(cut);
        handedOver += held - qsizetype(out.size());
        base = cut;
    }
}

} // namespace chronoline
