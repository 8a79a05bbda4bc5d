#include "temporal/TenseCue.h"

#include "temporal/LanguageData.h"

#include <algorithm>

namespace chronoline {

namespace {
// Cues before an expression reach further than cues after it: "will meet on Monday",
// "said Xi would travel on March 21"; but "Monday, Sullivan said" has its verb after.
constexpr int leftWindow = 10;
constexpr int rightWindow = 6;
constexpr int pluperfectReach = 4;   // "had been scheduled to expire"
}

TenseCue::TenseCue(const LanguageData &language)
    : m_tense(language.category(QStringLiteral("TENSE"))), m_lead(language.category(QStringLiteral("TENSELEAD"))),
      m_dash(language.builtin(LanguageData::Dash))
{
    m_tenseIndexed = m_tense >= 0 && m_tense < int(CategorySet::capacity);
}

int TenseCue::tenseAround(const ScannedText &sc, int first, int last) const
{
    // The first cue in the clause that `wanted` accepts, or 0.
    auto nearest = [&](auto wanted) {
        auto cueAt = [&](int k) {
            const ScanToken &t = sc.tokens[size_t(k)];
            // most words have no TENSE reading, which the token's category set tells without
            // reading its readings
            if (m_tenseIndexed && !t.categories->test(std::size_t(m_tense)))
                return 0;
            // a verb form inside a hyphenated compound is an adjective, no tense: "after
            // lower-than-expected earnings", "a long-planned visit"
            if (k > 0 && !t.spaceBefore && m_dash >= 0 && sc.tokens[size_t(k - 1)].categories->test(std::size_t(m_dash)))
                return 0;
            for (const TokenReading *r = sc.begin(t); r != sc.end(t); ++r) {
                if (r->category == m_tense && !r->latent && wanted(r->intValue))
                    return r->intValue;
            }
            return 0;
        };
        const int n = int(sc.tokens.size());
        // The clause's own verb group comes before the date in English far more often than
        // after it ("will succeed Daniel P. Davison Feb. 1, the company said"): look left
        // first, then right ("On Monday, Sullivan said"). Both stop at the sentence's edges.
        for (int d = 1; d <= leftWindow; ++d) {
            const int left = first - d;
            if (left < 0 || sc.tokens[size_t(left)].sentenceEnd || sc.tokens[size_t(left + 1)].paragraphBreakBefore)
                break;
            if (int t = cueAt(left)) {
                // a plan in the pluperfect is a past one: "had been scheduled to expire
                // Friday", "had been due", "had planned"
                for (int k = left - 1; t > 0 && k >= std::max(0, left - pluperfectReach); --k) {
                    if (sc.tokens[size_t(k)].sentenceEnd)
                        break;
                    if (int before = cueAt(k); before <= -2)
                        return before;
                }
                return t;
            }
        }
        for (int d = 1; d <= rightWindow; ++d) {
            const int right = last + d;
            if (right >= n || sc.tokens[size_t(right)].sentenceEnd || sc.tokens[size_t(right)].paragraphBreakBefore)
                break;
            if (int t = cueAt(right))
                return t;
        }
        return 0;
    };
    // A deadline word right before the expression says more than the nearest verb: "repay it
    // by February", "until Tuesday morning" look ahead even in a past-tense report. Only a
    // pluperfect (cue value -2: "had filed reports by Wednesday") keeps such a date behind.
    int lead = 0;
    if (first > 0 && m_lead >= 0 && !sc.tokens[size_t(first - 1)].sentenceEnd) {
        const ScanToken &t = sc.tokens[size_t(first - 1)];
        const bool mayLead = m_lead >= int(CategorySet::capacity) || t.categories->test(std::size_t(m_lead));
        for (const TokenReading *r = sc.begin(t); mayLead && r != sc.end(t) && !lead; ++r) {
            if (r->category == m_lead && !r->latent)
                lead = r->intValue;
        }
    }
    if (lead != 0) {
        const int pluperfect = nearest([](int v) { return v <= -2; });
        return pluperfect ? pluperfect : lead;
    }
    return nearest([](int) { return true; });
}

} // namespace chronoline
