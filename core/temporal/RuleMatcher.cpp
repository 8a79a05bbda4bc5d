#include "temporal/RuleMatcher.h"

#include "temporal/LanguageData.h"

namespace chronoline {

namespace {

// Whether a reading can take a category element: one of its categories, with one of the
// values the element asks for, if it asks.
bool takes(const RuleElement &el, const TokenReading &r)
{
    for (size_t a = 0; a < el.ids.size(); ++a) {
        if (el.ids[a] != r.category)
            continue;
        const QStringList &values = el.requiredValues[a];
        if (values.isEmpty())
            return true;
        if (r.text) {
            if (values.contains(*r.text))
                return true;
        } else if (r.isInt) {
            const std::vector<int> &ints = el.requiredInts[a];
            if (std::find(ints.begin(), ints.end(), r.intValue) != ints.end())
                return true;
        }
    }
    return false;
}

// Whether a token could take a rule element that a Lookahead describes: the categories
// first, which rule out most; then, for an element that wants certain values ("UNIT=Q"),
// whether some reading has one (a name takes a NAME element whatever it says).
inline bool fits(const ScannedText &sc, const ScanToken *t, const Rule::Lookahead &a)
{
    if (!t || t->lineBreakBefore || (a.noSpaceBefore && t->spaceBefore))
        return false;
    if (a.key >= 0)
        return t->key == a.key;
    if (!t->categories->intersects(a.categories))
        return false;
    if (!a.element || t->name)
        return true;
    for (const TokenReading *r = sc.begin(*t); r != sc.end(*t); ++r) {
        if (takes(*a.element, *r))
            return true;
    }
    return false;
}

// Whether the tokens after a first element that took exactly one token could take the rule's
// second element, and, when that takes exactly one token too, its third.
inline bool lookaheadFits(const ScannedText &sc, const Rule &rule, const ScanToken *next, const ScanToken *afterNext)
{
    if (!fits(sc, next, rule.ahead[0]))
        return false;
    return !rule.ahead[1].active || next->phraseStart || fits(sc, afterNext, rule.ahead[1]);
}

// What a partial match has chosen so far. The frame is built only once a whole rule has
// matched, which keeps the many failed attempts cheap.
struct MatchState {
    static constexpr int maxElements = 24;
    const TokenReading *reading[maxElements];   // per element: the reading taken (null for literals)
    int token[maxElements];                     // per element: the token it matched
    int extFirst = -1;
    int extLast = -1;
    bool supported = false;   // some element matched a reading that is not latent
    int splitAt = -1;         // element index of '>>'
    int firstExtFirst = -1;
    int firstExtLast = -1;
};

class Walker {
public:
    Walker(const LanguageData &language, QStringView text, const ScannedText &scanned, const Rule &rule,
           int start, std::vector<Candidate> &out)
        : L(language), text(text), sc(scanned), rule(rule), start(start), out(out)
    {
        m_name.category = language.builtin(LanguageData::Name);
        m_name.latent = true;
    }

    void walk(size_t e, int k, MatchState &st)
    {
        if (e == rule.elements.size()) {
            emitMatch(k, st);
            return;
        }
        if (e >= size_t(MatchState::maxElements))
            return;
        const RuleElement &el = rule.elements[e];
        // The state is changed in place and restored on the way back (backtracking), so
        // trying an alternative costs a few scalar copies, not a copy of the whole state.
        const Scalars saved = scalars(st);
        if (el.kind == RuleElement::Kind::Split) {
            st.splitAt = int(e);
            st.firstExtFirst = st.extFirst;
            st.firstExtLast = st.extLast;
            st.extFirst = st.extLast = -1;
            st.reading[e] = nullptr;
            st.token[e] = -1;
            walk(e + 1, k, st);
            restore(st, saved);
            return;
        }
        if (k >= int(sc.tokens.size()))
            return;
        const ScanToken &tok = sc.tokens[size_t(k)];
        if (k > start && tok.lineBreakBefore)
            return;
        if (el.noSpaceBefore && tok.spaceBefore)
            return;
        if (el.kind == RuleElement::Kind::Literal) {
            if (tok.key != el.ids.front())
                return;
            take(el, k, 1, st, true);
            st.reading[e] = nullptr;
            st.token[e] = k;
            walk(e + 1, k + 1, st);
            restore(st, saved);
            return;
        }
        if (tok.name && std::find(el.ids.begin(), el.ids.end(), m_name.category) != el.ids.end()) {
            take(el, k, 1, st, false);
            st.reading[e] = &m_name;
            st.token[e] = k;
            walk(e + 1, k + 1, st);
            restore(st, saved);
        }
        for (const TokenReading *r = sc.begin(tok); r != sc.end(tok); ++r) {
            if (!takes(el, *r) || k + r->span > int(sc.tokens.size()))
                continue;
            take(el, k, r->span, st, !r->latent);
            st.reading[e] = r;
            st.token[e] = k;
            walk(e + 1, k + r->span, st);
            restore(st, saved);
        }
    }

private:
    struct Scalars {
        int extFirst, extLast, splitAt, firstExtFirst, firstExtLast;
        bool supported;
    };
    static Scalars scalars(const MatchState &st)
    {
        return {st.extFirst, st.extLast, st.splitAt, st.firstExtFirst, st.firstExtLast, st.supported};
    }
    static void restore(MatchState &st, const Scalars &s)
    {
        st.extFirst = s.extFirst;
        st.extLast = s.extLast;
        st.splitAt = s.splitAt;
        st.firstExtFirst = s.firstExtFirst;
        st.firstExtLast = s.firstExtLast;
        st.supported = s.supported;
    }

    void take(const RuleElement &el, int k, int span, MatchState &st, bool support)
    {
        st.supported |= support;
        if (el.context || el.connector)
            return;
        if (st.extFirst < 0)
            st.extFirst = k;
        st.extLast = k + span - 1;
    }

    // Fills a frame from the readings chosen for elements [from, to).
    void frameOf(const MatchState &st, size_t from, size_t to, Frame &f) const
    {
        for (size_t e = from; e < to; ++e) {
            const RuleElement &el = rule.elements[e];
            if (!el.hasField || st.token[e] < 0)
                continue;
            if (const TokenReading *r = st.reading[e])
                f.set(el.field, r->text, r->intValue, r->isInt);
            else   // a literal: its lower-case form, as the language data spells it
                f.setStable(el.field, L.lexicon().form(el.ids.front()));
        }
    }

    // Fills in a candidate whose frame holds what the match read (a Candidate is large: it is
    // built where it stays).
    void fill(Candidate &c, int first, int last, int end, bool supported) const
    {
        c.first = first;
        c.last = last;
        c.matchFirst = start;
        c.matchLast = end - 1;
        c.type = rule.type;
        c.rule = rule.index;
        c.reject = rule.kind == Rule::Kind::Reject;
        c.latentOnly = !supported;
        for (const RuleAssignment &a : rule.assignments) {
            if (!c.frame.has(a.field))
                c.frame.setStable(a.field, a.value);
        }
    }

    void emitMatch(int end, const MatchState &st)
    {
        if (rule.kind == Rule::Kind::Reject) {   // a veto needs no meaning
            if (st.extFirst >= 0)
                fill(out.emplace_back(), st.extFirst, st.extLast, end, st.supported);
            return;
        }
        if (st.splitAt < 0) {
            if (st.extFirst < 0)
                return;
            Candidate &c = out.emplace_back();
            frameOf(st, 0, rule.elements.size(), c.frame);
            fill(c, st.extFirst, st.extLast, end, st.supported);
            return;
        }
        if (st.firstExtFirst < 0 || st.extFirst < 0)
            return;
        const int ia = int(out.size());
        out.emplace_back();
        out.emplace_back();
        Candidate &a = out[size_t(ia)];
        Candidate &b = out[size_t(ia) + 1];
        frameOf(st, 0, size_t(st.splitAt), a.frame);
        frameOf(st, size_t(st.splitAt) + 1, rule.elements.size(), b.frame);
        b.frame.inheritFrom(a.frame);   // the second end inherits what the first stated
        fill(a, st.firstExtFirst, st.firstExtLast, end, st.supported);
        // "Jan. 5 through Jan. 9, 2024": the year said once at the end holds for both
        if (!a.frame.has(Field::Year) && b.frame.has(Field::Year))
            a.frame.fields[size_t(Field::Year)] = b.frame.fields[size_t(Field::Year)];
        fill(b, st.extFirst, st.extLast, end, st.supported);
        a.pairWith = ia + 1;
        b.pairWith = ia;
    }

    const LanguageData &L;
    QStringView text;
    const ScannedText &sc;
    const Rule &rule;
    int start;
    std::vector<Candidate> &out;
    TokenReading m_name;   // the NAME reading a flagged token stands for
};

} // namespace

RuleMatcher::RuleMatcher(const LanguageData &language) : m_language(language) {}

void RuleMatcher::match(QStringView text, const ScannedText &scanned, std::vector<Candidate> &out) const
{
    const auto &rules = m_language.rules();
    std::vector<int> triedAt(rules.size(), -1);
    const int n = int(scanned.tokens.size());
    // Where the next anchor is (LanguageData::anchorCategories): a rule is only worth trying
    // where one lies within its reach, and most text has none near. Only known tokens can be
    // anchors (an unknown word reads as a NAME at most, which is glue), so the list is worked
    // out over them alone, by their place in `known`. It is found by running ahead of the
    // loop rather than in a pass of its own from the end: the tokens it reads are those the
    // loop reads next, still in the first-level cache then (a piece's tokens are not).
    const std::vector<int> &known = scanned.known;
    const CategorySet &anchors = m_language.anchorCategories();
    size_t anchorAt = 0;   // in `known`: the first anchor at or after q, or known.size()
    int nextAnchor = 0;
    for (size_t q = 0; q < known.size(); ++q) {   // a word the language data does not know starts nothing
        const int k = known[q];
        if (q > anchorAt || q == 0) {
            anchorAt = q;
            while (anchorAt < known.size() && !scanned.tokens[size_t(known[anchorAt])].categories->intersects(anchors))
                ++anchorAt;
            nextAnchor = anchorAt < known.size() ? known[anchorAt] : n + LanguageData::unanchored;
        }
        const ScanToken &tok = scanned.tokens[size_t(k)];
        // (capped below `unanchored`, so that a rule with no anchor is always tried)
        const int anchorDistance = std::min(nextAnchor - k, LanguageData::unanchored - 1);
        if (anchorDistance > m_language.maxAnchoredReach() && !tok.categories->intersects(m_language.unanchoredStarts())
            && m_language.anchorReachOfKeyOrNone(tok.key) < LanguageData::unanchored)
            continue;   // no anchor near: no rule can match here
        const ScanToken *next = k + 1 < n ? &scanned.tokens[size_t(k) + 1] : nullptr;
        const ScanToken *afterNext = k + 2 < n ? &scanned.tokens[size_t(k) + 2] : nullptr;
        if (tok.sharedReadings) {
            // A word with just the lexicon's readings: its rules are listed once, widest
            // reach first, so the loop ends at the first that cannot reach the anchor.
            const KeyReadings &readings = m_language.keyReadings(tok.key);
            const int capitalised = tok.capitalized ? 1 : 0;
            if (!readings.nextFilter[capitalised].admits(next))
                continue;   // no rule of its goes on to the next token
            for (const KeyReadings::RuleStart &start : readings.rules[capitalised]) {
                if (anchorDistance > start.anchorReach)
                    break;
                const Rule &rule = rules[size_t(start.rule)];
                if (rule.ahead[0].active && !lookaheadFits(scanned, rule, next, afterNext))
                    continue;   // (every reading here covers one token)
                matchRule(text, scanned, rule, k, out);
            }
            continue;
        }
        // The categories among this token's readings that cover several tokens ("the" of
        // "the past"): a rule starting with one of them may go on after the whole phrase.
        CategorySet phraseCategories;
        if (tok.phraseStart) {
            for (const TokenReading *r = scanned.begin(tok); r != scanned.end(tok); ++r) {
                if (r->span > 1)
                    phraseCategories.set(size_t(r->category));
            }
        }
        auto tryRules = [&](const std::vector<int> &candidates) {
            for (int r : candidates) {
                if (triedAt[size_t(r)] == k)
                    continue;
                triedAt[size_t(r)] = k;
                const Rule &rule = rules[size_t(r)];
                if (anchorDistance > rule.anchorReach)
                    continue;
                // (the first element takes exactly this token unless it is one of its phrases)
                if (rule.ahead[0].active && !rule.firstCategories.intersects(phraseCategories)
                    && !lookaheadFits(scanned, rule, next, afterNext))
                    continue;
                matchRule(text, scanned, rule, k, out);
            }
        };
        if (tok.key >= 0 && anchorDistance <= m_language.anchorReachOfKey(tok.key))
            tryRules(m_language.rulesStartingWithKey(tok.key));
        for (const TokenReading *r = scanned.begin(tok); r != scanned.end(tok); ++r) {
            if (anchorDistance > m_language.anchorReachOfCategory(r->category))
                continue;
            // Most readings start no match at all ("the" before an ordinary word): rule the
            // whole list out at once when the next token fits none of its second elements.
            if (r->span == 1 && !tok.phraseStart) {
                if (!m_language.secondFilterForCategory(r->category).admits(next))
                    continue;
            }
            tryRules(m_language.rulesStartingWithCategory(r->category));
        }
    }
}

void RuleMatcher::matchRule(QStringView text, const ScannedText &scanned, const Rule &rule, int start,
                            std::vector<Candidate> &out) const
{
    Walker walker(m_language, text, scanned, rule, start, out);
    MatchState st;
    walker.walk(0, start, st);
}

} // namespace chronoline
