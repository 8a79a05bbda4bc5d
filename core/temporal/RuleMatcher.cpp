#include "temporal/RuleMatcher.h"

#include "temporal/LanguageData.h"

namespace chronoline {

namespace {

struct MatchState {
    Frame frame;
    int extFirst = -1;
    int extLast = -1;
    bool supported = false;   // some element matched a reading that is not latent
    // range rules: the first expression, frozen at '>>'
    bool split = false;
    Frame firstFrame;
    int firstExtFirst = -1;
    int firstExtLast = -1;
};

class Walker {
public:
    Walker(const LanguageData &language, QStringView text, const ScannedText &scanned, const Rule &rule,
           int start, std::vector<Candidate> &out)
        : L(language), text(text), sc(scanned), rule(rule), start(start), out(out) {}

    void walk(size_t e, int k, MatchState &st)
    {
        if (e == rule.elements.size()) {
            emitMatch(k, st);
            return;
        }
        const RuleElement &el = rule.elements[e];
        if (el.kind == RuleElement::Kind::Split) {
            MatchState next = st;
            next.split = true;
            next.firstFrame = st.frame;
            next.firstExtFirst = st.extFirst;
            next.firstExtLast = st.extLast;
            next.frame = Frame();
            next.extFirst = next.extLast = -1;
            walk(e + 1, k, next);
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
            MatchState next = st;
            take(el, k, 1, next, true);
            if (el.hasField)
                next.frame.setText(el.field, text.sliced(tok.start, tok.end - tok.start).toString().toLower());
            walk(e + 1, k + 1, next);
            return;
        }
        for (const TokenReading *r = sc.begin(tok); r != sc.end(tok); ++r) {
            bool wanted = false;
            for (size_t a = 0; a < el.ids.size() && !wanted; ++a) {
                if (el.ids[a] != r->category)
                    continue;
                const QStringList &values = el.requiredValues[a];
                wanted = values.isEmpty()
                      || (r->text ? values.contains(*r->text)
                                  : (r->isInt && values.contains(QString::number(r->intValue))));
            }
            if (!wanted)
                continue;
            if (k + r->span > int(sc.tokens.size()))
                continue;
            MatchState next = st;
            take(el, k, r->span, next, !r->latent);
            if (el.hasField) {
                const QString value = r->text ? *r->text : QString::number(r->intValue);
                next.frame.set(el.field, value, r->intValue, r->isInt);
            }
            walk(e + 1, k + r->span, next);
        }
    }

private:
    void take(const RuleElement &el, int k, int span, MatchState &st, bool support)
    {
        st.supported |= support;
        if (el.context || el.connector)
            return;
        if (st.extFirst < 0)
            st.extFirst = k;
        st.extLast = k + span - 1;
    }

    Candidate make(int first, int last, int end, const Frame &frame, bool supported) const
    {
        Candidate c;
        c.first = first;
        c.last = last;
        c.matchFirst = start;
        c.matchLast = end - 1;
        c.type = rule.type;
        c.frame = frame;
        c.rule = rule.index;
        c.reject = rule.kind == Rule::Kind::Reject;
        c.latentOnly = !supported;
        for (const RuleAssignment &a : rule.assignments) {
            if (!c.frame.has(a.field))
                c.frame.setText(a.field, a.value);
        }
        return c;
    }

    void emitMatch(int end, const MatchState &st)
    {
        if (!st.split) {
            if (st.extFirst < 0)
                return;
            out.push_back(make(st.extFirst, st.extLast, end, st.frame, st.supported));
            return;
        }
        if (st.firstExtFirst < 0 || st.extFirst < 0)
            return;
        Candidate a = make(st.firstExtFirst, st.firstExtLast, end, st.firstFrame, st.supported);
        Frame second = st.frame;
        second.inheritFrom(st.firstFrame);
        // "Jan. 5 through Jan. 9, 2024": the year said once at the end holds for both
        if (!a.frame.has(Field::Year) && second.has(Field::Year))
            a.frame.fields[size_t(Field::Year)] = second.fields[size_t(Field::Year)];
        Candidate b = make(st.extFirst, st.extLast, end, second, st.supported);
        const int ia = int(out.size());
        a.pairWith = ia + 1;
        b.pairWith = ia;
        out.push_back(std::move(a));
        out.push_back(std::move(b));
    }

    const LanguageData &L;
    QStringView text;
    const ScannedText &sc;
    const Rule &rule;
    int start;
    std::vector<Candidate> &out;
};

} // namespace

RuleMatcher::RuleMatcher(const LanguageData &language) : m_language(language) {}

void RuleMatcher::match(QStringView text, const ScannedText &scanned, std::vector<Candidate> &out) const
{
    std::vector<int> tried;
    for (int k = 0; k < int(scanned.tokens.size()); ++k) {
        const ScanToken &tok = scanned.tokens[size_t(k)];
        if (tok.readingsBegin == tok.readingsEnd && tok.key < 0)
            continue;   // the common case: a word the language data does not know
        tried.clear();
        auto tryRules = [&](const std::vector<int> &rules) {
            for (int r : rules) {
                if (std::find(tried.begin(), tried.end(), r) != tried.end())
                    continue;
                tried.push_back(r);
                matchRule(text, scanned, m_language.rules()[size_t(r)], k, out);
            }
        };
        if (tok.key >= 0)
            tryRules(m_language.rulesStartingWithKey(tok.key));
        for (const TokenReading *r = scanned.begin(tok); r != scanned.end(tok); ++r)
            tryRules(m_language.rulesStartingWithCategory(r->category));
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
