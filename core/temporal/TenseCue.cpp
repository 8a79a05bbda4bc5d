#include "temporal/TenseCue.h"

#include "temporal/LanguageData.h"

namespace chronoline {

namespace {
constexpr int window = 12;
}

TenseCue::TenseCue(const LanguageData &language) : m_tense(language.category(QStringLiteral("TENSE"))) {}

int TenseCue::tenseAround(const ScannedText &sc, int first, int last) const
{
    auto cueAt = [&](int k) {
        const ScanToken &t = sc.tokens[size_t(k)];
        for (const TokenReading *r = sc.begin(t); r != sc.end(t); ++r) {
            if (r->category == m_tense && !r->latent)
                return r->intValue;
        }
        return 0;
    };
    const int n = int(sc.tokens.size());
    for (int d = 1; d <= window; ++d) {
        const int left = first - d;
        const int right = last + d;
        bool any = false;
        if (left >= 0 && !sc.tokens[size_t(left)].sentenceEnd && !sc.tokens[size_t(left + 1)].paragraphBreakBefore) {
            any = true;
            if (int t = cueAt(left))
                return t;
        }
        if (right < n && !sc.tokens[size_t(right - 1)].sentenceEnd && !sc.tokens[size_t(right)].paragraphBreakBefore) {
            any = true;
            if (int t = cueAt(right))
                return t;
        }
        if (!any)
            break;
    }
    return 0;
}

} // namespace chronoline
