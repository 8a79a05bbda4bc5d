#include "document/ArticleHeuristics.h"

#include <QRegularExpression>
#include <QStringList>

namespace chronoline {

using namespace Qt::StringLiterals;

bool isAlwaysDropped(const QString &tag)
{
    static const QStringList tags = {
        u"script"_s, u"style"_s, u"noscript"_s, u"template"_s, u"svg"_s, u"math"_s,
        u"iframe"_s, u"object"_s, u"embed"_s, u"canvas"_s, u"form"_s, u"button"_s,
        u"input"_s, u"select"_s, u"textarea"_s, u"nav"_s, u"aside"_s, u"footer"_s,
        u"header"_s, u"menu"_s, u"dialog"_s, u"figure"_s, u"figcaption"_s, u"head"_s,
        u"title"_s, u"video"_s, u"audio"_s, u"picture"_s, u"img"_s, u"label"_s};
    return tags.contains(tag);
}

bool isBlockTag(const QString &tag)
{
    static const QStringList tags = {
        u"address"_s, u"article"_s, u"blockquote"_s, u"dd"_s, u"details"_s, u"div"_s,
        u"dl"_s, u"dt"_s, u"fieldset"_s, u"h1"_s, u"h2"_s, u"h3"_s, u"h4"_s, u"h5"_s,
        u"h6"_s, u"hr"_s, u"li"_s, u"main"_s, u"ol"_s, u"p"_s, u"pre"_s, u"section"_s,
        u"summary"_s, u"table"_s, u"tbody"_s, u"thead"_s, u"tfoot"_s, u"tr"_s, u"ul"_s,
        u"caption"_s, u"body"_s, u"center"_s};
    return tags.contains(tag);
}

QString classAndId(const HtmlNode *node)
{
    return (attribute(node, "class") + u' ' + attribute(node, "id")).toLower();
}

// Class or id words of page furniture. Strong ones mark it even next to
// "article" ("article-share", "related-articles"); weak ones yield to it.
bool isFurniture(const HtmlNode *node, const QString &tag)
{
    if (tag == u"body" || tag == u"article" || tag == u"main" || tag == u"html")
        return false;
    const QString names = classAndId(node);
    if (names.trimmed().isEmpty())
        return false;
    static const QRegularExpression strong(
        u"comment|related|share|sharing|social|newsletter|subscri|promo|cookie|consent|"
        "sponsor|outbrain|taboola|recommend|trending|popular|breadcrumb|pagination|paywall|"
        "signup|sign-up|advert|\\bad\\b|\\bads\\b|-ad-|\\bad-|-ad\\b|byline|dateline|author|"
        "caption|(?<![\\w-])tags?(?![\\w-])|skip-link|sr-only|visually-hidden|\\bposted\\b|\\bpublished\\b|"
        "timestamp|\\bdate\\b|pubdate"_s);
    static const QRegularExpression weak(
        u"banner|combx|community|disqus|extra|foot|header|legends|menu|remark|replies|rss|"
        "shoutbox|sidebar|skyscraper|popup|modal|masthead|\\bnav|navbar|toolbar|widget|"
        "\\bmeta\\b|tools"_s);
    static const QRegularExpression maybe(u"and|article|body|column|content|main|shadow|story|text"_s);
    if (strong.match(names).hasMatch())
        return true;
    return weak.match(names).hasMatch() && !maybe.match(names).hasMatch();
}

bool isHidden(const HtmlNode *node)
{
    if (hasAttribute(node, "hidden"))
        return true;
    if (attribute(node, "aria-hidden").trimmed().toLower() == u"true")
        return true;
    const QString style = attribute(node, "style").toLower().remove(u' ');
    return style.contains(u"display:none"_s) || style.contains(u"visibility:hidden"_s);
}

// How strongly class and id names suggest article text (+) or not (-).
int classWeight(const HtmlNode *node)
{
    static const QRegularExpression positive(
        u"article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story"_s);
    static const QRegularExpression negative(
        u"hidden|banner|combx|comment|com-|contact|foot|footnote|masthead|media|meta|"
        "outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|"
        "tags|tool|widget"_s);
    const QString names = classAndId(node);
    int weight = 0;
    if (positive.match(names).hasMatch())
        weight += 25;
    if (negative.match(names).hasMatch())
        weight -= 25;
    return weight;
}

int tagWeight(const QString &tag)
{
    if (tag == u"div" || tag == u"article" || tag == u"section" || tag == u"main")
        return 5;
    if (tag == u"pre" || tag == u"td" || tag == u"blockquote")
        return 3;
    if (tag == u"address" || tag == u"ol" || tag == u"ul" || tag == u"dl" || tag == u"dd"
        || tag == u"dt" || tag == u"li" || tag == u"form")
        return -3;
    if (tag.size() == 2 && tag.front() == u'h' && tag.back().isDigit())
        return -5;
    if (tag == u"th")
        return -5;
    return 0;
}

} // namespace chronoline
