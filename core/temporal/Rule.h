#pragma once

#include "temporal/Frame.h"
#include "temporal/Timex.h"

#include <QString>

#include "temporal/CategorySet.h"
#include <vector>

namespace chronoline {

// One element of a rule's pattern, as written in rules.txt:
//   CATEGORY[=V1,V2][:field]  a token (or phrase) with that reading (and one of those values);
//                             its value goes to `field`
//   A|B=V:field               either alternative
//   "word"                    a literal word
//   +X  no space before this token   ^X  context: must match, not part of the extent
//   ~X  connector: part of the match, in neither extent   >>  a range: what follows is a second
//   expression that inherits what the first one stated
struct RuleElement {
    enum class Kind { Category, Literal, Split };
    Kind kind = Kind::Category;
    std::vector<int> ids;       // category ids (Category) or one lexicon key id (Literal)
    std::vector<QStringList> requiredValues;   // per id: CATEGORY=V1,V2 (empty: any value)
    std::vector<std::vector<int>> requiredInts; // per id: those of the values that are integers
    bool hasField = false;
    Field field = Field::Year;
    bool noSpaceBefore = false;
    bool context = false;
    bool connector = false;
    bool optional = false;
};

struct RuleAssignment {
    Field field;
    QString value;
};

struct RuleExample {
    QString text;
    QString value;
};

// A rule: a pattern of elements and what it means. `Reject` rules veto any expression they
// overlap ("Spring Street", "a 42-year-old").
struct Rule {
    enum class Kind { Timex, Reject };
    Kind kind = Kind::Timex;
    TimexType type = TimexType::Date;
    std::vector<RuleElement> elements;   // optional elements already expanded into variants
    std::vector<RuleAssignment> assignments;
    std::vector<RuleExample> examples;
    QString source;                      // "rules.txt:42", for debugging
    // Quick tests on the second and third elements, so that most attempts end before any
    // work: what the tokens after a one-token first (and second) match must have.
    struct Lookahead {
        bool active = false;
        CategorySet categories;   // some reading in one of these (a category element)
        int key = -1;             // or this lexicon key (a literal)
        bool noSpaceBefore = false;
        const RuleElement *element = nullptr;   // set when the element wants certain values
    };
    Lookahead ahead[2];
    // The first element's categories (empty for a literal, which always takes one token): where
    // a token has a reading of one of them that covers several tokens, the second element need
    // not start right after it, and the lookahead does not apply.
    CategorySet firstCategories;
    int index = 0;                       // order in the file: earlier rules win ties
    // How many tokens after the rule's first one its first anchor element can start at the
    // most (LanguageData::unanchored when no element is sure to take an anchor).
    int anchorReach = 0;
};

} // namespace chronoline
