#include "document/ArticleExtractor.h"

#include "document/ArticleHeuristics.h"
#include "document/HtmlTree.h"

#include <QRegularExpression>

#include <unordered_map>

namespace chronoline {

using namespace Qt::StringLiterals;

namespace {

// The walks below recurse; an element deeper than this is read as one piece of
// text (collapsedText() walks without recursion) instead of being descended into,
// so a page of 10,000 nested elements neither overflows the stack nor loses its words.
constexpr int kMaxDepth = 400;
// Link text is fenced with two noncharacters while a paragraph is built, so
// that a line made only of links ("Back to the front page | Print this story")
// can be told apart and dropped; the fences never reach the output.
constexpr char16_t kLinkOpen = 0xFDD0;
constexpr char16_t kLinkClose = 0xFDD1;
constexpr double kMaxLineLinkShare = 0.6;
constexpr qsizetype kMinParagraphChars = 25;

struct NodeInfo {
    qsizetype textLength = 0; // visible characters, white space collapsed
    qsizetype linkLength = 0; // of which inside <a>
    int commas = 0;
    int paragraphs = 0;       // <p> descendants
    int listItems = 0;
    bool dropped = false;     // never article text
    bool hasBlockChild = false;
    bool whole = false;       // deeper than kMaxDepth: measured and rendered as one piece of text
    double score = 0;
    bool scored = false;
};

class Extractor
{
public:
    explicit Extractor(const HtmlTree &tree) : tree_(tree) {}

    ArticleText run()
    {
        ArticleText out;
        const HtmlNode *body = tree_.body();
        if (!body)
            return out;
        measure(body, false, 0);
        findBylines(body, false, 0);
        out.bylines = articleBylines_ + otherBylines_;
        scoreParagraphs(body, 0);

        const HtmlNode *top = nullptr;
        double best = 0;
        for (auto &[node, info] : info_) {
            if (!info.scored)
                continue;
            const double finalScore = info.score * (1.0 - linkDensity(info));
            info.score = finalScore;
            if (!top || finalScore > best) {
                top = node;
                best = finalScore;
            }
        }
        QString text;
        if (top)
            text = renderWithSiblings(top, best);
        // A page with no clear article (a list of short items, a bare text page):
        // fall back to the whole body, still without its furniture.
        if (text.size() < 200) {
            QString whole = render(body);
            if (whole.size() > text.size())
                text = whole;
        }
        out.text = text;
        return out;
    }

private:
    static double linkDensity(const NodeInfo &info)
    {
        return info.textLength > 0 ? double(info.linkLength) / double(info.textLength) : 0.0;
    }

    // Post-order pass: text and link lengths of every element, and what is dropped.
    NodeInfo measure(const HtmlNode *node, bool insideLink, int depth)
    {
        NodeInfo info;
        const QString tag = tagName(node);
        if (isAlwaysDropped(tag) || isHidden(node) || isFurniture(node, tag)) {
            info.dropped = true;
            info_[node] = info;
            return info;
        }
        const bool link = insideLink || tag == u"a";
        if (depth > kMaxDepth) {
            const QString t = collapsedText(node);
            info.textLength = t.size();
            info.commas = int(t.count(u','));
            info.linkLength = link ? t.size() : 0;
            info.whole = true;
            info_[node] = info;
            return info;
        }
        for (const HtmlNode *child = firstChild(node); child; child = nextSibling(child)) {
            if (isText(child)) {
                const QString t = collapseWhitespace(nodeText(child));
                info.textLength += t.size();
                info.commas += t.count(u',');
                if (link)
                    info.linkLength += t.size();
            } else if (isElement(child)) {
                const NodeInfo c = measure(child, link, depth + 1);
                if (c.dropped)
                    continue;
                const QString childTag = tagName(child);
                info.textLength += c.textLength;
                info.linkLength += c.linkLength;
                info.commas += c.commas;
                info.paragraphs += c.paragraphs + (childTag == u"p");
                info.listItems += c.listItems + (childTag == u"li");
                info.hasBlockChild = info.hasBlockChild || isBlockTag(childTag);
            }
        }
        info_[node] = info;
        return info;
    }

    // Date and byline elements are dropped from the text but their words may
    // carry the date ("Published 14 March 2023"), so they are kept aside, those
    // inside <article> or <main> first: a sidebar's dates belong to other stories.
    void findBylines(const HtmlNode *node, bool insideArticle, int depth)
    {
        static const QRegularExpression names(u"byline|dateline|date|time|publish|posted|updated"_s);
        // Sidebars, link lists and comments have dates of other stories.
        static const QRegularExpression elsewhere(
            u"sidebar|related|comment|promo|newsletter|popular|trending|recommend|footer|\\bnav|"
            "menu|share|social|teaser|card"_s);
        static const QStringList skipped = {u"script"_s, u"style"_s, u"template"_s, u"noscript"_s,
                                            u"aside"_s, u"nav"_s, u"footer"_s, u"form"_s, u"figure"_s};
        if (depth > kMaxDepth)
            return;
        for (const HtmlNode *child = firstChild(node); child; child = nextSibling(child)) {
            const QString tag = tagName(child);
            if (tag.isEmpty() || skipped.contains(tag) || isHidden(child))
                continue;
            const QString label = classAndId(child) + u' ' + attribute(child, "itemprop").toLower();
            if (elsewhere.match(label).hasMatch())
                continue;
            if (tag == u"time" || names.match(label).hasMatch()) {
                const QString text = collapsedText(child);
                if (!text.isEmpty() && text.size() <= 200) {
                    (insideArticle ? articleBylines_ : otherBylines_).append(text);
                    continue;
                }
            }
            findBylines(child, insideArticle || tag == u"article" || tag == u"main", depth + 1);
        }
    }

    NodeInfo &infoOf(const HtmlNode *node) { return info_[node]; }

    void credit(const HtmlNode *node, double amount)
    {
        NodeInfo &info = infoOf(node);
        if (info.dropped)
            return;
        if (!info.scored) {
            info.scored = true;
            info.score = tagWeight(tagName(node)) + classWeight(node);
        }
        info.score += amount;
    }

    void scoreParagraphs(const HtmlNode *node, int depth)
    {
        if (depth > kMaxDepth)
            return;
        for (const HtmlNode *child = firstChild(node); child; child = nextSibling(child)) {
            if (!isElement(child))
                continue;
            const NodeInfo &info = infoOf(child);
            if (info.dropped)
                continue;
            const QString tag = tagName(child);
            const bool paragraph = tag == u"p" || tag == u"pre" || tag == u"td"
                || ((tag == u"div" || tag == u"section") && !info.hasBlockChild);
            if (paragraph && info.textLength >= kMinParagraphChars) {
                const double score = 1.0 + info.commas + std::min<double>(double(info.textLength) / 100.0, 3.0);
                const HtmlNode *ancestor = parentElement(child);
                for (int level = 0; ancestor && level < 5; ++level, ancestor = parentElement(ancestor)) {
                    const double divider = level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0;
                    credit(ancestor, score / divider);
                }
            }
            scoreParagraphs(child, depth + 1);
        }
    }

    QString renderWithSiblings(const HtmlNode *top, double topScore)
    {
        const HtmlNode *parent = parentElement(top);
        if (!parent)
            return render(top);
        const double threshold = std::max(10.0, topScore * 0.2);
        QString out;
        for (const HtmlNode *sibling = firstChild(parent); sibling; sibling = nextSibling(sibling)) {
            if (!isElement(sibling))
                continue;
            const NodeInfo &info = infoOf(sibling);
            if (info.dropped)
                continue;
            bool include = sibling == top || (info.scored && info.score >= threshold);
            if (!include && tagName(sibling) == u"p") {
                const QString text = collapsedText(sibling);
                const double density = linkDensity(info);
                include = (text.size() > 80 && density < 0.25)
                    || (density == 0 && !text.isEmpty() && QStringView(u".!?").contains(text.back()));
            }
            if (include)
                append(out, render(sibling));
        }
        return out;
    }

    static void append(QString &out, const QString &block)
    {
        if (block.isEmpty())
            return;
        if (!out.isEmpty())
            out += u"\n\n"_s;
        out += block;
    }

    // Boxes that are mostly links or have next to no text: menus, link lists,
    // "read more" boxes left inside the article container.
    bool isLinkBox(const HtmlNode *node, const QString &tag) const
    {
        static const QStringList boxTags = {u"ul"_s, u"ol"_s, u"dl"_s, u"div"_s, u"section"_s,
                                            u"table"_s, u"td"_s, u"fieldset"_s, u"p"_s, u"li"_s};
        if (!boxTags.contains(tag))
            return false;
        const NodeInfo &info = info_.at(node);
        if (info.commas >= 10)
            return false;
        const double density = linkDensity(info);
        const int weight = classWeight(node);
        if (weight < 0)
            return true;
        if (tag == u"p" || tag == u"li")
            return density > 0.5 && info.textLength < 200;
        if (weight < 25 && density > 0.2)
            return true;
        return weight >= 25 && density > 0.5;
    }

    // Text of `node`'s subtree: blocks become paragraphs, <br> a line break.
    QString render(const HtmlNode *node)
    {
        QString out;
        QString paragraph;
        renderInto(node, out, paragraph, 0);
        flush(out, paragraph);
        return out;
    }

    // A line of a paragraph, without its link fences, or nothing if it is mostly link text.
    static QString keptLine(QStringView raw)
    {
        qsizetype letters = 0, linkLetters = 0;
        bool inLink = false;
        QString out;
        for (const QChar c : raw) {
            if (c == QChar(kLinkOpen) || c == QChar(kLinkClose)) {
                inLink = c == QChar(kLinkOpen);
                continue;
            }
            out += c;
            if (c.isLetterOrNumber()) {
                ++letters;
                linkLetters += inLink;
            }
        }
        if (linkLetters > 0 && double(linkLetters) >= kMaxLineLinkShare * double(letters))
            return {};
        return out.trimmed();
    }

    // Ends the paragraph being built. Old pages separate paragraphs with
    // <br><br> instead of <p>: an empty line inside it splits it too.
    static void flush(QString &out, QString &paragraph)
    {
        QStringList lines;
        for (const QStringView raw : QStringView(paragraph).split(u'\n')) {
            const QString line = keptLine(raw);
            if (!line.isEmpty()) {
                lines.append(line);
            } else if (!lines.isEmpty() && raw.trimmed().isEmpty()) {
                append(out, lines.join(u'\n'));
                lines.clear();
            }
        }
        append(out, lines.join(u'\n'));
        paragraph.clear();
    }

    void renderInto(const HtmlNode *node, QString &out, QString &paragraph, int depth, bool inLink = false)
    {
        // Also when rendering starts below the body, from a node deep already.
        if (const auto self = info_.find(node); depth > kMaxDepth || (self != info_.end() && self->second.whole)) {
            paragraph += collapsedText(node);
            return;
        }
        for (const HtmlNode *child = firstChild(node); child; child = nextSibling(child)) {
            if (isText(child)) {
                const QString raw = nodeText(child);
                const QString t = collapseWhitespace(raw);
                if (t.isEmpty()) {
                    if (!raw.isEmpty() && !paragraph.isEmpty())
                        paragraph += u' ';
                    continue;
                }
                // Keep the space the markup had at either end ("<b>a</b> b").
                if (!paragraph.isEmpty() && !paragraph.endsWith(u' ') && raw.front().isSpace())
                    paragraph += u' ';
                if (inLink)
                    paragraph += QChar(kLinkOpen) + t + QChar(kLinkClose);
                else
                    paragraph += t;
                if (raw.back().isSpace())
                    paragraph += u' ';
                continue;
            }
            if (!isElement(child))
                continue;
            const auto it = info_.find(child);
            if (it == info_.end() || it->second.dropped)
                continue;
            const QString tag = tagName(child);
            if (tag == u"br") {
                paragraph += u'\n';
                continue;
            }
            if (tag == u"h1" || isLinkBox(child, tag))
                continue;
            if (tag == u"pre") {
                flush(out, paragraph);
                QString pre;
                appendRaw(child, pre, depth + 1);
                append(out, pre.trimmed());
                continue;
            }
            // Table cells run on within their row; unknown tags are taken for blocks.
            const bool cell = tag == u"td" || tag == u"th";
            const bool block = isBlockTag(tag) || (!isInlineTag(tag) && !cell);
            if (block)
                flush(out, paragraph);
            else if (cell)
                paragraph += u' ';
            renderInto(child, out, paragraph, depth + 1, inLink || tag == u"a");
            if (block)
                flush(out, paragraph);
        }
    }

    static void appendRaw(const HtmlNode *node, QString &out, int depth)
    {
        if (depth > kMaxDepth) {
            out += collapsedText(node);
            return;
        }
        for (const HtmlNode *child = firstChild(node); child; child = nextSibling(child)) {
            if (isText(child))
                out += nodeText(child);
            else if (tagName(child) == u"br")
                out += u'\n';
            else if (isElement(child))
                appendRaw(child, out, depth + 1);
        }
    }

    const HtmlTree &tree_;
    std::unordered_map<const HtmlNode *, NodeInfo> info_;
    QStringList articleBylines_;
    QStringList otherBylines_;
};

} // namespace

ArticleText extractArticle(const HtmlTree &tree)
{
    return Extractor(tree).run();
}

} // namespace chronoline
