#include "document/HtmlCharset.h"

namespace chronoline {

namespace {

constexpr qsizetype kPrescanBytes = 4096;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

} // namespace

QByteArray declaredHtmlCharset(QByteArrayView bytes)
{
    const QByteArray head = bytes.first(std::min(bytes.size(), kPrescanBytes)).toByteArray().toLower();
    qsizetype at = 0;
    while ((at = head.indexOf("<meta", at)) >= 0) {
        const qsizetype close = head.indexOf('>', at);
        const QByteArray tag = head.mid(at, close < 0 ? -1 : close - at);
        at += 5;
        qsizetype pos = tag.indexOf("charset");
        if (pos < 0)
            continue;
        pos += 7;
        while (pos < tag.size() && isSpace(tag[pos]))
            ++pos;
        if (pos >= tag.size() || tag[pos] != '=')
            continue;
        ++pos;
        while (pos < tag.size() && (isSpace(tag[pos]) || tag[pos] == '"' || tag[pos] == '\''))
            ++pos;
        qsizetype end = pos;
        while (end < tag.size() && !isSpace(tag[end]) && tag[end] != '"' && tag[end] != '\''
               && tag[end] != ';' && tag[end] != '/' && tag[end] != '>')
            ++end;
        if (end > pos)
            return tag.mid(pos, end - pos);
    }
    return {};
}

} // namespace chronoline
