#include "temporal/TemporalTagger.h"

#include "temporal/CandidateRefiner.h"
#include "temporal/LanguageData.h"
#include "temporal/RuleMatcher.h"
#include "temporal/TenseCue.h"
#include "temporal/TokenScanner.h"
#include "temporal/ValueResolver.h"

#include <QDebug>

namespace chronoline {

TemporalTagger::TemporalTagger(std::shared_ptr<const LanguageData> language) : m_language(std::move(language)) {}

TemporalTagger::~TemporalTagger() = default;

const TemporalTagger &TemporalTagger::english()
{
    static const TemporalTagger tagger = [] {
        QString error;
        auto data = LanguageData::load(QStringLiteral(":/lang/en"), &error);
        if (!data)
            qFatal("Chronoline: the bundled English language data is broken: %s", qPrintable(error));
        return TemporalTagger(std::move(data));
    }();
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
    const LanguageData &L = *m_language;
    thread_local ScannedText scanned;
    thread_local std::vector<Candidate> candidates;
    TokenScanner(L).scan(text, scanned);
    candidates.clear();
    RuleMatcher(L).match(text, scanned, candidates);
    const std::vector<Candidate> kept = CandidateRefiner(L).refine(scanned, std::move(candidates));
    candidates = {};

    const TenseCue tense(L);
    const ValueResolver resolver;
    ResolveContext context;
    context.dct = dct;
    Timexes out;
    out.reserve(kept.size());
    for (const Candidate &c : kept) {
        context.tense = tense.tenseAround(scanned, c.first, c.last);
        const auto r = resolver.resolve(c.frame, c.type, context);
        if (!r || r->value.isEmpty())
            continue;
        Timex t;
        t.id = QStringLiteral("t%1").arg(out.size() + 1);
        t.start = scanned.tokens[size_t(c.first)].start;
        t.end = scanned.tokens[size_t(c.last)].end;
        t.text = text.sliced(t.start, t.end - t.start).toString();
        t.type = r->type;
        t.value = r->value;
        t.mod = r->mod;
        t.anchor = r->anchor;
        t.quant = r->quant;
        t.freq = r->freq;
        // later narrative references hang on the most recent date at day, month or year grain
        if (r->point.isValid() && r->point.yearKnown && r->point.grain >= TimePoint::Grain::Year
            && !r->comparison) {
            context.previous = r->point;
            context.previousId = t.id;
        }
        out.push_back(std::move(t));
    }
    return out;
}

} // namespace chronoline
