#include "temporal/TokenScanner.h"

#include "temporal/KeptIndices.h"

#include "temporal/LanguageData.h"

#include <array>
#include <limits>

namespace chronoline {

namespace {

constexpr int maxKeyLength = 48;

// ASCII character classes, so that the hot loops ask one table instead of a chain of
// comparisons. (Text is mostly ASCII; other characters take the QChar path.)
enum AsciiClass : quint8 { LowerLetter = 1, UpperLetter = 2, DigitChar = 4, SpaceChar = 8 };
constexpr std::array<quint8, 128> asciiClasses = [] {
    std::array<quint8, 128> table{};
    for (int c = 'a'; c <= 'z'; ++c)
        table[size_t(c)] = LowerLetter;
    for (int c = 'A'; c <= 'Z'; ++c)
        table[size_t(c)] = UpperLetter;
    for (int c = '0'; c <= '9'; ++c)
        table[size_t(c)] = DigitChar;
    for (char c : {' ', '\n', '\t', '\r'})
        table[size_t(c)] = SpaceChar;
    return table;
}();
// A letter or digit folded to lower case, or 0 for any other ASCII character.
constexpr std::array<char16_t, 128> asciiWordFold = [] {
    std::array<char16_t, 128> table{};
    for (int c = 0; c < 128; ++c) {
        if (asciiClasses[size_t(c)] & (LowerLetter | DigitChar))
            table[size_t(c)] = char16_t(c);
        else if (asciiClasses[size_t(c)] & UpperLetter)
            table[size_t(c)] = char16_t(c | 0x20);
    }
    return table;
}();

inline bool isAsciiLetter(char16_t c) { return (c | 0x20) >= u'a' && (c | 0x20) <= u'z'; }
inline bool isDigit(char16_t c) { return c >= u'0' && c <= u'9'; }
inline bool isLetter(char16_t c) { return isAsciiLetter(c) || (c >= 0x80 && QChar(c).isLetter()); }
inline bool isApostrophe(char16_t c) { return c == u'\'' || c == 0x2019; }
inline bool isSpace(char16_t c)
{
    return c == u' ' || c == u'\n' || c == u'\t' || c == u'\r' || c == 0xA0 || c == 0x2009
           || c == 0x202F || (c > 0x7f && QChar(c).isSpace());
}
inline char16_t fold(char16_t c)
{
    if (c < 0x80)
        return (c >= u'A' && c <= u'Z') ? char16_t(c | 0x20) : c;
    if (c == 0x2019 || c == 0x2018)
        return u'\'';
    if (c == 0x2013 || c == 0x2014 || c == 0x2212)   // en dash, em dash, minus
        return u'-';
    return QChar(c).toLower().unicode();
}

// Lower-cases a span into `buf`; returns false when too long to be a lexicon word.
inline bool foldInto(QStringView s, char16_t *buf, qsizetype *len)
{
    if (s.size() > maxKeyLength)
        return false;
    for (qsizetype i = 0; i < s.size(); ++i)
        buf[i] = fold(s[i].unicode());
    *len = s.size();
    return true;
}

// readWord's loop for the rest of a word that goes on past an ASCII letter or digit: with an
// apostrophe ("o'clock") or a character beyond ASCII. Kept apart so that readWord's own loop
// calls nothing: a call inside it made the compiler keep the loop's state on the stack, and
// every character paid a store and a reload for it.
__attribute__((noinline)) qsizetype readWordRest(const char16_t *s, qsizetype i, qsizetype j, qsizetype n,
                                                 char16_t *key, quint32 *hash, unsigned *digits)
{
    quint32 h = *hash;
    unsigned seen = *digits;
    for (; j < n; ++j) {
        const char16_t d = s[j];
        char16_t folded;
        if (d < 0x80) {
            folded = asciiWordFold[d];
            if (folded == 0) {
                if (!(d == u'\'' && j + 1 < n && isLetter(s[j + 1])))
                    break;
                folded = d;
            }
            seen |= unsigned(folded - u'0') < 10u;
        } else if (isLetter(d) || (isApostrophe(d) && j + 1 < n && isLetter(s[j + 1]))) {
            folded = fold(d);
        } else {
            break;
        }
        key[std::min<qsizetype>(j - i, maxKeyLength)] = folded;
        h = Lexicon::step(h, folded);
    }
    *hash = h;
    *digits = seen;
    return j;
}

// Reads the word that starts with the letter at s[i] (letters, digits, inner apostrophes)
// and returns where it ends. Folds and hashes it (Lexicon::hashOf) into `key` as it goes;
// `key` holds maxKeyLength + 1 characters, and a longer word, which is never looked up,
// keeps overwriting the last. Everything lives in locals, so that the loop keeps its state
// in registers rather than in the token being built.
__attribute__((noinline)) qsizetype readWord(const char16_t *s, qsizetype i, qsizetype n, char16_t *key, quint32 *hash,
                          bool *hasDigit)
{
    key[0] = s[i] < 0x80 ? asciiWordFold[s[i]] : fold(s[i]);   // (the table: no branch on the case)
    quint32 h = Lexicon::step(0, key[0]);
    qsizetype j = i + 1;
    // ASCII letters and digits, the whole of nearly every word, up to maxKeyLength of them
    // first: key[j - i] without a bound to clamp it to. Folded, a digit is the only one of
    // these characters without the 0x40 bit, so that ANDing them all says whether one was.
    char16_t all = 0xffff;
    const qsizetype bounded = std::min(n, i + maxKeyLength + 1);
    for (; j < bounded; ++j) {
        const char16_t d = s[j];
        const char16_t folded = d < 0x80 ? asciiWordFold[d] : char16_t(0);
        if (folded == 0)
            break;
        all &= folded;
        key[j - i] = folded;
        h = Lexicon::step(h, folded);
    }
    if (j == bounded) {   // a longer word (never looked up) or the text's end
        for (; j < n; ++j) {
            const char16_t d = s[j];
            const char16_t folded = d < 0x80 ? asciiWordFold[d] : char16_t(0);
            if (folded == 0)
                break;
            all &= folded;
            key[maxKeyLength] = folded;
            h = Lexicon::step(h, folded);
        }
    }
    unsigned digits = (all & 0x40) == 0;
    if (j < n && (s[j] >= 0x80 || s[j] == u'\'')) [[unlikely]]
        j = readWordRest(s, i, j, n, key, &h, &digits);
    *hash = h;
    *hasDigit = digits != 0;
    return j;
}

// Points a known word's token at the language data's own readings of it, for its case: no
// copy (most known words have no other readings).
void shareReadings(ScanToken &t, const KeyReadings &k)
{
    const int capitalised = t.capitalized ? 1 : 0;
    t.readingBase = k.readings[capitalised].data();
    t.readingsBegin = 0;
    t.readingCount = quint16(k.readings[capitalised].size());
    t.categories = &k.categories[capitalised];
    t.sharedReadings = true;
}

} // namespace

TokenScanner::TokenScanner(const LanguageData &language)
    : m_language(language),
      m_number(language.builtin(LanguageData::Number)),
      m_ordinal(language.builtin(LanguageData::Ordinal)),
      m_multiplier(language.category(QStringLiteral("MULTIPLIER"))),
      m_ordSuffix(language.category(QStringLiteral("ORDSUFFIX"))),
      m_decadeSuffix(language.category(QStringLiteral("DECADESUFFIX"))),
      m_ampm(language.category(QStringLiteral("AMPM"))),
      m_name(language.builtin(LanguageData::Name))
{
}

void TokenScanner::scan(QStringView whole, ScannedText &out) const
{
    const QStringView text = whole.first(std::min<qsizetype>(whole.size(), std::numeric_limits<int>::max()));
    out.tokens.clear();
    out.readings.clear();
    // Every token takes at least one character, so the tokens never outgrow this: each is
    // made in place, where it stays.
    out.tokens.reserve(size_t(text.size()) + 1);
    out.readings.reserve(size_t(text.size() / 6));
    out.strings.clear();
    // Tokens that need addWordReadings; the rest are settled as they are made.
    thread_local std::vector<int> pending;
    pending.clear();
    // Known words that start a phrase and join no number ("the", "at", "as"): unless the next
    // token may continue one of their phrases, they have just the lexicon's readings.
    thread_local std::vector<int> phraseStartBuffer;
    KeptIndices phraseStarts = KeptIndices::into(phraseStartBuffer, size_t(text.size()) + 1);
    // The known tokens, for the matcher (ScannedText::known).
    thread_local std::vector<int> knownBuffer;
    KeptIndices knownTokens = KeptIndices::into(knownBuffer, size_t(text.size()) + 1);
    const Lexicon &lex = m_language.lexicon();
    const char16_t *s = text.utf16();
    const qsizetype n = text.size();
    char16_t buf[maxKeyLength + 8];
    qsizetype len = 0;
    const CategorySet &nameCategories = m_language.builtinCategories(LanguageData::Name);

    // Settles what can be settled as a token is made: a plain word the language data does not
    // know (most tokens) has no readings and is a name when capitalised; a known word that
    // starts no phrase and joins no number, and a lone punctuation mark, take their readings
    // from the language data. Every other token waits for addWordReadings. Every token that
    // may have readings is listed in `known`, in text order.
    auto settle = [&](ScanToken &t) __attribute__((always_inline)) {
        const int index = int(&t - out.tokens.data());
        const int size = t.end - t.start;
        const KeyReadings *known = t.key != Lexicon::npos ? &m_language.keyReadings(t.key) : nullptr;
        if (!known && !t.numeric && !t.hasDigit && size > 1) {
            if (t.capitalized) {
                t.name = true;
                t.categories = &nameCategories;
            }
        } else if (known && !t.numeric && !t.hasDigit && (size > 1 || isLetter(s[t.start]))) {
            if (known->plain)
                shareReadings(t, *known);
            else if (known->numberWord)
                pending.push_back(index);
            else
                phraseStarts.add(index, true);   // decided once the next token is read
            knownTokens.add(index, true);
        } else if (const TokenReading *mark = !known && size == 1 ? m_language.punctuation(fold(s[t.start])) : nullptr) {
            t.readingBase = mark;
            t.readingCount = 1;
            t.categories = &m_language.punctuationCategories(mark);
            knownTokens.add(index, true);
        } else if (!known && size == 1 && !t.numeric) {
            // A lone mark or letter the language data does not know ("$", "(", "u"): no reading,
            // no name, nothing a rule can start at.
        } else {
            pending.push_back(index);
            knownTokens.add(index, true);
        }
    };
    // The token's lexicon key is computed as it is made, while its characters are in cache.
    auto push = [&](ScanToken &t) {
        const qsizetype size = t.end - t.start;
        if (size <= maxKeyLength) {
            char16_t key[maxKeyLength];
            quint32 h = 0;   // Lexicon::hashOf, computed while folding
            for (qsizetype m = 0; m < size; ++m) {
                key[m] = fold(s[t.start + m]);
                h = Lexicon::step(h, key[m]);
            }
            t.hash = h;
            t.key = lex.find(QStringView(key, size), h);
        }
        settle(t);
    };
    // The same for a word whose folded form and hash the word loop already made. Most words
    // are unknown, known and plain, or known phrase starts ("the", "at"); all three are
    // settled without a branch on which, as that branch is a coin toss the processor mostly
    // loses. (A phrase start takes the lexicon's readings for now, like a plain word; the
    // few whose next token may continue a phrase give them back after the loop.)
    auto pushFolded = [&](ScanToken &t, const char16_t *key, quint32 h) __attribute__((always_inline)) {
        t.hash = h;
        t.key = lex.findWord(key, t.end - t.start, h);
        const bool known = t.key != Lexicon::npos;
        const KeyReadings &readings = m_language.keyReadingsOrNone(t.key);
        // (a word here starts with a letter: one of one letter is settled as any other when known)
        if ((readings.plain | readings.phraseOnly) & !t.hasDigit & ((t.end - t.start > 1) | known)) [[likely]] {
            const int capitalised = t.capitalized ? 1 : 0;
            const bool name = !known & t.capitalized;   // a capitalised word the language data does not know
            t.readingBase = readings.readings[capitalised].data();
            t.readingCount = quint16(readings.readings[capitalised].size());
            const CategorySet *const sets[2] = {&readings.categories[capitalised], &nameCategories};
            t.categories = sets[name];
            t.sharedReadings = known;
            t.name = name;
            const int index = int(&t - out.tokens.data());
            knownTokens.add(index, known);
            phraseStarts.add(index, readings.phraseOnly);
        } else {
            settle(t);
        }
    };

    char16_t wordKey[maxKeyLength + 1];
    qsizetype wordEnd = -1;
    quint32 wordHash = 0;
    bool space = true;
    int newlines = 0;
    qsizetype i = 0;
    while (i < n) {
        const char16_t c = s[i];
        if (c < 0x80 ? (asciiClasses[c] & SpaceChar) != 0 : isSpace(c)) {
            if (c == u'\n')
                ++newlines;
            space = true;
            ++i;
            continue;
        }
        const size_t index = out.tokens.size();
        ScanToken *tp = &out.tokens.emplace_back();
        wordEnd = -1;
        tp->start = i;
        tp->spaceBefore = space || index == 0;
        tp->lineBreakBefore = newlines > 0;
        tp->paragraphBreakBefore = newlines > 1;
        space = false;
        newlines = 0;
        qsizetype j = i + 1;
        if (isLetter(c)) {
            tp->capitalized = c < 0x80 ? (c >= u'A' && c <= u'Z') : QChar(c).isUpper();
            // Fold and hash the word while reading it (the common case: a plain word that
            // neither takes an abbreviation's dot nor splits off "'s").
            bool hasDigit = false;
            j = readWord(s, i, n, wordKey, &wordHash, &hasDigit);
            tp->hasDigit = hasDigit;
            wordEnd = j;
            // A known abbreviation takes its dots: "Sept.", "a.m.", "B.C.".
            if (j < n && s[j] == u'.' && j - i <= 6 && foldInto(text.sliced(i, j - i), buf, &len)) {
                qsizetype best = -1;
                qsizetype k = j;
                while (k < n && s[k] == u'.' && len + (k - j) + 1 <= maxKeyLength) {
                    for (qsizetype m = j; m <= k; ++m)
                        buf[len + (m - j)] = fold(s[m]);
                    if (lex.find(QStringView(buf, len + (k - j) + 1)) != Lexicon::npos)
                        best = k + 1;
                    // continue through "a.m." style: one or two letters then a dot
                    qsizetype m = k + 1;
                    while (m < n && isAsciiLetter(s[m]) && m - k <= 2)
                        ++m;
                    if (m == k + 1 || m >= n || s[m] != u'.')
                        break;
                    k = m;
                }
                if (best > 0)
                    j = best;
            }
            // "year's" -> "year" + "'s" unless the lexicon knows the whole word ("o'clock").
            // The apostrophe is tested first, and alone: it is rare, so its branch is predicted.
            // (Combined without branches, the tests were split by the compiler all the same,
            // and the one on a final "s" came first: a coin toss, with plurals so common.)
            if (__builtin_expect(isApostrophe(s[std::max(j - 2, i)]), false)
                && ((s[j - 1] | 0x20) == u's') && (j - i > 2) && foldInto(text.sliced(i, j - i), buf, &len)
                && lex.find(QStringView(buf, len)) == Lexicon::npos) {
                tp->end = j - 2;
                push(*tp);
                tp = &out.tokens.emplace_back();
                tp->start = j - 2;
                tp->spaceBefore = false;
            }
        } else if (isDigit(c) || (isApostrophe(c) && i + 2 < n && isDigit(s[i + 1]) && isDigit(s[i + 2])
                                  && (i + 3 >= n || !isDigit(s[i + 3])))) {
            tp->numeric = true;
            while (j < n) {
                if (isDigit(s[j]))
                    ++j;
                else if (s[j] == u',' && j + 3 < n && isDigit(s[j + 1]) && isDigit(s[j + 2])
                         && isDigit(s[j + 3]) && (j + 4 >= n || !isDigit(s[j + 4])))
                    j += 4;
                else if ((s[j] == u'.' || s[j] == u':') && j + 1 < n && isDigit(s[j + 1]))
                    j += 2;
                else
                    break;
            }
            while (j < n && (isLetter(s[j]) || isDigit(s[j])))
                ++j;
        } else if (isApostrophe(c) && j < n && (s[j] | 0x20) == u's' && (j + 1 >= n || !isLetter(s[j + 1]))) {
            j = i + 2;   // the possessive "'s" after a number: "2022's"
        } else if ((c == u'.' || c == u'!' || c == u'?')) {
            // The dot after an initial or a short title ("Daniel P. Davison", "Mr. Li") ends no
            // sentence: a tense cue before it still reaches the date after it.
            bool title = false;
            if (c == u'.' && index > 0 && !tp->spaceBefore) {
                const ScanToken &prev = out.tokens[index - 1];
                title = prev.capitalized && prev.end == i && prev.end - prev.start <= 3;
            }
            tp->sentenceEnd = !title;
        }
        if (tp->end == 0)
            tp->end = j;
        if (tp->start == i && tp->end == wordEnd && tp->end - tp->start <= maxKeyLength)
            pushFolded(*tp, wordKey, wordHash);
        else if (tp->start < tp->end)
            push(*tp);
        else
            out.tokens.pop_back();
        i = j;
    }

    out.known.assign(knownTokens.begin(), knownTokens.end());
    for (const int k : phraseStarts) {
        ScanToken &t = out.tokens[size_t(k)];
        if (mayContinuePhrase(out, size_t(k))) {
            // addWordReadings decides its readings: back to none (as a new token has)
            t.readingBase = nullptr;
            t.readingCount = 0;
            t.categories = &noCategories;
            t.sharedReadings = false;
            pending.push_back(k);
        } else {
            shareReadings(t, m_language.keyReadings(t.key));
        }
    }
    out.categorySets.clear();
    out.categorySets.reserve(pending.size());
    for (const int k : pending)
        addWordReadings(text, out, size_t(k));
    for (const int k : pending) {
        ScanToken &t = out.tokens[size_t(k)];
        if (!t.readingBase)
            t.readingBase = out.readings.data();
    }
}

// Whether the token after token `index` may continue a phrase that starts with it: the first
// step of addWordReadings' phrase walk, on the hashes alone.
bool TokenScanner::mayContinuePhrase(const ScannedText &out, size_t index) const
{
    if (index + 1 >= out.tokens.size())
        return false;
    const ScanToken &t = out.tokens[index];
    const ScanToken &next = out.tokens[index + 1];
    const qsizetype size = next.end - next.start;
    if (next.paragraphBreakBefore || size > maxKeyLength
        || (t.end - t.start) + (next.spaceBefore ? 1 : 0) + size > 2 * maxKeyLength)
        return false;
    quint32 hash = t.hash;
    if (next.spaceBefore)
        hash = Lexicon::step(hash, u' ');
    return m_language.lexicon().mayHave(Lexicon::join(hash, next.hash, size));
}

void TokenScanner::addWordReadings(QStringView text, ScannedText &out, size_t index) const
{
    ScanToken &t = out.tokens[index];
    // The lexicon's one-token readings come first; what the token's shape, the phrases
    // starting here and joined number words add follows them.
    const size_t own = out.readings.size();
    const KeyReadings *shared = t.key != Lexicon::npos ? &m_language.keyReadings(t.key) : nullptr;
    const int capitalised = t.capitalized ? 1 : 0;
    const Lexicon &lex = m_language.lexicon();
    const bool numberWord = shared && shared->numberWord;   // only number words join into larger numbers
    const QStringView word = text.sliced(t.start, t.end - t.start);
    if (t.numeric)
        addShapeReadings(word, out, t);
    else if (word.size() == 1) {
        const char16_t c = fold(word[0].unicode());
        const int b = c == u'-' ? LanguageData::Dash : c == u'/' ? LanguageData::Slash
                    : c == u',' ? LanguageData::Comma : c == u'.' ? LanguageData::Period : -1;
        if (b >= 0)
            out.readings.push_back({m_language.builtin(LanguageData::Builtin(b)), 1, 0, false, false, nullptr});
    } else if (t.key == Lexicon::npos) {
        bool upper = false;
        if (t.hasDigit) {
            for (QChar ch : word)
                upper |= ch.isUpper();
        }
        if (t.hasDigit && upper)   // "XR12", "F16": a code, never a date
            out.readings.push_back({m_language.builtin(LanguageData::Code), 1, 0, false, false, nullptr});
        else if (t.capitalized)   // a capitalised word the language data does not know: a name
            t.name = true;
    }

    // Phrases that start here: "more than", "new year's day", "the end of". The hash of the
    // words so far is joined from the tokens' own hashes; the words are spelled out and looked
    // up only when the lexicon may have a form with that hash (most "the" start no phrase).
    if (t.key != Lexicon::npos && lex.startsPhrase(t.key)) {
        char16_t buf[maxKeyLength * 2];
        const qsizetype bufSize = qsizetype(sizeof buf / sizeof buf[0]);
        qsizetype len = t.end - t.start;
        quint32 hash = t.hash;
        const int maxWords = lex.longestPhraseWords();
        for (size_t k = index + 1; k < out.tokens.size() && int(k - index) < maxWords + 2; ++k) {
            const ScanToken &tk = out.tokens[k];
            if (tk.paragraphBreakBefore)
                break;
            const qsizetype size = tk.end - tk.start;
            const qsizetype need = (tk.spaceBefore ? 1 : 0) + size;
            if (len + need > bufSize || size > maxKeyLength)
                break;   // no form is that long
            if (tk.spaceBefore)
                hash = Lexicon::step(hash, u' ');
            hash = Lexicon::join(hash, tk.hash, size);
            len += need;
            if (!lex.mayHave(hash))
                break;   // no phrase starts this way
            qsizetype at = 0;
            for (size_t w = index; w <= k; ++w) {
                const ScanToken &word = out.tokens[w];
                if (w > index && word.spaceBefore)
                    buf[at++] = u' ';
                for (qsizetype m = word.start; m < word.end; ++m)
                    buf[at++] = fold(text[m].unicode());
            }
            const int key = lex.find(QStringView(buf, len), hash);
            if (key == Lexicon::npos)
                break;
            for (const Reading &r : lex.readings(key))
                out.readings.push_back({r.category, int(k - index + 1), r.intValue, r.isInt, r.latent, &r.value});
            if (!lex.continuesPhrase(key))
                break;
        }
    }

    // Number words joined: "twenty-two", "twenty two", "two hundred".
    const int numberCat = m_number;
    const int ordinalCat = m_ordinal;
    const int multiplierCat = m_multiplier;
    if (numberWord) {
        for (const Reading &r : lex.readings(t.key)) {
            if (r.category != numberCat || !r.isInt)
                continue;
            size_t k = index + 1;
            if (r.tens) {
                if (k < out.tokens.size() && out.tokens[k].end - out.tokens[k].start == 1
                    && text[out.tokens[k].start] == u'-' && !out.tokens[k].spaceBefore)
                    ++k;
                if (k < out.tokens.size() && out.tokens[k].key != Lexicon::npos) {
                    for (const Reading &u : lex.readings(out.tokens[k].key)) {
                        if ((u.category == numberCat || u.category == ordinalCat) && u.isInt
                            && u.intValue >= 1 && u.intValue <= 9 && u.span == 1 && !u.tens)
                            out.readings.push_back({u.category, int(k - index + 1), r.intValue + u.intValue,
                                                    true, false, nullptr});
                    }
                }
            } else if (k < out.tokens.size() && out.tokens[k].key != Lexicon::npos && r.intValue < 100) {
                for (const Reading &m : lex.readings(out.tokens[k].key)) {
                    // "ninety-nine billion" does not fit an int, and is no date or duration either.
                    const qint64 product = qint64(r.intValue) * m.intValue;
                    if (m.category == multiplierCat && product <= std::numeric_limits<int>::max())
                        out.readings.push_back({numberCat, 2, int(product), true, r.latent, nullptr});
                }
            }
        }
    }
    // Years read aloud: "nineteen ninety-six", "twenty ten" (broadcast transcripts).
    int firstSpan = 0;
    const int high = numberWord ? numberWordsAt(text, out, index, &firstSpan) : 0;
    if ((high >= 11 && high <= 20) && firstSpan == 1) {
        int lowSpan = 0;
        const int low = numberWordsAt(text, out, index + 1, &lowSpan);
        if (low >= 10 && low <= 99 && !(high == 20 && low < 10))
            out.readings.push_back({m_language.builtin(LanguageData::Year), 1 + lowSpan, high * 100 + low,
                                    true, false, nullptr});
    }
    if (shared && out.readings.size() == own) {   // nothing but the lexicon's readings
        shareReadings(t, *shared);
        return;
    }
    if (out.readings.size() == own) {   // none at all
        t.categories = t.name ? &m_language.builtinCategories(LanguageData::Name) : &noCategories;
        return;
    }
    CategorySet categories;
    if (t.name)
        categories.set(size_t(m_name));
    if (shared) {
        const std::vector<TokenReading> &readings = shared->readings[capitalised];
        out.readings.insert(out.readings.begin() + qsizetype(own), readings.begin(), readings.end());
        categories |= shared->categories[capitalised];
    }
    // readingBase is set once the array stops growing (TokenScanner::scan)
    t.readingsBegin = int(own);
    t.readingCount = quint16(std::min<size_t>(out.readings.size() - own, std::numeric_limits<quint16>::max()));
    for (size_t r = own; r < out.readings.size(); ++r) {
        const TokenReading &reading = out.readings[r];
        if (reading.category >= 0 && reading.category < int(CategorySet::capacity))
            categories.set(size_t(reading.category));
        t.phraseStart = t.phraseStart || reading.span > 1;
    }
    // (scan reserves room for every pending token: the address stays put)
    t.categories = &out.categorySets.emplace_back(categories);
}

int TokenScanner::numberWordsAt(QStringView text, const ScannedText &out, size_t k, int *span) const
{
    const Lexicon &lex = m_language.lexicon();
    const int numberCat = m_number;
    auto wordValue = [&](size_t i, bool *tens) {
        if (i >= out.tokens.size() || out.tokens[i].key == Lexicon::npos || out.tokens[i].numeric)
            return 0;
        for (const Reading &r : lex.readings(out.tokens[i].key)) {
            if (r.category == numberCat && r.isInt && r.span == 1 && !r.latent) {
                *tens = r.tens;
                return r.intValue;
            }
        }
        return 0;
    };
    bool tens = false;
    const int first = wordValue(k, &tens);
    if (!first)
        return 0;
    *span = 1;
    if (!tens)
        return first;
    size_t next = k + 1;
    if (next < out.tokens.size() && !out.tokens[next].spaceBefore
        && text[out.tokens[next].start] == u'-' && out.tokens[next].end - out.tokens[next].start == 1)
        ++next;
    bool unitTens = false;
    const int unit = wordValue(next, &unitTens);
    if (unit >= 1 && unit <= 9 && !unitTens) {
        *span = int(next - k) + 1;
        return first + unit;
    }
    return first;
}

void TokenScanner::addShapeReadings(QStringView token, ScannedText &out, ScanToken &t) const
{
    const LanguageData &L = m_language;
    auto add = [&](LanguageData::Builtin b, int value, bool latent = false) {
        out.readings.push_back({L.builtin(b), 1, value, true, latent, nullptr});
    };
    qsizetype p = 0;
    const bool apostrophe = isApostrophe(token[0].unicode());
    if (apostrophe)
        p = 1;
    qsizetype digitsEnd = p;
    while (digitsEnd < token.size() && isDigit(token[digitsEnd].unicode()))
        ++digitsEnd;
    const qsizetype nDigits = digitsEnd - p;
    const QStringView rest = token.sliced(digitsEnd);
    long long value = 0;
    for (qsizetype k = p; k < digitsEnd && k - p < 12; ++k)
        value = value * 10 + (token[k].unicode() - u'0');

    if (rest.isEmpty()) {
        if (apostrophe) {   // '98 is a year; which century is the resolver's call, keep 2 digits
            if (nDigits == 2)
                add(LanguageData::Year2, int(value));
            return;
        }
        if (nDigits > 9)
            return;
        add(LanguageData::Number, int(value));
        if (nDigits == 4 && value >= 1000 && value <= 2199)
            add(LanguageData::Year, int(value));
        if (nDigits <= 2 && value >= 1 && value <= 31)
            add(LanguageData::DayNum, int(value));
        if (nDigits <= 2 && value >= 1 && value <= 12)
            add(LanguageData::MonthNum, int(value));
        if (nDigits <= 2 && value <= 24)
            add(LanguageData::HourNum, int(value));
        if (nDigits == 2)
            add(LanguageData::Year2, int(value));
        return;
    }
    const char16_t sep = rest[0].unicode();
    if (sep == u',') {   // 1,500
        long long v = 0;
        int digits = 0;
        for (QChar ch : token) {
            if (ch.isDigit() && ++digits < 10)
                v = v * 10 + ch.digitValue();
        }
        if (digits < 10)
            add(LanguageData::Number, int(v));
        return;
    }
    if (sep == u':' && nDigits <= 2 && rest.size() >= 3 && value <= 24) {   // 3:40, 15:40:10
        const int minutes = (rest[1].unicode() - u'0') * 10 + (rest[2].unicode() - u'0');
        if (minutes < 60) {
            const QStringView after = rest.sliced(3);
            bool pm = false, am = false;
            if (!after.isEmpty() && !after.startsWith(u':')) {
                char16_t b[8];
                qsizetype len = 0;
                if (!foldInto(after.left(6), b, &len))
                    return;
                const int key = L.lexicon().find(QStringView(b, len));
                if (key == Lexicon::npos)
                    return;
                for (const Reading &r : L.lexicon().readings(key)) {
                    pm |= r.value == u"PM";
                    am |= r.value == u"AM";
                }
                if (!pm && !am)
                    return;
            }
            int hour = int(value);
            if (pm && hour < 12)
                hour += 12;
            if (am && hour == 12)
                hour = 0;
            add(LanguageData::Clock, hour * 100 + minutes);
        }
        return;
    }
    if (sep == u'.' && rest.size() >= 2 && isDigit(rest[1].unicode())) {   // 2.5
        out.strings.push_back(token.toString());
        out.readings.push_back({L.builtin(LanguageData::Number), 1, int(value), false, false, &out.strings.back()});
        return;
    }
    // digits followed by letters: 21st, 1990s, '90s, 3pm
    char16_t b[12];
    qsizetype len = 0;
    if (!foldInto(rest.left(8), b, &len) || rest.size() > 8)
        return;
    const int key = L.lexicon().find(QStringView(b, len));
    if (key != Lexicon::npos) {
        for (const Reading &r : L.lexicon().readings(key)) {
            if (r.category == m_ordSuffix && !apostrophe) {
                add(LanguageData::Ordinal, int(value));
                if (value >= 1 && value <= 31)
                    add(LanguageData::DayNum, int(value));
            } else if (r.category == m_decadeSuffix && value % 10 == 0) {
                if (nDigits == 4 && value % 100 == 0 && value < 2000)
                    add(LanguageData::CenturyNum, int(value / 100) + 1);   // the 1800s: the 19th century
                else if (nDigits == 4)
                    add(LanguageData::Decade, int(value / 10));
                else if (nDigits == 2)
                    add(LanguageData::Decade, 190 + int(value / 10));   // '90s: the century is implied
            } else if (r.category == m_ampm && nDigits <= 2 && value >= 1 && value <= 12) {
                int hour = int(value) % 12 + (r.value == u"PM" ? 12 : 0);
                add(LanguageData::Clock, hour * 100);
            }
        }
        return;
    }
    if (!apostrophe)
        add(LanguageData::Code, 0);
    t.numeric = true;
}

} // namespace chronoline
