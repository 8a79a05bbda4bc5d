#include "events/WordScanner.h"
#include "events/Literal.h"

#include <algorithm>
#include <array>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace chronoline::events {

namespace {

// What the scanner asks of an ASCII unit, looked up once instead of tested
// range by range: nearly every unit of an English text is ASCII, and the scan
// asks of each one whether it is a space and whether it is a word character.
enum : quint8 { SpaceUnit = 1, WordUnit = 2 };
constexpr std::array<quint8, 128> asciiClasses = [] {
    std::array<quint8, 128> table{};
    for (int u = 0; u < 128; ++u) {
        if (u == 0x20 || (u >= 0x09 && u <= 0x0d))
            table[size_t(u)] = SpaceUnit;   // as QChar::isSpace
        else if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9'))
            table[size_t(u)] = WordUnit;
    }
    return table;
}();

bool isApostrophe(QChar c) { return c == u'\'' || c == u'\u2019'; }
inline bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 128)
        return asciiClasses[u] & WordUnit;
    return c.isLetterOrNumber() || c.isMark();
}
inline bool isSpaceUnit(QChar c)
{
    const char16_t u = c.unicode();
    return u < 128 ? (asciiClasses[u] & SpaceUnit) != 0 : c.isSpace();
}

// The end of the run of ASCII letters and digits at j, eight units at a time:
// most of a word is such a run, and the general test below then only meets
// what ends it (a space, a hyphen, a dot, a letter outside ASCII).
inline qsizetype asciiWordRunEnd(const char16_t *t, qsizetype j, qsizetype end)
{
#if defined(__SSE2__)
    const __m128i caseBit = _mm_set1_epi16(0x20);
    const __m128i a = _mm_set1_epi16(u'a');
    const __m128i zero = _mm_set1_epi16(u'0');
    const __m128i below = _mm_set1_epi16(-1);
    const __m128i letters = _mm_set1_epi16(26);
    const __m128i digits = _mm_set1_epi16(10);
    for (; j + 8 <= end; j += 8) {
        const __m128i units = _mm_loadu_si128(reinterpret_cast<const __m128i *>(t + j));
        // Signed comparisons: a unit outside ASCII lands below zero or far above.
        const __m128i l = _mm_sub_epi16(_mm_or_si128(units, caseBit), a);
        const __m128i d = _mm_sub_epi16(units, zero);
        const __m128i word = _mm_or_si128(_mm_and_si128(_mm_cmpgt_epi16(l, below), _mm_cmplt_epi16(l, letters)),
                                          _mm_and_si128(_mm_cmpgt_epi16(d, below), _mm_cmplt_epi16(d, digits)));
        const unsigned mask = unsigned(_mm_movemask_epi8(word));
        if (mask != 0xFFFF)
            return j + __builtin_ctz(~mask) / 2;
    }
#endif
    while (j < end && t[j] < 128 && (asciiClasses[t[j]] & WordUnit))
        ++j;
    return j;
}

// Lower case one UTF-16 unit at a time so that offsets stay aligned with the
// text; apostrophes are straightened so "Xi’s" and "Xi's" look alike.
QChar lowerUnit(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 128)
        return QChar(char16_t(unsigned(u - u'A') < 26u ? u + 32 : u));
    if (c == u'\u2019' || c == u'\u2018')
        return u'\'';
    return c.isSurrogate() ? c : c.toLower();
}

// Whether a one-unit word opens a quotation or a list, so that the word after
// it starts afresh ("initial"); an ASCII apostrophe only does after another opener.
inline bool opensQuote(QStringView w, bool initial)
{
    if (w.size() != 1)
        return false;
    switch (w[0].unicode()) {
    case u'"': case u'\u201C': case u':': case u'`': case u'\u2018':
        return true;
    case u'\'':
        return initial;
    default:
        return false;
    }
}

} // namespace

void WordScanner::scan(QStringView text, qsizetype start, qsizetype end, int index, AnalysedSentence &s) const
{
    s.words.clear();
    s.clauses.clear();
    s.predicates.clear();
    s.predicateKnown.clear();
    s.index = index;
    s.start = start;
    s.end = end;
    // Padded with zeros: the lexicon reads the first units of every word in
    // one go, the last word's too.
    s.lower.resize(end - start + LexiconIndex::headUnits);
    QChar *lower = s.lower.data();
    std::fill(lower + (end - start), lower + s.lower.size(), QChar());
    qsizetype done = start;
#if defined(__SSE2__)
    // Eight units at a time when they are all ASCII, which is nearly always.
    const __m128i highBits = _mm_set1_epi16(qint16(0xFF80));
    const __m128i beforeA = _mm_set1_epi16(u'A' - 1);
    const __m128i afterZ = _mm_set1_epi16(u'Z' + 1);
    const __m128i toLower = _mm_set1_epi16(32);
    for (; done + 8 <= end; done += 8) {
        const __m128i units = _mm_loadu_si128(reinterpret_cast<const __m128i *>(text.utf16() + done));
        if (_mm_movemask_epi8(_mm_cmpeq_epi16(_mm_and_si128(units, highBits), _mm_setzero_si128())) != 0xFFFF) {
            for (qsizetype i = done; i < done + 8; ++i)
                lower[i - start] = lowerUnit(text[i]);
            continue;
        }
        const __m128i upper = _mm_and_si128(_mm_cmpgt_epi16(units, beforeA), _mm_cmplt_epi16(units, afterZ));
        _mm_storeu_si128(reinterpret_cast<__m128i *>(lower + (done - start)),
                         _mm_add_epi16(units, _mm_and_si128(upper, toLower)));
    }
#endif
    for (qsizetype i = done; i < end; ++i)
        lower[i - start] = lowerUnit(text[i]);
    const QStringView lowerView = QStringView(s.lower).first(end - start);

    bool initial = true;
    const auto add = [&](qsizetype b, qsizetype e) {
        // Built in place: assembling a Word on the stack and copying it in
        // stalled the scan on every word. Looked up here too, while the word
        // is at hand, rather than in a second pass over all of them.
        Word &w = s.words.emplace_back();
        w.start = b;
        w.end = e;
        w.text = text.sliced(b, e - b);
        w.lower = lowerView.sliced(b - start, e - b);
        w.capitalised = w.text[0].isUpper();
        w.initial = initial;
        initial = opensQuote(w.text, initial);
        if (LexiconIndex::Hit hit; m_lexicon.findPadded(w.lower, &hit)) {
            w.entry = &m_lexicon.entryAt(hit);
            w.ptb = hit.ptb;
            w.firstPtb = hit.firstPtb;
            w.flags = hit.flags;
            w.phraseKinds = hit.phraseKinds;
            w.closed = hit.closed;
        }
    };

    s.words.reserve(size_t((end - start) / 5 + 4));
    qsizetype i = start;
    while (i < end) {
        const QChar c = text[i];
        if (isSpaceUnit(c)) {
            ++i;
            continue;
        }
        if (isApostrophe(c) && !s.words.empty() && s.words.back().end == i && i + 1 < end) {
            // Clitics: 's 'll 're 've 'd 'm after a word.
            qsizetype j = i + 1;
            while (j < end && text[j].isLetter())
                ++j;
            const QStringView clitic = lowerView.sliced(i + 1 - start, j - i - 1);
            if (is(clitic, u"s") || is(clitic, u"ll") || is(clitic, u"re") || is(clitic, u"ve")
                || is(clitic, u"d") || is(clitic, u"m")) {
                add(i, j);
                i = j;
                continue;
            }
        }
        if (!isWordChar(c)) {
            add(i, i + 1);
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < end) {
            j = asciiWordRunEnd(text.utf16(), j, end);
            if (j >= end)
                break;
            if (isWordChar(text[j])) {
                ++j;
            } else if ((text[j] == u'-' || text[j] == u'.' || text[j] == u',' || text[j] == u':'
                        || text[j] == u'/' || text[j] == u'&')
                       && j + 1 < end && isWordChar(text[j + 1])
                       && (text[j] == u'-' || text[j] == u'&' || (text[j - 1].isDigit() && text[j + 1].isDigit())
                           || (text[j] == u'.' && text[j + 1].isLetter() && j + 2 < end
                               && text[j + 2] == u'.'))) {
                // five-year, AT&T, 1,500, 3.5, 15:40, U.S.
                ++j;
            } else {
                break;
            }
        }
        // "didn't": the stem, then "n't".
        if (j + 1 < end && isApostrophe(text[j]) && j - 1 > i && lowerView[j - 1 - start] == u'n'
            && lowerView[j + 1 - start] == u't' && (j + 2 >= end || !isWordChar(text[j + 2]))) {
            add(i, j - 1);
            add(j - 1, j + 2);
            i = j + 2;
            continue;
        }
        // A final dot belongs to a dotted abbreviation ("U.S.") or a known one ("Gen.").
        if (j < end && text[j] == u'.') {
            const QStringView word = lowerView.sliced(i - start, j - i);
            const bool dotted = word.size() >= 3 && word[1] == u'.';
            LexiconIndex::Hit hit;
            const bool known = m_lexicon.findPadded(lowerView.sliced(i - start, j + 1 - i), &hit);
            if (dotted || known)
                ++j;
        }
        add(i, j);
        i = j;
    }
}

} // namespace chronoline::events
