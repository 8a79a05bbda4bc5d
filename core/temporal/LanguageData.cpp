#include "temporal/LanguageData.h"

#include <QDir>
#include <algorithm>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>

namespace chronoline {

namespace {

const char16_t *const builtinNames[] = {u"NUMBER", u"YEAR", u"YEAR2", u"DAYNUM", u"MONTHNUM",
                                        u"HOURNUM", u"CLOCK", u"DECADE", u"CODE", u"ORDINAL",
                                        u"DASH", u"SLASH", u"COMMA", u"PERIOD", u"CENTURYNUM",
                                        u"NAME"};

// Calls `line(text, number)` for every line of a data file that is not blank or a '#'
// comment; stops at the first line it rejects. `text` is the line as written, untrimmed.
template <typename LineFn>
bool forEachDataLine(const QString &path, QString *error, LineFn line)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QString trimmed = lines[n].trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
            continue;
        if (!line(lines[n], n + 1))
            return false;
    }
    return true;
}

// Expands optional elements into all variants, so matching is a plain walk.
void expandOptionals(const std::vector<RuleElement> &elements, size_t i,
                     std::vector<RuleElement> &current, std::vector<std::vector<RuleElement>> &out)
{
    if (i == elements.size()) {
        if (!current.empty())
            out.push_back(current);
        return;
    }
    if (elements[i].optional)
        expandOptionals(elements, i + 1, current, out);
    current.push_back(elements[i]);
    current.back().optional = false;
    expandOptionals(elements, i + 1, current, out);
    current.pop_back();
}

} // namespace

std::shared_ptr<LanguageData> LanguageData::load(const QString &directory, QString *error)
{
    auto data = std::make_shared<LanguageData>();
    for (int b = 0; b < BuiltinCount; ++b)
        data->m_builtin[b] = data->categoryId(QString::fromUtf16(builtinNames[b]));
    const QDir dir(directory);
    const QStringList lexicons = dir.entryList({QStringLiteral("lexicon*.tsv")}, QDir::Files, QDir::Name);
    const QStringList rules = dir.entryList({QStringLiteral("rules*.txt")}, QDir::Files, QDir::Name);
    if (lexicons.isEmpty() || rules.isEmpty()) {
        *error = QStringLiteral("no lexicon or rules in %1").arg(directory);
        return nullptr;
    }
    for (const QString &name : lexicons) {
        if (!data->loadLexicon(dir.filePath(name), error))
            return nullptr;
    }
    for (const QString &name : rules) {
        if (!data->loadRules(dir.filePath(name), error))
            return nullptr;
    }
    if (data->m_categoryNames.size() > 256) {
        *error = QStringLiteral("more than 256 categories in %1").arg(directory);
        return nullptr;
    }
    data->indexRules();
    data->indexSecondFilters();
    data->indexAnchors();
    data->indexKeyReadings();
    return data;
}

std::shared_ptr<const LanguageData> LanguageData::english()
{
    static const std::shared_ptr<const LanguageData> data = [] {
        QString error;
        auto loaded = LanguageData::load(QStringLiteral(":/lang/en"), &error);
        if (!loaded)
            qFatal("Chronoline: the bundled English language data is broken: %s", qPrintable(error));
        return std::shared_ptr<const LanguageData>(std::move(loaded));
    }();
    return data;
}

std::vector<std::pair<QString, int>> LanguageData::wordsOf(const QString &category) const
{
    std::vector<std::pair<QString, int>> words;
    const int id = this->category(category);
    for (int key = 0; key < m_lexicon.size(); ++key) {
        const QString &form = m_lexicon.form(key);
        if (form.contains(u' '))
            continue;
        for (const Reading &r : m_lexicon.readings(key)) {
            if (r.category == id && r.isInt)
                words.emplace_back(form, r.intValue);
        }
    }
    return words;
}

int LanguageData::categoryId(const QString &name)
{
    auto it = m_categories.constFind(name);
    if (it != m_categories.constEnd())
        return *it;
    const int id = int(m_categoryNames.size());
    m_categories.insert(name, id);
    m_categoryNames.append(name);
    return id;
}

bool LanguageData::loadLexicon(const QString &path, QString *error)
{
    return forEachDataLine(path, error, [&](const QString &line, qsizetype number) {
        const QStringList cols = line.split(u'\t');
        if (cols.size() < 3) {
            *error = QStringLiteral("%1:%2: expected form, category and value").arg(path).arg(number);
            return false;
        }
        Reading r;
        r.category = categoryId(cols[1].trimmed());
        r.value = cols[2].trimmed();
        r.intValue = r.value.toInt(&r.isInt);
        r.latent = cols.size() > 3 && cols[3].contains(QStringLiteral("latent"));
        const QString form = cols[0].trimmed().toLower();
        r.span = int(form.count(u' ') + form.count(u'-')) + 1;
        r.tens = cols.size() > 3 && cols[3].contains(QStringLiteral("tens"));
        r.capital = cols.size() > 3 && cols[3].contains(QStringLiteral("capital"));
        // Tokens the form can cover, counted generously (only the matcher's skipping depends
        // on it): a space separates two, a hyphen is a token of its own, an apostrophe or a dot
        // may start one ("new year's day" is four tokens).
        int tokens = 1;
        for (QChar c : form)
            tokens += c == u' ' ? 1 : c == u'-' ? 2 : (c == u'\'' || c == u'.') ? 1 : 0;
        if (size_t(r.category) >= m_categorySpan.size())
            m_categorySpan.resize(size_t(r.category) + 1, 1);
        m_categorySpan[size_t(r.category)] = std::max(m_categorySpan[size_t(r.category)], tokens);
        m_lexicon.addReading(m_lexicon.addKey(form), r);
        return true;
    });
}

bool LanguageData::loadRules(const QString &path, QString *error)
{
    const QString file = QFileInfo(path).fileName();
    return forEachDataLine(path, error, [&](const QString &line, qsizetype number) {
        return parseRuleLine(line.trimmed(), QStringLiteral("%1:%2").arg(file).arg(number), error);
    });
}

// TYPE | pattern | assignments | examples ("text = value ; text = value")
bool LanguageData::parseRuleLine(const QString &line, const QString &where, QString *error)
{
    auto fail = [&](const QString &why) {
        *error = where + QStringLiteral(": ") + why;
        return false;
    };
    // Columns are separated by " | "; a bare '|' inside an element separates alternative
    // categories (A|B:field).
    static const QRegularExpression columnBar(QStringLiteral("\\s\\|(?=\\s|$)"));
    const QStringList top = line.split(columnBar);
    if (top.size() < 2)
        return fail(QStringLiteral("expected TYPE | pattern [| assignments [| examples]]"));
    const QString type = top[0].trimmed();
    if (type == u"GLUE") {   // GLUE | CATEGORY CATEGORY ...
        for (const QString &name : top[1].split(u' ', Qt::SkipEmptyParts)) {
            if (name != name.toUpper())
                return fail(QStringLiteral("bad category ") + name);
            const int id = categoryId(name);
            if (id < int(CategorySet::capacity))
                m_glue.set(size_t(id));
        }
        return true;
    }
    Rule rule;
    if (type == u"REJECT")
        rule.kind = Rule::Kind::Reject;
    else if (!parseTimexType(type, &rule.type))
        return fail(QStringLiteral("unknown type ") + type);
    const QString pattern = top[1].trimmed();
    const QString assignments = top.size() > 2 ? top[2].trimmed() : QString();
    const QString examples = top.size() > 3 ? top[3].trimmed() : QString();

    std::vector<RuleElement> elements;
    const QStringList parts = pattern.split(u' ', Qt::SkipEmptyParts);
    for (QString p : parts) {
        RuleElement e;
        if (p == u">>") {
            e.kind = RuleElement::Kind::Split;
            elements.push_back(e);
            continue;
        }
        for (;;) {
            if (p.startsWith(u'+')) e.noSpaceBefore = true;
            else if (p.startsWith(u'^')) e.context = true;
            else if (p.startsWith(u'~')) e.connector = true;
            else break;
            p.remove(0, 1);
        }
        if (p.endsWith(u'?') && p.size() > 1 && !(p.startsWith(u'"') && p.size() == 3)) {
            e.optional = true;
            p.chop(1);
        }
        QString fieldName;
        if (p.startsWith(u'"')) {
            const qsizetype close = p.indexOf(u'"', 1);
            if (close < 0)
                return fail(QStringLiteral("unterminated literal ") + p);
            e.kind = RuleElement::Kind::Literal;
            e.ids.push_back(m_lexicon.addKey(p.mid(1, close - 1).toLower()));
            if (close + 1 < p.size() && p[close + 1] == u':')
                fieldName = p.mid(close + 2);
        } else {
            const qsizetype colon = p.indexOf(u':');
            QString cats = colon < 0 ? p : p.left(colon);
            if (colon >= 0)
                fieldName = p.mid(colon + 1);
            for (QString c : cats.split(u'|')) {
                QStringList values;
                const qsizetype eq = c.indexOf(u'=');
                if (eq >= 0) {
                    values = c.mid(eq + 1).split(u',');
                    c = c.left(eq);
                }
                if (c.isEmpty() || c != c.toUpper())
                    return fail(QStringLiteral("bad category ") + c);
                e.ids.push_back(categoryId(c));
                e.requiredValues.push_back(values);
                // Integer readings are compared as integers: no number is formatted per attempt.
                std::vector<int> ints;
                for (const QString &v : values) {
                    bool ok = false;
                    const int i = v.toInt(&ok);
                    if (ok && QString::number(i) == v)
                        ints.push_back(i);
                }
                e.requiredInts.push_back(std::move(ints));
            }
        }
        if (!fieldName.isEmpty()) {
            if (!parseField(fieldName, &e.field))
                return fail(QStringLiteral("unknown field ") + fieldName);
            e.hasField = true;
        }
        elements.push_back(e);
    }
    for (const QString &a : assignments.split(u' ', Qt::SkipEmptyParts)) {
        const qsizetype eq = a.indexOf(u'=');
        RuleAssignment ra;
        if (eq <= 0 || !parseField(a.left(eq), &ra.field))
            return fail(QStringLiteral("bad assignment ") + a);
        ra.value = a.mid(eq + 1);
        rule.assignments.push_back(ra);
    }
    for (const QString &ex : examples.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype eq = ex.lastIndexOf(u'=');
        if (eq <= 0)
            return fail(QStringLiteral("example must be 'text = value': ") + ex);
        rule.examples.push_back({ex.left(eq).trimmed(), ex.mid(eq + 1).trimmed()});
    }
    rule.source = where;

    std::vector<std::vector<RuleElement>> variants;
    std::vector<RuleElement> current;
    expandOptionals(elements, 0, current, variants);
    for (auto &v : variants) {
        if (v.front().kind == RuleElement::Kind::Split)
            continue;
        Rule r = rule;
        r.elements = std::move(v);
        r.examples = rule.examples;
        r.index = int(m_rules.size());
        m_rules.push_back(std::move(r));
        rule.examples.clear();   // examples belong to the rule once, not to every variant
    }
    return true;
}

void LanguageData::indexRules()
{
    m_byCategory.assign(size_t(m_categoryNames.size()), {});
    for (Rule &r : m_rules) {
        const RuleElement &first = r.elements.front();
        if (first.kind == RuleElement::Kind::Category) {
            for (int id : first.ids)
                r.firstCategories.set(size_t(id));   // ids are below 256 (load checks)
        }
        // Elements 1 and 2 take the tokens right after a one-token first (and second) match;
        // a range's split or a category beyond the set's capacity ends what can be tested.
        for (size_t e = 1; e <= 2 && e < r.elements.size(); ++e) {
            const RuleElement &el = r.elements[e];
            if (el.kind == RuleElement::Kind::Split)
                break;
            Rule::Lookahead &a = r.ahead[e - 1];
            a.active = true;
            a.noSpaceBefore = el.noSpaceBefore;
            if (el.kind == RuleElement::Kind::Literal)
                a.key = el.ids.front();
            for (const QStringList &values : el.requiredValues) {
                if (!values.isEmpty())
                    a.element = &el;   // the rule's elements stay put once the rules are read
            }
            for (int id : el.ids) {
                if (el.kind == RuleElement::Kind::Category && id < int(CategorySet::capacity))
                    a.categories.set(size_t(id));
                else if (el.kind == RuleElement::Kind::Category)
                    a.active = false;
            }
            if (!a.active)
                break;
        }
    }
    for (const Rule &r : m_rules) {
        const RuleElement &first = r.elements.front();
        for (int id : first.ids) {
            if (first.kind == RuleElement::Kind::Literal) {
                if (size_t(id) >= m_byKey.size())
                    m_byKey.resize(size_t(id) + 1);
                m_byKey[size_t(id)].push_back(r.index);
            }
            else
                m_byCategory[size_t(id)].push_back(r.index);
        }
    }
}

void LanguageData::indexSecondFilters()
{
    m_secondByCategory.assign(m_byCategory.size(), {});
    for (size_t c = 0; c < m_byCategory.size(); ++c) {
        SecondFilter &f = m_secondByCategory[c];
        for (int r : m_byCategory[c])
            f.add(m_rules[size_t(r)].ahead[0]);
    }
}

void LanguageData::indexAnchors()
{
    // Anchors come from the categories rules name: a word read only by the scanner (the
    // "million" of "$4.5 million") anchors nothing.
    const int categories = int(m_categoryNames.size());
    for (const Rule &r : m_rules) {
        for (const RuleElement &e : r.elements) {
            if (e.kind != RuleElement::Kind::Category)
                continue;
            for (int id : e.ids) {
                if (id < int(CategorySet::capacity) && !m_glue.test(size_t(id)))
                    m_anchors.set(size_t(id));
            }
        }
    }
    m_categorySpan.resize(size_t(categories), 1);
    // number words join ("twenty - two"), years are read aloud ("nineteen ninety - six")
    for (Builtin b : {Number, Ordinal, Year})
        m_categorySpan[size_t(m_builtin[b])] = std::max(m_categorySpan[size_t(m_builtin[b])], 4);

    auto isAnchorElement = [&](const RuleElement &e) {
        if (e.kind == RuleElement::Kind::Literal) {   // a word that always reads as an anchor
            for (const Reading &r : m_lexicon.readings(e.ids.front())) {
                if (r.category < int(CategorySet::capacity) && m_anchors.test(size_t(r.category)) && !r.capital)
                    return true;
            }
            return false;
        }
        if (e.kind != RuleElement::Kind::Category)
            return false;
        for (int id : e.ids) {
            if (id >= int(CategorySet::capacity) || !m_anchors.test(size_t(id)))
                return false;
        }
        return true;
    };
    auto spanOf = [&](const RuleElement &e) {
        if (e.kind == RuleElement::Kind::Split)
            return 0;
        if (e.kind == RuleElement::Kind::Literal)
            return 1;
        int span = 1;
        for (int id : e.ids)
            span = std::max(span, m_categorySpan[size_t(id)]);
        return span;
    };
    for (Rule &r : m_rules) {
        r.anchorReach = unanchored;
        int reach = 0;
        for (const RuleElement &e : r.elements) {
            if (isAnchorElement(e)) {
                r.anchorReach = reach;
                break;
            }
            reach += spanOf(e);
        }
    }
    m_reachByCategory.assign(m_byCategory.size(), -1);
    for (size_t c = 0; c < m_byCategory.size(); ++c) {
        for (int r : m_byCategory[c])
            m_reachByCategory[c] = std::max(m_reachByCategory[c], m_rules[size_t(r)].anchorReach);
    }
    m_maxAnchoredReach = 0;
    for (const Rule &r : m_rules) {
        if (r.anchorReach < unanchored)
            m_maxAnchoredReach = std::max(m_maxAnchoredReach, r.anchorReach);
    }
    for (size_t c = 0; c < m_byCategory.size() && c < CategorySet::capacity; ++c) {
        for (int r : m_byCategory[c]) {
            if (m_rules[size_t(r)].anchorReach >= unanchored)
                m_unanchoredStarts.set(c);
        }
    }
    m_reachByKey.assign(m_byKey.size(), -1);
    for (size_t k = 0; k < m_byKey.size(); ++k) {
        for (int r : m_byKey[k])
            m_reachByKey[k] = std::max(m_reachByKey[k], m_rules[size_t(r)].anchorReach);
    }
    m_reachByKeyOrNone.assign(size_t(m_lexicon.size()) + 1, -1);
    std::copy(m_reachByKey.begin(), m_reachByKey.end(), m_reachByKeyOrNone.begin() + 1);
}

void LanguageData::indexKeyReadings()
{
    for (Builtin b : {Dash, Slash, Comma, Period})
        m_punctuation[size_t(b)] = {m_builtin[b], 1, 0, false, false, nullptr};
    for (size_t b = 0; b < BuiltinCount; ++b) {
        if (m_builtin[b] >= 0 && m_builtin[b] < int(CategorySet::capacity))
            m_builtinSets[b].set(size_t(m_builtin[b]));
    }
    m_keyReadings.assign(size_t(m_lexicon.size()) + 1, {});
    m_keyReadings.front().plain = true;   // keyReadingsOrNone(npos): no readings, no categories
    m_keyCategories.assign(size_t(m_lexicon.size()), {});
    const int number = m_builtin[Number];
    for (int key = 0; key < m_lexicon.size(); ++key) {
        KeyReadings &k = m_keyReadings[size_t(key) + 1];
        std::array<CategorySet, 2> &categories = m_keyCategories[size_t(key)];
        k.categories = categories.data();
        for (const Reading &r : m_lexicon.readings(key)) {
            k.numberWord |= r.category == number;
            if (r.span != 1)
                continue;
            for (int capitalised = 0; capitalised < 2; ++capitalised) {
                if (r.capital && !capitalised)
                    continue;
                k.readings[capitalised].push_back({r.category, 1, r.intValue, r.isInt, r.latent, &r.value});
                if (r.category >= 0 && r.category < int(CategorySet::capacity))
                    categories[size_t(capitalised)].set(size_t(r.category));
            }
        }
        k.plain = !k.numberWord && !m_lexicon.startsPhrase(key);
        k.phraseOnly = !k.numberWord && m_lexicon.startsPhrase(key);
        for (int capitalised = 0; capitalised < 2; ++capitalised) {
            std::vector<KeyReadings::RuleStart> &starts = k.rules[capitalised];
            auto add = [&](const std::vector<int> &rules) {
                for (int r : rules) {
                    const bool seen = std::any_of(starts.begin(), starts.end(),
                                                  [r](const KeyReadings::RuleStart &s) { return s.rule == r; });
                    if (!seen)
                        starts.push_back({r, m_rules[size_t(r)].anchorReach});
                }
            };
            add(rulesStartingWithKey(key));
            for (const TokenReading &reading : k.readings[capitalised])
                add(rulesStartingWithCategory(reading.category));
            // Which order the rules are tried in does not matter: a token's candidates are
            // ranked by length and rule, never by the order they were found.
            std::stable_sort(starts.begin(), starts.end(), [](const auto &a, const auto &b) {
                return a.anchorReach > b.anchorReach;
            });
            for (const KeyReadings::RuleStart &start : starts)
                k.nextFilter[capitalised].add(m_rules[size_t(start.rule)].ahead[0]);
        }
    }
}

const std::vector<int> &LanguageData::rulesStartingWithCategory(int category) const
{
    if (category < 0 || size_t(category) >= m_byCategory.size())
        return m_none;
    return m_byCategory[size_t(category)];
}

const std::vector<int> &LanguageData::rulesStartingWithKey(int key) const
{
    if (key < 0 || size_t(key) >= m_byKey.size())
        return m_none;
    return m_byKey[size_t(key)];
}

} // namespace chronoline
