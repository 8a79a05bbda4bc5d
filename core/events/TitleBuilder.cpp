#include "events/TitleBuilder.h"
#include "events/Borrowed.h"
#include "events/Literal.h"
#include "events/TextSearch.h"

#include <QStringTokenizer>


namespace chronoline::events {

namespace {

bool isSubjectPronoun(QStringView l)
{
    return is(l, u"he") || is(l, u"she") || is(l, u"it") || is(l, u"they") || is(l, u"we");
}

bool nameLike(const Word &w)
{
    return w.timex < 0
        && (w.tag == WordTag::Name
            || (w.capitalised && (w.flags & (EventLexicon::Demonym | EventLexicon::Role))));
}

// Function words a headline cannot end on (titles are cut at 12 words).
bool danglingAtEnd(QStringView w)
{
    if (w.size() > 5)
        return false;
    static constexpr QStringView words[] = {u"of", u"to", u"for", u"with", u"and", u"or", u"the", u"a", u"an",
                                      u"in", u"on", u"at", u"by", u"from", u"'s", u"not", u"that",
                                      u"his", u"her", u"their", u"its", u"as", u"into", u"about", u"-",
                                      u"but", u"than", u"under", u"after", u"while", u"who", u"which",
                                      u"is", u"are", u"was", u"were", u"be", u"has", u"have", u"had",
                                      u"will", u"would"};
    return isOneOf(w, words);
}

bool inCapitals(QStringView w)
{
    if (w.size() < 2)
        return false;
    for (QChar c : w) {
        if (!c.isUpper())
            return false;
    }
    return true;
}

// "MOSCOW (AP)_ The mayor ...", "BONN, Germany (AP)_ ...", "WASHINGTON -- With
// ...", "WASHINGTON, August 11 (Xinhua) -- ...": the index of the first word
// after a news dateline at the start of the sentence, or 0 when it has none.
int datelineEnd(const AnalysedSentence &s)
{
    const int n = s.size();
    int i = 0;
    while (i < n && i < 4 && inCapitals(s.words[size_t(i)].text))
        ++i;
    if (i == 0)
        return 0;
    if (i + 1 < n && s.words[size_t(i)].isPunct(u',') && s.words[size_t(i) + 1].capitalised
        && s.words[size_t(i) + 1].timex < 0)
        i += 2;   // ", Germany"
    while (i < n && (s.words[size_t(i)].timex >= 0 || s.words[size_t(i)].isPunct(u',')))
        ++i;      // ", August 11"
    bool marked = false;
    if (i + 2 < n && s.words[size_t(i)].isPunct(u'(') && s.words[size_t(i) + 2].isPunct(u')')) {
        i += 3;   // "(AP)"
        marked = true;
    }
    while (i < n
           && (s.words[size_t(i)].isPunct(u'_') || s.words[size_t(i)].isPunct(u'-')
               || s.words[size_t(i)].isPunct(u'\u2014') || s.words[size_t(i)].isPunct(u'\u2013'))) {
        ++i;
        marked = true;
    }
    return marked && i < n ? i : 0;
}

} // namespace

QString TitleBuilder::join(std::span<const QStringView> words)
{
    // Count words as a reader does: "'s" belongs to the word before it.
    const auto attached = [](QStringView w) {
        return (!w.isEmpty() && w.front() == u'\'') || is(w, u"-") || is(w, u"/");
    };
    // One pass writes the words, spaced, into a buffer on the stack and notes
    // how long the title is through each word; the title is then cut back past
    // function words left dangling and copied out once. Measuring first and
    // writing in a second pass read every word twice.
    QVarLengthArray<QChar, 256> text;
    QVarLengthArray<qsizetype, 40> lengthThrough;
    int count = 0;
    bool glue = true;
    for (const QStringView w : words) {
        if (!w.isEmpty()) {
            const bool joins = attached(w);
            // A name is held as one entry but read as its words ("Boris Yeltsin").
            if (!joins) {
                ++count;
                for (const QChar c : w)   // inline: QStringView::count is a call per word
                    count += c == u' ';
                if (count > maxWords)
                    break;
            }
            if (!text.isEmpty() && !joins && !glue)
                text.append(QChar(u' '));
            text.append(w.data(), w.size());
            glue = is(w, u"-") || is(w, u"/");
        }
        lengthThrough.append(text.size());
    }
    qsizetype keep = lengthThrough.size();
    while (keep > 0 && (words[size_t(keep) - 1].isEmpty() || danglingAtEnd(words[size_t(keep) - 1])))
        --keep;
    const qsizetype length = keep > 0 ? lengthThrough[keep - 1] : 0;
    if (length == 0)
        return QString();
    text[0] = text[0].toUpper();
    return QString(text.constData(), length);
}

void TitleBuilder::subject(TitleWords &out, const AnalysedSentence &s, int clause, const Predicate &p,
                           QStringList *participants, bool *pronoun) const
{
    *pronoun = false;
    const Clause &c = s.clauses[size_t(clause)];
    if (p.nominal)
        return;
    // The words before the verb group, in comma-separated stretches; the
    // subject is the last stretch that names someone, else the last one with
    // content ("On the other hand, Zelensky's spokesman, Sergii Nikoforov, ...").
    int segFirst = -1, segLast = -1;
    int bestFirst = -1, bestLast = -1;
    bool bestNamed = false;
    const auto closeSegment = [&] {
        if (segFirst < 0)
            return;
        bool content = false, named = false;
        for (int k = segFirst; k <= segLast; ++k) {
            const Word &w = s.words[size_t(k)];
            if (w.clause != clause || w.timex >= 0)
                continue;
            named = named || (nameLike(w) && m_names.isAt(s, k));
            // "an official", "the accused": an adjective after a determiner, with
            // the verb next, stands for a noun.
            content = content || w.tag == WordTag::Noun || w.tag == WordTag::Name || w.tag == WordTag::Pron
                   || (w.tag == WordTag::Adj && k == segLast && k > segFirst
                       && s.words[size_t(k) - 1].tag == WordTag::Det);
        }
        if (content && (named || !bestNamed)) {
            bestFirst = segFirst;
            bestLast = segLast;
            bestNamed = named;
        }
        segFirst = segLast = -1;
    };
    for (int i = std::max(c.first, datelineEnd(s)); i < p.first; ++i) {
        const Word &w = s.words[size_t(i)];
        if (w.clause != clause || i == c.opener)
            continue;
        if (w.isPunct(u',')) {
            closeSegment();
            continue;
        }
        // A stretch's opening "and" or "but" joins it to what came before and
        // has no place in a headline ("But the group began to fall apart").
        if (segFirst < 0 && w.tag == WordTag::Conj)
            continue;
        if (segFirst < 0)
            segFirst = i;
        segLast = i;
    }
    closeSegment();

    if (bestFirst < 0) {
        // "reports that said ...", "the president, who broke ...": the antecedent.
        if (c.kind == Clause::Kind::Relative && c.antecedent >= 0) {
            int k = c.antecedent;
            while (k > 0) {
                const WordTag t = s.words[size_t(k) - 1].tag;
                if (t != WordTag::Det && t != WordTag::Adj && t != WordTag::Noun && t != WordTag::Name
                    && t != WordTag::PossMark && t != WordTag::Num && t != WordTag::Poss)
                    break;
                --k;
            }
            m_phrase.compressInto(out, s, k, c.antecedent, {-1, false, false, false}, participants);
        }
        return;
    }
    // Existential "there" is no subject: "There have been attempted murders"
    // is headlined "Attempted murders".
    if (bestFirst == bestLast && is(s.words[size_t(bestFirst)].lower, u"there")
        && s.words[size_t(p.head)].tag == WordTag::Be)
        return;
    // A lone pronoun is resolved by the caller.
    int contentWords = 0, pron = -1;
    for (int k = bestFirst; k <= bestLast; ++k) {
        const Word &w = s.words[size_t(k)];
        if (w.clause != clause || w.timex >= 0 || w.tag == WordTag::Punct || w.tag == WordTag::Adv
            || w.tag == WordTag::Conj || w.tag == WordTag::Prep)
            continue;
        ++contentWords;
        if (w.tag == WordTag::Pron && isSubjectPronoun(w.lower))
            pron = k;
    }
    if (contentWords == 1 && pron >= 0) {
        *pronoun = true;
        const QString name = resolvePronoun(s, pron);
        if (name.isEmpty())
            out.append(s.words[size_t(pron)].text);
        else
            out.hold(name);
        return;
    }
    m_phrase.compressInto(out, s, bestFirst, bestLast, {clause, false, false, false}, participants);
}

void TitleBuilder::verbGroup(TitleWords &out, const AnalysedSentence &s, int clause, const Predicate &p,
                             bool expected) const
{
    if (p.nominal || !p.valid())
        return;
    const Word &head = s.words[size_t(p.head)];
    // "to" takes a base form ("to meet", "to be released"); an inflected head
    // ("It expects ...") keeps its own group.
    const bool base = head.form == VerbForm::Base || head.form == VerbForm::Present || head.form == VerbForm::None
                   || (p.passive && head.form == VerbForm::PastPart);
    if (expected && head.tag != WordTag::Be && base) {
        if (p.negated)
            out.append(u"not");
        out.append(u"to");
        if (p.passive)
            out.append(u"be");
        for (int k = p.head; k <= p.last; ++k)
            out.append(s.words[size_t(k)].text);
        return;
    }
    bool hedged = false;   // a hedge was kept, and the auxiliaries after it stay ("may have been")
    for (int k = p.first; k <= p.last; ++k) {
        const Word &w = s.words[size_t(k)];
        if (w.clause != clause || w.timex >= 0)
            continue;
        // Auxiliaries leave a headline; hedges stay ("Putin might attend summit").
        const bool hedge = w.tag == WordTag::Modal
                        && (is(w.lower, u"may") || is(w.lower, u"might") || is(w.lower, u"could"));
        hedged = hedged || hedge;
        if (hedged) {
            out.append(w.text);
            continue;
        }
        // ... but "had" before "not" stays ("had not admitted"), and so does "has"
        // before a participle with no past form of its own ("has fallen").
        const bool beforeNot = w.tag == WordTag::Have && k + 1 <= p.last
                            && s.words[size_t(k) + 1].tag == WordTag::Not;
        const bool perfectOnly = w.tag == WordTag::Have && p.perfect && s.words[size_t(p.head)].ptb
                              && !(s.words[size_t(p.head)].ptb & PtbVBD);
        if ((w.tag == WordTag::Be || w.tag == WordTag::Have || (w.tag == WordTag::Modal && !hedge)) && k != p.head
            && !beforeNot && !perfectOnly)
            continue;
        if (w.tag == WordTag::Do && !(k + 1 <= p.last && s.words[size_t(k) + 1].tag == WordTag::Not))
            continue;
        // With its "has" or "had" gone, a copula's "been" goes too: "Castro had
        // been on patrol" is headlined "Castro on patrol", not "Castro been".
        if (k == p.head && w.tag == WordTag::Be && is(w.lower, u"been") && k > p.first
            && s.words[size_t(k) - 1].tag == WordTag::Have && !p.negated)
            continue;
        if (w.tag == WordTag::Adv
            && ((w.flags & EventLexicon::TitleStop)
                || (endsWith(w.lower, u"ly") && !(w.flags & EventLexicon::TitleKeep))))
            continue;
        out.append(w.text);
    }
}

void TitleBuilder::clauseTitle(TitleWords &out, const AnalysedSentence &s, int clause, const Predicate &p,
                               bool expected, QStringView subjectOverride, QStringList *participants,
                               QStringList *places) const
{
    if (subjectOverride.isEmpty()) {
        bool pronoun = false;
        subject(out, s, clause, p, participants, &pronoun);
        if (pronoun && !out.isEmpty() && participants && out.front()[0].isUpper()
            && !participants->contains(out.front()))
            participants->append(out.front().toString());
    } else {
        // The caller's words, as views into its string ("Sullivan: American officials").
        for (QStringView w : QStringTokenizer{subjectOverride, u' ', Qt::SkipEmptyParts})
            out.append(w);
    }
    // The verb group and the rest of the clause follow: room for them up front.
    const Clause &c = s.clauses[size_t(clause)];
    out.reserve(out.size() + c.last - p.first + 4);
    verbGroup(out, s, clause, p, expected);
    m_phrase.compressInto(out, s, p.last + 1, c.last, {clause, true, true, true}, participants, places);
}

QString TitleBuilder::resolvePronoun(const AnalysedSentence &s, int word, bool lookAhead) const
{
    const QStringView l = s.words[size_t(word)].lower;
    const bool personal = is(l, u"he") || is(l, u"she") || is(l, u"his") || is(l, u"her");
    // Names as spans: only the one picked is written out.
    // `anyName`: a name not known to be a person's will do for "his" too.
    const auto pick = [&](const AnalysedSentence &in, const QVarLengthArray<NameFinder::Name, 8> &names,
                          bool lastFirst, bool anyName = false) -> QString {
        const qsizetype n = names.size();
        for (qsizetype k = 0; k < n; ++k) {
            const NameFinder::Name &name = names[lastFirst ? n - 1 - k : k];
            const bool person = name.person || NameFinder::severalWords(in, name);
            if ((personal == person || (anyName && personal)) && !name.place)
                return m_phrase.headlineName(in, name, s.start).headline;
        }
        return {};
    };
    if (QString found = pick(s, m_names.spans(s, 0, word - 1), true); !found.isEmpty())
        return found;
    if (lookAhead) {
        // Only from an opening phrase to the subject right after its comma:
        // "During his speech Wednesday night, Castro expressed irritation".
        int comma = 0;
        while (comma < s.size() && !s.words[size_t(comma)].isPunct(u','))
            ++comma;
        if (comma > word && comma + 1 < s.size()) {
            const auto names = m_names.spans(s, comma + 1, std::min(s.size() - 1, comma + 4));
            if (!names.isEmpty() && names.front().first == comma + 1) {
                if (QString found = pick(s, {names.front()}, false, true); !found.isEmpty())
                    return found;
            }
        }
    }
    if (s.index > 0) {
        const AnalysedSentence &prev = m_cache.sentence(s.index - 1);
        if (QString found = pick(prev, m_names.spans(prev, 0, prev.size() - 1), false); !found.isEmpty())
            return found;
    }
    return {};
}

QString TitleBuilder::possessorFromEarlier(int sentence, QStringView noun) const
{
    // "the invasion" names the event "Russia's invasion" did before. Which of
    // the sentences looked back on hold the noun (written in lower case inside
    // a sentence) is found by one search over all of them.
    static_assert(lookBack < 32, "one bit per sentence looked back on");
    const int first = std::max(0, sentence - lookBack);
    const qsizetype base = m_cache.span(first).start;
    const QStringView block = m_cache.text().sliced(base, m_cache.span(sentence).end - base);
    quint32 holding = 0;   // bit k: sentence first + k holds the noun
    for (qsizetype p = findText(block, noun); p >= 0; p = findText(block, noun, p + 1)) {
        const int si = m_cache.sentenceOf(base + p);
        if (si >= first && base + p + noun.size() <= m_cache.span(si).end)
            holding |= 1u << (si - first);
    }
    for (int si = sentence; si >= first; --si) {
        if (!(holding & (1u << (si - first))))
            continue;
        const AnalysedSentence &s = m_cache.sentence(si);
        for (int i = 2; i < s.size(); ++i) {
            if (s.words[size_t(i)].lower != noun || s.words[size_t(i) - 1].tag != WordTag::PossMark)
                continue;
            if (const auto n = m_names.at(s, i - 2))
                return m_phrase.headlineName(s, *n, s.start).headline;
        }
    }
    return {};
}

void TitleBuilder::nounTitle(TitleWords &out, const AnalysedSentence &s, int noun, QStringList *participants,
                             QStringList *places) const
{
    const EventLexicon::Phrase *phrase = m_lexicon.phraseAt(s, noun, s.size(), EventLexicon::PhraseKind::Noun);
    const int nounEnd = phrase ? noun + int(phrase->words.size()) - 1 : noun;
    const EventLexicon::Entry *entry = s.words[size_t(noun)].entry;   // the scanner looked it up
    const QString headline = phrase ? phrase->headline : (entry && nounEnd == noun ? entry->headline : QString());

    if (!headline.isEmpty() && nounEnd + 2 < s.size() && is(s.words[size_t(nounEnd) + 1].lower, u"of")) {
        // The object comes first ("balloon shot down"); if it has no words,
        // `out` is still empty for the title written below.
        m_phrase.compressInto(out, s, nounEnd + 2, std::min(s.size() - 1, nounEnd + 9),
                              {-1, true, true, true}, participants, places);
        if (!out.isEmpty()) {
            out.hold(headline);
            return;
        }
    }
    int k = noun - 1;
    while (k >= 0) {
        const Word &w = s.words[size_t(k)];
        const bool modifier = w.tag == WordTag::Adj || w.tag == WordTag::Noun || w.tag == WordTag::Name
                           || w.tag == WordTag::PossMark || w.tag == WordTag::Num;
        if (!modifier || (w.timex >= 0 && m_phrase.dating(s, w.timex)))
            break;
        --k;
    }
    m_phrase.compressInto(out, s, k + 1, noun - 1, {-1, false, false, false}, participants, places);
    int chainEnd = nounEnd;
    const QString chain = m_phrase.chainName(s, nounEnd, &chainEnd);
    if (!chain.isEmpty()) {
        out.hold(chain);
        if (participants && !participants->contains(chain))
            participants->append(chain);
    }
    // Written aside: it names its participants before a possessor found
    // earlier would, but goes after the noun in the title.
    TitleWords ofPhrase;
    if (chain.isEmpty() && nounEnd + 2 < s.size() && is(s.words[size_t(nounEnd) + 1].lower, u"of")) {
        // "the collapse of the market" -> "collapse of market"
        m_phrase.compressInto(ofPhrase, s, nounEnd + 2, std::min(s.size() - 1, nounEnd + 6),
                              {s.words[size_t(noun)].clause, true, true, true}, participants, places);
    }
    if (out.isEmpty() && ofPhrase.isEmpty()) {
        // "his speech" is the speech of the man the text names: "Castro's speech".
        const bool ownedByPronoun = k >= 0 && s.words[size_t(k)].tag == WordTag::Poss
                                 && (is(s.words[size_t(k)].lower, u"his") || is(s.words[size_t(k)].lower, u"her")
                                     || is(s.words[size_t(k)].lower, u"its"));
        QString possessor = ownedByPronoun ? resolvePronoun(s, k, true) : QString();
        if (possessor.isEmpty())
            possessor = possessorFromEarlier(s.index, s.words[size_t(noun)].lower);
        if (!possessor.isEmpty()) {
            out.hold(possessor);
            out.append(u"'s");
            if (participants && !participants->contains(possessor))
                participants->append(possessor);
        }
    }
    for (int i = noun; i <= nounEnd; ++i)
        out.append(s.words[size_t(i)].lower);
    if (!ofPhrase.isEmpty()) {
        out.append(u"of");
        out.append(ofPhrase);
    }
    // Where it happens: "in New Delhi", in the same clause or one hanging from it.
    const int clause = s.words[size_t(noun)].clause;
    for (int j = chainEnd + 1; j < s.size() && j < chainEnd + 30; ++j) {
        const Word &w = s.words[size_t(j)];
        const int wc = w.clause;
        if (wc != clause && s.clauses[size_t(wc)].parent != clause)
            continue;
        if (!nameLike(w))
            continue;
        const auto n = m_names.at(s, j);
        if (!n)
            continue;
        if (n->place && n->first > 0) {
            const QStringView prep = s.words[size_t(n->first) - 1].lower;
            if (is(prep, u"in") || is(prep, u"at")) {
                const HeadlineNames::Forms forms = m_phrase.headlineName(s, *n, w.start);
                out.append(prep);
                out.append(forms.headline);   // HeadlineNames keeps it for the document
                if (places && !places->contains(forms.text))
                    places->append(forms.text);
                if (participants && !participants->contains(forms.text))
                    participants->append(forms.text);
                break;
            }
        }
        j = n->last;
    }
}

QString TitleBuilder::keyPhrase(const AnalysedSentence &s, int from, int to, int clause) const
{
    for (int i = std::max(from, 1); i <= to && i < s.size(); ++i) {
        const Word &w = s.words[size_t(i)];
        if (clause >= 0 && w.clause != clause)
            continue;
        if (w.tag != WordTag::Noun || w.timex >= 0)
            continue;
        const Word &prev = s.words[size_t(i) - 1];
        const bool modifier = prev.tag == WordTag::Adj || prev.tag == WordTag::Noun
                           || (prev.timex >= 0 && !m_phrase.dating(s, prev.timex));
        if (modifier && !(prev.flags & EventLexicon::TitleStop))
            return borrowed(prev.text) + u' ' + borrowed(w.text);
        // A compound: "a peace proposal".
        if (i + 1 < s.size() && s.words[size_t(i) + 1].tag == WordTag::Noun && s.words[size_t(i) + 1].timex < 0)
            return borrowed(w.text) + u' ' + borrowed(s.words[size_t(i) + 1].text);
        return {};
    }
    return {};
}

// A noun title's key phrase: its last two words, "'s" kept with the word
// before it ("Russia's invasion"); with `upTo` given, the last two up to the
// first that reads as *upTo, none if none does. Words are spans of the title's
// words, so only the phrase itself is allocated.
QString TitleBuilder::nounKeyPhrase(const TitleWords &words, const QString *upTo)
{
    struct KeyWord {
        qsizetype first;
        qsizetype count;
    };
    QVarLengthArray<KeyWord, 40> key;
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (!is(words[i], u"'s"))
            key.append({i, 1});
        else if (!key.isEmpty())
            ++key.back().count;
    }
    const auto length = [&](const KeyWord &k) {
        qsizetype n = 0;
        for (qsizetype i = k.first; i < k.first + k.count; ++i)
            n += words[i].size();
        return n;
    };
    if (upTo && !key.isEmpty()) {
        qsizetype found = -1;
        for (qsizetype j = 0; j < key.size() && found < 0; ++j) {
            if (length(key[j]) != upTo->size())
                continue;
            qsizetype at = 0;
            bool same = true;
            for (qsizetype i = key[j].first; i < key[j].first + key[j].count && same; ++i) {
                same = words[i] == QStringView(*upTo).sliced(at, words[i].size());
                at += words[i].size();
            }
            if (same)
                found = j;
        }
        key.resize(found + 1);
    }
    if (key.size() < 2)
        return QString();
    const KeyWord a = key[key.size() - 2], b = key.back();
    QString out(length(a) + 1 + length(b), Qt::Uninitialized);
    QChar *p = out.data();
    const auto write = [&](const KeyWord &k) {
        for (qsizetype i = k.first; i < k.first + k.count; ++i)
            p = std::copy(words[i].begin(), words[i].end(), p);
    };
    write(a);
    *p++ = u' ';
    write(b);
    return out;
}

void TitleBuilder::build(EventDraft &d) const
{
    const AnalysedSentence &s = m_cache.sentence(d.sentence);
    Event &e = d.event;
    QStringList participants, places;
    // A report's subject line, which the title's first words view: it lives until the title is joined.
    QString subjectLine;
    TitleWords words;
    const bool expected = e.status == EventStatus::Expected;

    if (d.kind == EventDraft::Kind::Noun || d.predicate.nominal) {
        nounTitle(words, s, d.head, &participants, &places);
        // The noun alone ("Loss", "Purchase") says less than the clause it is
        // the object of ("Coast Savings Financial reported third-quarter loss").
        if (words.size() == 1) {
            const int clause = s.words[size_t(d.head)].clause;
            const Predicate verbal = clause >= 0 ? m_predicates.find(s, clause) : Predicate();
            if (verbal.valid() && !verbal.nominal && verbal.last < d.head && d.head - verbal.last <= 4) {
                TitleWords clauseWords;
                QStringList clauseParticipants, clausePlaces;
                // The clause's own tense, not the noun's date: "reported a third-quarter loss".
                clauseTitle(clauseWords, s, clause, verbal, verbal.future || verbal.raised, {},
                            &clauseParticipants, &clausePlaces);
                if (clauseWords.size() > 1) {
                    words = std::move(clauseWords);
                    participants = std::move(clauseParticipants);
                    places = std::move(clausePlaces);
                }
            }
        }
        const EventLexicon::Phrase *phrase = m_lexicon.phraseAt(s, d.head, s.size(), EventLexicon::PhraseKind::Noun);
        const int end = phrase ? d.head + int(phrase->words.size()) - 1 : d.head;
        e.trigger = m_cache.text().sliced(s.words[size_t(d.head)].start,
                                          s.words[size_t(end)].end - s.words[size_t(d.head)].start).toString();
        d.keyPhrase = nounKeyPhrase(words, phrase ? nullptr : &e.trigger);
    } else if (d.kind == EventDraft::Kind::Report && d.content >= 0) {
        bool pronoun = false;
        TitleWords reporterWords;
        subject(reporterWords, s, d.clause, d.predicate, &participants, &pronoun);
        const QString reporter = reporterWords.joined();
        if (pronoun && !reporter.isEmpty() && reporter[0].isUpper() && !participants.contains(reporter))
            participants.append(reporter);
        const Predicate content = m_predicates.find(s, d.content);
        const bool contentExpected = content.future || content.raised;
        bool contentPronoun = false;
        QStringList contentParticipants;
        TitleWords contentSubject;
        subject(contentSubject, s, d.content, content, &contentParticipants, &contentPronoun);
        const QString cs = contentSubject.joined();
        // A report that follows what it reports ("..., an official said") needs
        // the reported clause's own subject to make a headline of it.
        const bool reportsBefore = s.clauses[size_t(d.content)].first < d.head;
        if (!content.valid() || content.nominal || (reportsBefore && cs.isEmpty())) {
            clauseTitle(words, s, d.clause, d.predicate, false, {}, &participants, &places);
        } else if (contentPronoun || cs.isEmpty() || reporter.isEmpty() || NameFinder::sameName(cs, reporter)) {
            subjectLine = reporter.isEmpty() ? cs : reporter;
            clauseTitle(words, s, d.content, content, contentExpected, subjectLine, &participants, &places);
        } else {
            for (const QString &p : contentParticipants) {
                if (!participants.contains(p))
                    participants.append(p);
            }
            subjectLine = reporter + u':' + u' ' + cs;
            clauseTitle(words, s, d.content, content, contentExpected, subjectLine, &participants, &places);
        }
        e.trigger = s.words[size_t(d.head)].text.toString();
        if (content.valid())
            d.keyPhrase = keyPhrase(s, content.last + 1, s.clauses[size_t(d.content)].last, d.content);
    } else {
        clauseTitle(words, s, d.clause, d.predicate, expected, {}, &participants, &places);
        e.trigger = s.words[size_t(d.head)].text.toString();
        d.keyPhrase = keyPhrase(s, d.predicate.last + 1, s.clauses[size_t(d.clause)].last, d.clause);
    }
    e.title = join(words.words());
    e.participants = std::move(participants);
    e.places = std::move(places);
}

} // namespace chronoline::events
