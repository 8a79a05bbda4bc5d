#include "document/HtmlMetadata.h"

#include "document/DateParsing.h"
#include "document/HtmlTree.h"

#include <nlohmann/json.hpp>

#include <QStringList>

#include <array>
#include <algorithm>

namespace chronoline {

using namespace Qt::StringLiterals;

namespace {

// Meta names (property=, name= or itemprop=) that carry the publication date, by trust.
struct DateTag {
    QStringView name;
    int rank;
};
constexpr int kJsonLdRank = 2;
constexpr int kTimeRank = 6;
constexpr std::array<DateTag, 22> kDateTags{{
    {u"article:published_time", 1},
    {u"article:published", 1},
    {u"datepublished", 3},
    {u"dc.date.issued", 4},
    {u"dcterms.issued", 4},
    {u"dc.date", 4},
    {u"dcterms.date", 4},
    {u"dc.date.created", 4},
    {u"dcterms.created", 4},
    {u"dc.created", 4},
    {u"og:published_time", 5},
    {u"og:article:published_time", 5},
    {u"published_time", 5},
    {u"publish-date", 5},
    {u"publish_date", 5},
    {u"publishdate", 5},
    {u"pubdate", 5},
    {u"date", 5},
    {u"sailthru.date", 5},
    {u"parsely-pub-date", 5},
    {u"article.published", 5},
    {u"originalpublicationdate", 5},
}};

int dateTagRank(const QString &name)
{
    const QString key = name.trimmed().toLower();
    for (const DateTag &tag : kDateTags) {
        if (key == tag.name)
            return tag.rank;
    }
    return 0;
}

struct Collector {
    HtmlMetadata meta;
    int dateRank = 100;
    QString ogTitle;
    QString jsonLdHeadline;
    QString htmlTitle;
    QString firstH1;
    const HtmlNode *firstTime = nullptr;
    const HtmlNode *articleTime = nullptr;
    const HtmlNode *pubdateTime = nullptr;

    void offerDate(int rank, const QString &value, const QString &from)
    {
        if (rank <= 0 || rank >= dateRank)
            return;
        if (const auto date = parseDateValue(value)) {
            meta.published = date;
            meta.publishedFrom = from;
            dateRank = rank;
        }
    }
};

// What the page's JSON-LD blocks say; an Article's values beat those of any
// other object (a WebPage or an Organization has dates of its own).
struct JsonLdFindings {
    QString articleDate;
    QString anyDate;
    QString articleHeadline;
    QString anyHeadline;
};

bool typeIsArticle(const nlohmann::json &object)
{
    const auto it = object.find("@type");
    if (it == object.end())
        return false;
    auto isArticle = [](const nlohmann::json &t) {
        if (!t.is_string())
            return false;
        const QString type = QString::fromStdString(t.get<std::string>());
        return type.contains(u"Article"_s) || type == u"BlogPosting" || type == u"Report";
    };
    if (it->is_array())
        return std::any_of(it->begin(), it->end(), isArticle);
    return isArticle(*it);
}

QString jsonString(const nlohmann::json &value)
{
    if (value.is_string())
        return QString::fromStdString(value.get<std::string>());
    if (value.is_array() && !value.empty())
        return jsonString(value.front());
    if (value.is_object() && value.contains("@value"))
        return jsonString(value["@value"]);
    return {};
}

void readJsonLd(const nlohmann::json &node, JsonLdFindings &found, int depth)
{
    if (depth > 20)
        return;
    if (node.is_array()) {
        for (const auto &item : node)
            readJsonLd(item, found, depth + 1);
        return;
    }
    if (!node.is_object())
        return;
    const bool article = typeIsArticle(node);
    auto take = [&](const char *key, QString &forArticle, QString &forAny) {
        const auto it = node.find(key);
        if (it == node.end())
            return;
        const QString value = jsonString(*it).trimmed();
        if (article && forArticle.isEmpty())
            forArticle = value;
        if (forAny.isEmpty())
            forAny = value;
    };
    take("datePublished", found.articleDate, found.anyDate);
    take("headline", found.articleHeadline, found.anyHeadline);
    for (const auto &item : node.items()) {
        if (item.value().is_object() || item.value().is_array())
            readJsonLd(item.value(), found, depth + 1);
    }
}

void readJsonLdScript(const HtmlNode *script, JsonLdFindings &found)
{
    QString text;
    for (const HtmlNode *child = firstChild(script); child; child = nextSibling(child))
        text += nodeText(child);
    const nlohmann::json json = nlohmann::json::parse(text.toStdString(), nullptr, false);
    if (!json.is_discarded())
        readJsonLd(json, found, 0);
}

void visit(const HtmlNode *node, Collector &c, JsonLdFindings &jsonLd, bool insideArticle, int depth)
{
    if (depth > 400)
        return;
    for (const HtmlNode *child = firstChild(node); child; child = nextSibling(child)) {
        if (!isElement(child))
            continue;
        const QString tag = tagName(child);
        if (tag == u"meta") {
            const QString content = attribute(child, "content");
            for (const char *key : {"property", "name", "itemprop"}) {
                const QString name = attribute(child, key);
                if (name.isEmpty())
                    continue;
                const QString lower = name.toLower();
                if ((lower == u"og:title" || lower == u"twitter:title") && c.ogTitle.isEmpty())
                    c.ogTitle = collapseWhitespace(content);
                c.offerDate(dateTagRank(name), content, name);
            }
        } else if (tag == u"script") {
            if (attribute(child, "type").trimmed().toLower() == u"application/ld+json")
                readJsonLdScript(child, jsonLd);
            continue;
        } else if (tag == u"title" && c.htmlTitle.isEmpty()) {
            c.htmlTitle = collapsedText(child);
            continue;
        } else if (tag == u"h1" && c.firstH1.isEmpty()) {
            c.firstH1 = collapsedText(child);
        } else if (tag == u"time" || attribute(child, "itemprop").compare(u"datePublished"_s, Qt::CaseInsensitive) == 0) {
            if (attribute(child, "itemprop").compare(u"datePublished"_s, Qt::CaseInsensitive) == 0 && tag != u"meta") {
                const QString value = hasAttribute(child, "datetime") ? attribute(child, "datetime")
                    : hasAttribute(child, "content")                  ? attribute(child, "content")
                                                                      : collapsedText(child);
                c.offerDate(3, value, u"itemprop datePublished"_s);
            }
            if (tag == u"time" && hasAttribute(child, "datetime")) {
                if (!c.firstTime)
                    c.firstTime = child;
                if (insideArticle && !c.articleTime)
                    c.articleTime = child;
                if (hasAttribute(child, "pubdate") && !c.pubdateTime)
                    c.pubdateTime = child;
            }
        }
        visit(child, c, jsonLd, insideArticle || tag == u"article" || tag == u"main", depth + 1);
    }
}

} // namespace

HtmlMetadata readHtmlMetadata(const HtmlTree &tree)
{
    Collector c;
    JsonLdFindings jsonLd;
    if (const HtmlNode *root = tree.root())
        visit(root, c, jsonLd, false, 0);
    c.offerDate(kJsonLdRank, jsonLd.articleDate.isEmpty() ? jsonLd.anyDate : jsonLd.articleDate,
                u"json-ld datePublished"_s);
    c.jsonLdHeadline = jsonLd.articleHeadline.isEmpty() ? jsonLd.anyHeadline : jsonLd.articleHeadline;
    for (const HtmlNode *time : {c.pubdateTime, c.articleTime, c.firstTime}) {
        if (time)
            c.offerDate(kTimeRank, attribute(time, "datetime"), u"time datetime"_s);
    }
    // A <title> is mostly the headline plus the site's name ("Headline | Courier");
    // when it holds the page's first <h1>, that <h1> is the headline alone.
    if (!c.firstH1.isEmpty() && c.htmlTitle.contains(c.firstH1, Qt::CaseInsensitive))
        c.htmlTitle = c.firstH1;
    for (const QString &title : {c.ogTitle, c.jsonLdHeadline, c.htmlTitle, c.firstH1}) {
        if (!title.trimmed().isEmpty()) {
            c.meta.title = title.trimmed();
            break;
        }
    }
    return std::move(c.meta);
}

} // namespace chronoline
