#pragma once

#include "temporal/Lexicon.h"
#include "temporal/NextTokenFilter.h"
#include "temporal/Rule.h"
#include "temporal/ScannedText.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include "temporal/CategorySet.h"
#include <array>
#include <memory>
#include <vector>

namespace chronoline {

// Everything the tagger knows about one language, read from resources/lang/<xx>/:
// every `lexicon*.tsv` (surface form, category, value, flags) and every `rules*.txt`
// (patterns over categories and what they mean). The engine discovers the files by name,
// so adding one needs no code change.
// The one-token readings of a lexicon key as the scanner attaches them, worked out once:
// [0] for a lower-case token, [1] for a capitalised one (a `capital` reading, the month
// "May", holds only there).
struct KeyReadings {
    std::vector<TokenReading> readings[2];
    // The categories among them, [0] and [1] as above: tokens point at these, so they live in
    // one compact array of the language data's (many tokens' sets are read one after another).
    const CategorySet *categories = noCategoryPair;
    static constexpr CategorySet noCategoryPair[2] = {};
    bool numberWord = false;   // some reading is a NUMBER: it may join others ("twenty-two")
    bool plain = false;        // neither starts a phrase nor joins a number: these are all
    bool phraseOnly = false;   // starts a phrase, joins no number: these are all unless the
                               // next token may continue a phrase
    // The rules a token with just these readings may start (by its key or a reading's
    // category), each once, the widest anchor reach first: the matcher stops at the first
    // rule whose reach falls short of the nearest anchor.
    struct RuleStart {
        int rule;
        int anchorReach;
    };
    std::vector<RuleStart> rules[2];
    // What the next token must have for any of rules[0] / rules[1] to match (all of them
    // take this one token first): the matcher asks this before it reads any rule.
    NextTokenFilter nextFilter[2];
};

class LanguageData {
public:
    LanguageData() = default;
    LanguageData(const LanguageData &) = delete;   // KeyReadings point into it
    LanguageData &operator=(const LanguageData &) = delete;

    // Categories the engine derives from a token's shape rather than from the lexicon.
    enum Builtin { Number, Year, Year2, DayNum, MonthNum, HourNum, Clock, Decade, Code, Ordinal,
                   Dash, Slash, Comma, Period, CenturyNum, Name, BuiltinCount };

    static std::shared_ptr<LanguageData> load(const QString &directory, QString *error);
    // The bundled English data, loaded once (a broken bundle is a build error: it stops).
    static std::shared_ptr<const LanguageData> english();

    // The one-word forms of a category and their integer values, as the lexicon spells them
    // (lower case): the month and weekday names the document loaders need to read dates.
    std::vector<std::pair<QString, int>> wordsOf(const QString &category) const;

    const Lexicon &lexicon() const { return m_lexicon; }
    const KeyReadings &keyReadings(int key) const { return m_keyReadings[size_t(key) + 1]; }
    // The same, and for Lexicon::npos (a word the lexicon does not know) plain readings of
    // nothing at all: one indexing, not a choice the processor has to guess.
    const KeyReadings &keyReadingsOrNone(int key) const { return m_keyReadings[size_t(key + 1)]; }
    // The one reading of a lone punctuation mark (Dash, Slash, Comma or Period), shared
    // the same way; null for any other character.
    const TokenReading *punctuation(char16_t c) const
    {
        const int b = c == u'-' ? Dash : c == u'/' ? Slash : c == u',' ? Comma : c == u'.' ? Period : -1;
        return b < 0 ? nullptr : &m_punctuation[size_t(b)];
    }
    // The set of a lone mark's one reading (a token points at it rather than holding a copy).
    const CategorySet &punctuationCategories(const TokenReading *mark) const
    {
        return m_builtinSets[size_t(mark - m_punctuation.data())];
    }
    // A set of just this builtin category (a NAME token points at it).
    const CategorySet &builtinCategories(Builtin b) const { return m_builtinSets[size_t(b)]; }
    const std::vector<Rule> &rules() const { return m_rules; }
    int builtin(Builtin b) const { return m_builtin[b]; }
    int category(const QString &name) const { return m_categories.value(name, -1); }
    QString categoryName(int id) const { return m_categoryNames.value(id); }

    // Rules whose first element is this category / this literal key.
    const std::vector<int> &rulesStartingWithCategory(int category) const;
    const std::vector<int> &rulesStartingWithKey(int key) const;

    // For the rules starting with a category: whether every one can be ruled out by the
    // token after a one-token first match, and what that token would need.
    using SecondFilter = NextTokenFilter;
    const SecondFilter &secondFilterForCategory(int category) const { return m_secondByCategory[size_t(category)]; }

    // Anchors (see rules.txt, GLUE): a token with a reading outside the glue categories. A
    // rule can only match where an anchor lies within its reach, so the matcher skips text
    // with none near. The reach of the rules starting with a category / a literal key:
    const CategorySet &anchorCategories() const { return m_anchors; }
    int anchorReachOfCategory(int category) const { return m_reachByCategory[size_t(category)]; }
    int anchorReachOfKey(int key) const
    {
        return size_t(key) < m_reachByKey.size() ? m_reachByKey[size_t(key)] : unanchored;
    }
    // The same by key + 1, for every key and for npos ([0]), -1 where no rule starts with the
    // key: the matcher asks it of every known token without a branch on whether it has a key
    // (a coin toss, punctuation and words alternating).
    int anchorReachOfKeyOrNone(int key) const { return m_reachByKeyOrNone[size_t(key + 1)]; }
    static constexpr int unanchored = 1 << 20;
    // The longest reach of any anchored rule, and the categories that start a rule with no
    // anchor: a token further than that from an anchor, with none of those, starts nothing.
    int maxAnchoredReach() const { return m_maxAnchoredReach; }
    const CategorySet &unanchoredStarts() const { return m_unanchoredStarts; }

private:
    int categoryId(const QString &name);
    bool loadLexicon(const QString &path, QString *error);
    bool loadRules(const QString &path, QString *error);
    bool parseRuleLine(const QString &line, const QString &where, QString *error);
    void indexRules();
    void indexSecondFilters();
    void indexAnchors();
    void indexKeyReadings();

    Lexicon m_lexicon;
    std::vector<Rule> m_rules;
    QHash<QString, int> m_categories;
    QStringList m_categoryNames;
    int m_builtin[BuiltinCount] = {};
    std::vector<std::vector<int>> m_byCategory;
    std::vector<std::vector<int>> m_byKey;   // indexed by lexicon key
    std::vector<SecondFilter> m_secondByCategory;
    CategorySet m_glue;
    CategorySet m_anchors;
    std::vector<int> m_categorySpan;      // most tokens a reading of the category covers
    std::vector<int> m_reachByCategory;
    std::vector<int> m_reachByKey;
    std::vector<int> m_reachByKeyOrNone;   // indexed by lexicon key + 1 ([0]: no key)
    int m_maxAnchoredReach = 0;
    CategorySet m_unanchoredStarts;
    std::vector<int> m_none;
    std::vector<KeyReadings> m_keyReadings;   // indexed by lexicon key + 1 ([0]: no key)
    std::vector<std::array<CategorySet, 2>> m_keyCategories;   // KeyReadings::categories
    std::array<TokenReading, BuiltinCount> m_punctuation;   // indexed by Builtin
    std::array<CategorySet, BuiltinCount> m_builtinSets;     // indexed by Builtin
};

} // namespace chronoline
