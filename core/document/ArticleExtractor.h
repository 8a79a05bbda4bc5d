#pragma once

#include <QString>
#include <QStringList>

namespace chronoline {

class HtmlTree;

struct ArticleText {
    QString text;            // paragraphs separated by a blank line
    QStringList bylines;     // short texts of date/byline elements, for the dateline finder
};

// Finds the article in a page and returns its text without the page's furniture,
// in the manner of readability tools:
//  1. drop what is never article text (scripts, styles, forms, nav, aside, header,
//     footer, figures, hidden elements) and blocks whose class or id name them as
//     comments, share buttons, related links, newsletters, promotions and the like;
//  2. score each paragraph on its length and commas, credit the score to its
//     parent and, less, to further ancestors; discount by link density; the best
//     scored element is the article, joined by siblings that score nearly as well;
//  3. write its text out, leaving behind lists and boxes that are mostly links,
//     with a blank line between paragraphs.
// The first <h1> is left out: it is the title, which the metadata reader returns.
ArticleText extractArticle(const HtmlTree &tree);

} // namespace chronoline
