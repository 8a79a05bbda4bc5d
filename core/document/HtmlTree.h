#pragma once

#include <QString>

// libxml2's types, declared here so that users of this header need not see libxml2.
struct _xmlDoc;
struct _xmlNode;

namespace chronoline {

using HtmlNode = _xmlNode;

// An HTML page parsed by libxml2's HTML parser, which recovers from broken
// markup the way browsers do (unclosed <p>, stray tags, missing <html>).
// The tree is read-only once parsed; the helpers below read it as QStrings.
class HtmlTree
{
public:
    // `html` is already decoded text: the parser is told it is UTF-8, so a
    // <meta charset> inside cannot make it decode the text a second time.
    explicit HtmlTree(const QString &html);
    ~HtmlTree();
    HtmlTree(const HtmlTree &) = delete;
    HtmlTree &operator=(const HtmlTree &) = delete;

    bool isValid() const { return doc_ != nullptr; }
    const HtmlNode *root() const;          // <html>, or nullptr
    const HtmlNode *body() const;          // <body>, else the root

private:
    _xmlDoc *doc_ = nullptr;
};

// Lower-case tag name of an element, empty for text, comments and the like.
QString tagName(const HtmlNode *node);
bool isElement(const HtmlNode *node);
// Phrasing elements (a, b, em, span, time, ...) that do not break a line of text.
bool isInlineTag(QStringView tag);
bool isText(const HtmlNode *node);
// Attribute value (HTML attribute names are case-insensitive; libxml2 lowercases them).
QString attribute(const HtmlNode *node, const char *name);
bool hasAttribute(const HtmlNode *node, const char *name);
// The text of a text or CDATA node, as is.
QString nodeText(const HtmlNode *node);
// All text below `node`, whitespace runs collapsed to one space, trimmed.
QString collapsedText(const HtmlNode *node);
// Runs of HTML white space (and no-break spaces) collapsed to single spaces.
QString collapseWhitespace(QStringView text);

const HtmlNode *firstChild(const HtmlNode *node);
const HtmlNode *nextSibling(const HtmlNode *node);
const HtmlNode *parentElement(const HtmlNode *node);

} // namespace chronoline
