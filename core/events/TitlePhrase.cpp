#include "events/TitlePhrase.h"
#include "events/Literal.h"

#include "events/PredicateFinder.h"
#include "events/TimexAnchorer.h"

namespace chronoline::events {

namespace {

bool nameLike(const Word &w)
{
    return w.timex < 0
        && (w.tag == WordTag::Name
            || (w.capitalised && (w.flags & (EventLexicon::Demonym | EventLexicon::Role))));
}

bool isQuote(const Word &w)
{
    return w.tag == WordTag::Punct
        && (is(w.text, u"\"") || is(w.text, u"\u201C") || is(w.text, u"\u201D") || is(w.text, u"'")
            || is(w.text, u"\u2018") || is(w.text, u"\u2019"));
}

} // namespace

bool TitlePhrase::dating(const AnalysedSentence &s, int timex) const
{
    const Timex &t = m_timexes[size_t(timex)];
    if (t.type == TimexType::Date || t.type == TimexType::Time)
        return true;
    if (t.type != TimexType::Duration)
        return false;
    if (m_window.size() < m_timexes.size())   // the list grows as the tagger goes
        m_window.resize(m_timexes.size(), -1);
    qint8 &known = m_window[size_t(timex)];
    if (known < 0)
        known = TimexAnchorer::isWindow(s, t) ? 1 : 0;
    return known == 1;
}

// "as early as next week", "on March 21", "scheduled for September 9 to
// September 10": up to three words (events_dateleads.txt) between content and
// a dating expression. Asked only of the few words that can lead into a date,
// so nothing is worked out for the rest of the sentence.
bool TitlePhrase::leadsIntoDate(const AnalysedSentence &s, int i) const
{
    for (int k = i; k < s.size() && k <= i + 3; ++k) {
        const Word &w = s.words[size_t(k)];
        if (w.timex >= 0)
            return k > i && dating(s, w.timex);
        if (!(w.flags & EventLexicon::DateLead))
            return false;
    }
    return false;
}

QString TitlePhrase::chainName(const AnalysedSentence &s, int noun, int *chainEnd) const
{
    int k = noun + 1;
    if (k >= s.size() || !is(s.words[size_t(k)].lower, u"of"))
        return {};
    QString name;
    int end = noun;
    for (int j = k; j < s.size() && j < k + 14; ++j) {
        const Word &w = s.words[size_t(j)];
        if (w.isPunct(u'(') && j + 2 < s.size() && s.words[size_t(j) + 2].isPunct(u')')
            && nameLike(s.words[size_t(j) + 1])) {
            name = s.words[size_t(j) + 1].text.toString();   // an acronym says it best: "(G20)"
            end = j + 2;
            j += 2;
            continue;
        }
        if (w.tag == WordTag::Punct || w.tag == WordTag::Rel || w.tag == WordTag::Sub
            || w.tag == WordTag::To || w.timex >= 0
            || (w.tag == WordTag::Prep && !is(w.lower, u"of"))
            || (w.tag == WordTag::Verb && j + 1 < s.size()
                && (s.words[size_t(j) + 1].tag == WordTag::Prep || s.words[size_t(j) + 1].tag == WordTag::To))
            || (w.isVerbLike() && w.tag != WordTag::Verb))
            break;
        if (name.isEmpty() && nameLike(w)) {
            if (const auto n = m_names.at(s, j)) {
                name = headlineName(s, *n, w.start).headline;
                j = n->last;
            }
        }
        end = j;
    }
    if (!name.isEmpty())
        *chainEnd = end;
    return name;
}

int TitlePhrase::apposition(const AnalysedSentence &s, int comma, int to, QString *name, QString *full) const
{
    int j = comma + 1;
    while (j <= to && j < s.size() && s.words[size_t(j)].tag == WordTag::Det)
        ++j;
    if (j > to || j >= s.size() || !nameLike(s.words[size_t(j)]))
        return -1;
    const auto n = m_names.at(s, j);
    if (!n)
        return -1;
    const int after = n->last + 1;
    if (after <= to && after < s.size() && !s.words[size_t(after)].isPunct(u',')
        && s.words[size_t(after)].timex < 0)
        return -1;
    const HeadlineNames::Forms forms = headlineName(s, *n, s.words[size_t(j)].start);
    *name = forms.headline;
    *full = forms.text;
    return std::min(after, to);
}

void TitlePhrase::compressInto(TitleWords &out, const AnalysedSentence &s, int from, int to, const Options &o,
                               QStringList *participants, QStringList *places) const
{
    const qsizetype base = out.size();   // what was there before: not ours to drop
    qsizetype npStart = base;            // where the noun phrase being written began in `out`
    bool npHasName = false;
    to = std::min(to, s.size() - 1);
    // At most a word per word: room up front spares the list its regrowths.
    out.reserve(base + std::max(0, to - std::max(0, from) + 1));
    int depth = 0;
    for (int i = std::max(0, from); i <= to; ++i) {
        const Word &w = s.words[size_t(i)];
        if (o.clause >= 0 && w.clause != o.clause)
            continue;
        if (w.isPunct(u'(')) {
            ++depth;
            continue;
        }
        if (w.isPunct(u')')) {
            depth = std::max(0, depth - 1);
            continue;
        }
        if (depth > 0 || isQuote(w))
            continue;
        if (w.timex >= 0) {
            if (!dating(s, w.timex))
                out.append(w.text);
            continue;
        }
        if ((w.flags & EventLexicon::DateLead) && leadsIntoDate(s, i))
            continue;
        // "in the quarter ended Sept. 30": with the dates gone, "ended" has no place.
        if (w.tag == WordTag::Verb && PredicateFinder::boundsDatedPeriod(s, i))
            continue;
        if (w.tag == WordTag::Punct) {
            if (w.isPunct(u',') && o.stopAtComma) {
                QString name, full;
                const int end = npHasName ? -1 : apposition(s, i, to, &name, &full);
                if (end < 0)
                    break;
                out.truncate(npStart);
                out.hold(name);
                if (participants && !participants->contains(full))
                    participants->append(full);
                npHasName = true;
                i = end;
                continue;
            }
            if (w.isPunct(u'-') || w.isPunct(u'/') || w.isPunct(u'&'))
                out.append(w.text);
            continue;
        }
        if (o.stopAtConnective
            && (m_lexicon.phraseAt(s, i, s.size(), EventLexicon::PhraseKind::Connective)
                || is(w.lower, u"despite") || is(w.lower, u"according")))
            break;
        if (w.tag == WordTag::Rel || w.tag == WordTag::Sub)
            break;
        if (o.stopAtParticiple && i > from && w.tag == WordTag::Verb
            && (w.form == VerbForm::Gerund || w.form == VerbForm::PastPart) && out.size() > base) {
            const Word &prev = s.words[size_t(i) - 1];
            const bool afterNoun = prev.tag == WordTag::Noun || prev.tag == WordTag::Name || prev.timex >= 0
                                || prev.isPunct(u')');   // "the Group of 20 (G20) scheduled for"
            const bool beforePrep = i + 1 < s.size()
                && (s.words[size_t(i) + 1].tag == WordTag::Prep || s.words[size_t(i) + 1].tag == WordTag::To);
            if (afterNoun && beforePrep)
                break;
        }
        if (nameLike(w)) {
            if (const auto n = m_names.at(s, i)) {
                if (n->nameFirst > i) {
                    i = n->nameFirst - 1;   // roles and nationality before the name leave
                    continue;
                }
                const HeadlineNames::Forms forms = headlineName(s, *n, w.start);
                out.append(forms.headline);   // HeadlineNames keeps it for the document
                if (participants && !participants->contains(forms.text))
                    participants->append(forms.text);
                if (places && n->place && !places->contains(forms.text))
                    places->append(forms.text);
                npHasName = true;
                i = n->last;
                continue;
            }
            out.append(w.text);   // "Chinese" in "Chinese spy balloon"
            continue;
        }
        if (w.tag == WordTag::Noun && (w.flags & EventLexicon::EventNoun)) {
            int end = i;
            const QString name = chainName(s, i, &end);
            if (!name.isEmpty()) {
                out.hold(name);
                out.append(w.text);
                if (participants && !participants->contains(name))
                    participants->append(name);
                i = end;
                continue;
            }
        }
        const bool dropped = (w.flags & EventLexicon::TitleStop)
                          || (w.tag == WordTag::Adv && endsWith(w.lower, u"ly") && !(w.flags & EventLexicon::TitleKeep));
        if (dropped)
            continue;
        if (w.tag == WordTag::Prep || w.tag == WordTag::To || w.tag == WordTag::Verb || w.tag == WordTag::Conj) {
            npStart = out.size() + 1;
            npHasName = false;
        }
        out.append(w.text);
    }
}

} // namespace chronoline::events
