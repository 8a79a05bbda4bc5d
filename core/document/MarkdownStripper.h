#pragma once

#include <QString>

namespace chronoline {

struct MarkdownText {
    QString text;  // paragraphs separated by a blank line
    QString title; // front matter `title:`, else the first heading
};

// Markdown reduced to the prose a reader sees: headings, emphasis, inline code
// and block quotes lose their markers, links keep their text, images, link
// definitions, rules and front matter go, list items lose their bullets but keep
// a line each, fenced code keeps its content without the fences, and lines of one
// paragraph are joined as a renderer would join them. `markdown` must use LF line breaks.
MarkdownText stripMarkdown(QStringView markdown);

} // namespace chronoline
