#pragma once

#include "document/HtmlTree.h"

#include <QString>

namespace chronoline {

// The judgements the article extractor makes about single elements, from
// their tag, class, id and style. Kept apart from the extractor so the word
// lists can be read and tuned in one place.

// Elements that never hold article text: scripts, styles, forms, navigation,
// asides, headers and footers, figures and media.
bool isAlwaysDropped(const QString &tag);
// Elements that start a new paragraph in the text.
bool isBlockTag(const QString &tag);
// Class and id, lower-cased, for the word tests below.
QString classAndId(const HtmlNode *node);
// Page furniture by its class or id: comments, share buttons, related links,
// newsletters, bylines... Strong words mark it even beside "article"
// ("article-share", "related-articles"); weak ones ("sidebar", "menu") yield to
// words of content ("content", "story").
bool isFurniture(const HtmlNode *node, const QString &tag);
// hidden, aria-hidden="true", display:none or visibility:hidden.
bool isHidden(const HtmlNode *node);
// +25 for names of content, -25 for names of furniture (both may apply).
int classWeight(const HtmlNode *node);
// The starting score of a candidate container by its tag.
int tagWeight(const QString &tag);

} // namespace chronoline
