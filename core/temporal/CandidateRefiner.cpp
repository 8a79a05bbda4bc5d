#include "temporal/CandidateRefiner.h"

#include "temporal/LanguageData.h"

#include <algorithm>

namespace chronoline {

namespace {

bool hasDatePart(const Frame &f)
{
    return f.has(Field::Year) || f.has(Field::Month) || f.has(Field::Day) || f.has(Field::Weekday)
        || f.has(Field::Offset) || f.has(Field::Holiday);
}

bool hasTimePart(const Frame &f)
{
    return f.has(Field::Clock) || f.has(Field::Hour) || f.has(Field::PartOfDay);
}

bool onlyTimePart(const Frame &f) { return hasTimePart(f) && !hasDatePart(f); }

bool hasReading(const ScannedText &sc, int token, int category)
{
    const ScanToken &t = sc.tokens[size_t(token)];
    for (const TokenReading *r = sc.begin(t); r != sc.end(t); ++r) {
        if (r->category == category && r->span == 1)
            return true;
    }
    return false;
}

} // namespace

CandidateRefiner::CandidateRefiner(const LanguageData &language)
    : m_language(language),
      m_mod(language.category(QStringLiteral("MOD"))),
      m_approx(language.category(QStringLiteral("APPROX"))),
      m_edge(language.category(QStringLiteral("EDGE"))),
      m_at(language.category(QStringLiteral("AT"))),
      m_on(language.category(QStringLiteral("ON"))),
      m_comma(language.builtin(LanguageData::Comma)),
      m_dash(language.builtin(LanguageData::Dash)),
      m_number(language.builtin(LanguageData::Number)),
      m_vague(language.category(QStringLiteral("VAGUENUM")))
{
    for (int category : {m_mod, m_edge, m_approx}) {
        if (category < 0 || category >= int(CategorySet::capacity))
            m_modifiersIndexed = false;
        else
            m_modifiers.set(size_t(category));
    }
}

void CandidateRefiner::refine(const ScannedText &scanned, std::vector<Candidate> &all,
                              std::vector<Candidate *> &kept) const
{
    // Working lists, kept from piece to piece (as the caller keeps the candidates): the
    // per-token ones are all -1 / 0 between calls, and each call resets only what it marked,
    // so that a piece costs its candidates, not its thousands of tokens.
    struct Scratch {
        std::vector<std::pair<int, int>> vetoes;
        std::vector<int> vetoAt;
        std::vector<char> taken;
        std::vector<std::pair<quint64, int>> order;
        std::vector<int> keptIndices;   // indices, not copies: a Candidate is large
    };
    thread_local Scratch s;
    const size_t tokenCount = scanned.tokens.size();
    if (s.vetoAt.size() < tokenCount) {
        s.vetoAt.resize(tokenCount, -1);
        s.taken.resize(tokenCount, 0);
    }
    s.vetoes.clear();
    s.order.clear();
    s.keptIndices.clear();
    kept.clear();

    // 1 + 2: latent-only matches go; vetoes remove whatever they overlap. Each token
    // remembers the veto covering it, so this stays linear in the text.
    for (const Candidate &c : all) {
        // A veto stands even when all its words are latent: "Jan Kavan" is no date even after
        // "and", which would otherwise support the month.
        if (c.reject) {
            s.vetoes.emplace_back(c.first, c.last);
            for (int k = c.first; k <= c.last; ++k)
                s.vetoAt[size_t(k)] = int(s.vetoes.size() - 1);
        }
    }
    for (int i = 0; i < int(all.size()); ++i) {
        Candidate &c = all[size_t(i)];
        if (c.reject || c.latentOnly)
            continue;
        // a veto removes what it overlaps, except a longer match that contains it
        // ("a quarter of" vetoes "a quarter", not "a quarter of an hour")
        bool vetoed = false;
        for (int k = c.first; k <= c.last && !vetoed; ++k) {
            const int v = s.vetoAt[size_t(k)];
            if (v < 0)
                continue;
            const auto [a, b] = s.vetoes[size_t(v)];
            const bool contains = c.first <= a && c.last >= b && (c.last - c.first) > (b - a);
            vetoed = !contains;
        }
        if (vetoed)
            continue;
        // 3: longest first (by match, so that context words count toward specificity), then
        // the earlier rule, then the earlier candidate: one integer key per candidate, sorted
        // with its index, orders them as a stable sort on (length, rule) would, without
        // reaching into the large candidates at each comparison. (Flipping the sign bit keeps
        // the order of signed numbers among unsigned ones; `~` makes the length descending.)
        const quint32 length = quint32(c.matchLast - c.matchFirst) ^ 0x80000000u;
        const quint32 rule = quint32(c.rule) ^ 0x80000000u;
        s.order.emplace_back((quint64(~length) << 32) | rule, i);
    }
    for (const auto &[a, b] : s.vetoes) {
        for (int k = a; k <= b; ++k)
            s.vetoAt[size_t(k)] = -1;
    }

    std::sort(s.order.begin(), s.order.end());
    std::vector<char> &taken = s.taken;
    auto free = [&](const Candidate &c) {
        for (int k = c.first; k <= c.last; ++k) {
            if (taken[size_t(k)])
                return false;
        }
        return true;
    };
    auto take = [&](int i) {
        const Candidate &c = all[size_t(i)];
        for (int k = c.first; k <= c.last; ++k)
            taken[size_t(k)] = 1;
        s.keptIndices.push_back(i);
    };
    for (const auto &[key, i] : s.order) {
        Candidate &c = all[size_t(i)];
        if (c.dropped)
            continue;
        if (c.pairWith >= 0) {
            // a range keeps both ends or neither
            Candidate &other = all[size_t(c.pairWith)];
            if (free(c) && free(other) && !other.dropped) {
                take(i);
                take(c.pairWith);
                other.dropped = true;
            }
            c.dropped = true;
            continue;
        }
        if (free(c))
            take(i);
    }
    // Kept candidates never share a token, so their first tokens order them completely.
    std::sort(s.keptIndices.begin(), s.keptIndices.end(),
              [&](int a, int b) { return all[size_t(a)].first < all[size_t(b)].first; });
    for (int i : s.keptIndices) {
        Candidate &c = all[size_t(i)];
        for (int k = c.first; k <= c.last; ++k)
            taken[size_t(k)] = 0;
        kept.push_back(&c);
    }

    mergeDateAndTime(scanned, kept);
    takeModifiers(scanned, kept);
}

void CandidateRefiner::mergeDateAndTime(const ScannedText &sc, std::vector<Candidate *> &kept) const
{
    // Compacts in place, to stay linear: `w` is where the next survivor goes, and a candidate
    // moves only once a merge has opened a gap before it (most texts have none).
    size_t w = 0;
    for (size_t i = 0; i < kept.size(); ++i, ++w) {
        if (w != i)
            kept[w] = kept[i];
        if (i + 1 >= kept.size())
            continue;
        Candidate &a = *kept[w];
        Candidate &b = *kept[i + 1];
        if (a.type == TimexType::Duration || a.type == TimexType::Set || b.type == TimexType::Duration
            || b.type == TimexType::Set || a.pairWith >= 0 || b.pairWith >= 0)
            continue;
        // a clock time joins a day ("noon Thursday", "9 o'clock this morning"); a part of
        // the day joins a day that has none
        auto clock = [](const Frame &f) { return f.has(Field::Clock) || f.has(Field::Hour); };
        auto joins = [&](const Frame &time, const Frame &day) {
            return onlyTimePart(time) && hasDatePart(day) && !clock(day)
                && (clock(time) || !hasTimePart(day));
        };
        const bool fits = joins(a.frame, b.frame) || joins(b.frame, a.frame);
        if (!fits)
            continue;
        bool connected = b.first - a.last <= 3;
        for (int k = a.last + 1; connected && k < b.first; ++k) {
            connected = !sc.tokens[size_t(k)].lineBreakBefore
                     && (hasReading(sc, k, m_at) || hasReading(sc, k, m_on) || hasReading(sc, k, m_comma));
        }
        if (!connected)
            continue;
        if (clock(b.frame))   // the clock time is more precise than a part of the day
            a.frame.fields[size_t(Field::PartOfDay)] = FieldValue();
        if (clock(a.frame))
            b.frame.fields[size_t(Field::PartOfDay)] = FieldValue();
        a.frame.inheritFrom(b.frame);
        a.last = b.last;
        a.matchLast = std::max(a.matchLast, b.matchLast);
        a.type = TimexType::Time;
        ++i;   // b is part of a now
    }
    kept.resize(w);
}

void CandidateRefiner::takeModifiers(const ScannedText &sc, std::vector<Candidate *> &kept) const
{
    int previousEnd = -1;
    for (Candidate *candidate : kept) {
        Candidate &c = *candidate;
        const bool durationLike = c.type == TimexType::Duration || c.frame.has(Field::Direction);
        // looked up only for an APPROX word, which few expressions have before them
        auto startsWithNumber = [&] {
            const ScanToken &first = sc.tokens[size_t(c.first)];
            for (const TokenReading *r = sc.begin(first); r != sc.end(first); ++r) {
                if (r->category == m_number || r->category == m_vague)
                    return true;
            }
            return false;
        };
        // the modifier may be joined by a dash: "mid-March", "post-1959"
        int end = c.first - 1;
        if (end >= 0 && !sc.tokens[size_t(c.first)].spaceBefore && hasReading(sc, end, m_dash)
            && !sc.tokens[size_t(end)].spaceBefore)
            --end;
        bool found = false;
        for (int k = std::max(previousEnd + 1, c.first - 4); k <= end && !found; ++k) {
            const ScanToken &t = sc.tokens[size_t(k)];
            if (m_modifiersIndexed && !t.categories->intersects(m_modifiers))
                continue;   // none of its readings is a modifier
            for (const TokenReading *r = sc.begin(t); r != sc.end(t); ++r) {
                if (k + r->span - 1 != end)
                    continue;
                // "about 1990" is approximate; "over"/"more than" only bound an amount
                const bool fits = (r->category == m_mod && !durationLike)
                               || (r->category == m_edge && !durationLike && end == c.first - 2)
                               || (r->category == m_approx
                                   && ((durationLike && startsWithNumber())
                                       || (r->text && QStringView(*r->text) == u"APPROX")));
                if (!fits || !r->text || c.frame.has(Field::Mod))
                    continue;
                c.frame.set(Field::Mod, r->text, 0, false);
                c.first = k;
                c.matchFirst = std::min(c.matchFirst, k);
                found = true;
                break;
            }
        }
        previousEnd = c.last;
    }
}

} // namespace chronoline
