#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace chronoline {

class HtmlTree;

// What a page says about itself in its markup, apart from the article text.
struct HtmlMetadata {
    QString title;            // og:title / twitter:title, JSON-LD headline, <title>, first <h1>
    std::optional<QDate> published;
    QString publishedFrom;    // which tag gave the date, e.g. "article:published_time", for diagnostics
};

// Reads the title and publication date from a parsed page. Dates, most trusted first:
//  1. <meta property="article:published_time"> (Open Graph)
//  2. JSON-LD "datePublished" (schema.org, an Article's before any other object's)
//  3. itemprop="datePublished" (microdata: meta content, time datetime, or text)
//  4. Dublin Core: DC.date.issued, dcterms.issued, DC.date, dcterms.created, ...
//  5. other publishers' names: og:published_time, pubdate, publish-date, date, sailthru.date, ...
//  6. <time datetime> marked pubdate, else the first one inside <article>/<main>, else the first one.
// Modification dates (article:modified_time, dateModified) are never used: a
// story updated today was still written when it was written.
HtmlMetadata readHtmlMetadata(const HtmlTree &tree);

} // namespace chronoline
