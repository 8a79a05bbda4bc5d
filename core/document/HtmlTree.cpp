#include "document/HtmlTree.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <QStringList>

#include <mutex>

namespace chronoline {

using namespace Qt::StringLiterals;

namespace {

QString fromXml(const xmlChar *s)
{
    return s ? QString::fromUtf8(reinterpret_cast<const char *>(s)) : QString();
}

void initLibxml()
{
    // libxml2 asks for one call from a single thread before parsing on several.
    static std::once_flag once;
    std::call_once(once, [] { xmlInitParser(); });
}

// Walks the subtree by its links rather than by recursion, so that no page
// (10,000 nested <div>s from a broken or hostile generator) is too deep for the
// stack, and none of its text is lost.
void appendText(const xmlNode *top, QString &out)
{
    const xmlNode *node = top->children;
    while (node) {
        if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
            out += fromXml(node->content);
        } else if (node->type == XML_ELEMENT_NODE) {
            // Block boundaries separate words; inline ones ("<b>Wa</b>shington") do not.
            const bool block = !isInlineTag(tagName(node));
            if (block)
                out += u' ';
            if (node->children) {
                node = node->children;
                continue;
            }
            if (block)
                out += u' ';
        }
        // Climb out of every element this node ends, closing each, to the next sibling.
        while (!node->next) {
            node = node->parent;
            if (!node || node == top)
                return;
            if (!isInlineTag(tagName(node)))
                out += u' ';
        }
        node = node->next;
    }
}

} // namespace

HtmlTree::HtmlTree(const QString &html)
{
    initLibxml();
    const QByteArray utf8 = html.toUtf8();
    // RECOVER: keep what browsers keep. NONET: never fetch anything a page names.
    // NOERROR/NOWARNING: broken markup is normal on the web, not worth a message.
    // HUGE: lifts the nesting limit of 256, which real pages built of nested
    // <div>s can pass; the input is already capped by the loader's size limit.
    const int options = HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR
        | HTML_PARSE_NOWARNING | HTML_PARSE_COMPACT | XML_PARSE_HUGE;
    doc_ = htmlReadMemory(utf8.constData(), int(utf8.size()), nullptr, "UTF-8", options);
}

HtmlTree::~HtmlTree()
{
    if (doc_)
        xmlFreeDoc(doc_);
}

const HtmlNode *HtmlTree::root() const
{
    return doc_ ? xmlDocGetRootElement(doc_) : nullptr;
}

const HtmlNode *HtmlTree::body() const
{
    const xmlNode *html = root();
    if (!html)
        return nullptr;
    for (const xmlNode *child = html->children; child; child = child->next) {
        if (tagName(child) == u"body")
            return child;
    }
    return html;
}

bool isInlineTag(QStringView tag)
{
    static const QStringList inlineTags = {
        u"a"_s, u"abbr"_s, u"b"_s, u"bdi"_s, u"bdo"_s, u"cite"_s, u"code"_s, u"data"_s,
        u"del"_s, u"dfn"_s, u"em"_s, u"font"_s, u"i"_s, u"ins"_s, u"kbd"_s, u"mark"_s,
        u"q"_s, u"s"_s, u"samp"_s, u"small"_s, u"span"_s, u"strike"_s, u"strong"_s,
        u"sub"_s, u"sup"_s, u"time"_s, u"tt"_s, u"u"_s, u"var"_s, u"wbr"_s};
    return inlineTags.contains(tag);
}

bool isElement(const HtmlNode *node)
{
    return node && node->type == XML_ELEMENT_NODE;
}

bool isText(const HtmlNode *node)
{
    return node && (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE);
}

QString tagName(const HtmlNode *node)
{
    if (!isElement(node))
        return {};
    return fromXml(node->name).toLower();
}

QString attribute(const HtmlNode *node, const char *name)
{
    if (!isElement(node))
        return {};
    xmlChar *value = xmlGetProp(node, reinterpret_cast<const xmlChar *>(name));
    QString out = fromXml(value);
    xmlFree(value);
    return out;
}

bool hasAttribute(const HtmlNode *node, const char *name)
{
    return isElement(node) && xmlHasProp(node, reinterpret_cast<const xmlChar *>(name)) != nullptr;
}

QString nodeText(const HtmlNode *node)
{
    return isText(node) ? fromXml(node->content) : QString();
}

QString collapseWhitespace(QStringView text)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (const QChar c : text) {
        const bool isSpace = c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f'
            || c == QChar(0x00A0);
        if (isSpace) {
            space = true;
            continue;
        }
        if (space && !out.isEmpty())
            out += u' ';
        space = false;
        out += c;
    }
    return out;
}

QString collapsedText(const HtmlNode *node)
{
    if (!node)
        return {};
    if (isText(node))
        return collapseWhitespace(fromXml(node->content));
    QString raw;
    appendText(node, raw);
    return collapseWhitespace(raw);
}

const HtmlNode *firstChild(const HtmlNode *node)
{
    return node ? node->children : nullptr;
}

const HtmlNode *nextSibling(const HtmlNode *node)
{
    return node ? node->next : nullptr;
}

const HtmlNode *parentElement(const HtmlNode *node)
{
    const xmlNode *p = node ? node->parent : nullptr;
    return isElement(p) ? p : nullptr;
}

} // namespace chronoline
