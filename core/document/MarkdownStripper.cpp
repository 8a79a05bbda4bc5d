#include "document/MarkdownStripper.h"

#include <QRegularExpression>
#include <QStringList>

namespace chronoline {

using namespace Qt::StringLiterals;

namespace {

// Escaped punctuation is parked in the private use area while markup is
// removed, so "\*not emphasis\*" survives as "*not emphasis*".
constexpr char16_t kEscapeBase = 0xE000;

QString protectEscapes(QString line)
{
    static const QRegularExpression escape(u"\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~<])"_s);
    QString out;
    qsizetype last = 0;
    auto it = escape.globalMatch(line);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(line).sliced(last, m.capturedStart() - last);
        out += QChar(char16_t(kEscapeBase + m.capturedView(1).front().unicode()));
        last = m.capturedEnd();
    }
    out += QStringView(line).sliced(last);
    return out;
}

QString restoreEscapes(QString text)
{
    for (QChar &c : text) {
        if (c.unicode() >= kEscapeBase && c.unicode() < kEscapeBase + 128)
            c = QChar(char16_t(c.unicode() - kEscapeBase));
    }
    return text;
}

QString stripInline(QString line)
{
    struct Rule {
        QRegularExpression pattern;
        QString replacement;
    };
    static const std::vector<Rule> rules = [] {
        std::vector<Rule> r;
        auto add = [&r](const QString &pattern, const QString &replacement) {
            r.push_back({QRegularExpression(pattern), replacement});
        };
        add(u"<!--.*?-->"_s, {});
        add(u"!\\[[^\\]]*\\]\\((?:[^()]|\\([^)]*\\))*\\)"_s, {});                 // images
        add(u"!\\[[^\\]]*\\]\\[[^\\]]*\\]"_s, {});
        add(u"\\[([^\\]]+)\\]\\((?:[^()]|\\([^)]*\\))*\\)"_s, u"\\1"_s);           // [text](url "title")
        add(u"\\[([^\\]]+)\\]\\[[^\\]]*\\]"_s, u"\\1"_s);                           // [text][ref]
        add(u"<((?:https?|ftp|mailto):[^>\\s]+)>"_s, u"\\1"_s);                     // <http://...>
        add(u"</?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]*)?/?>"_s, {});                  // inline HTML tags
        add(u"(`+)(.+?)\\1"_s, u"\\2"_s);                                           // `code`
        add(u"(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1"_s, u"\\2"_s);                     // **strong**
        add(u"(?<![\\w*])\\*(?=\\S)(.+?)(?<=\\S)\\*(?!\\*)"_s, u"\\1"_s);           // *em*
        add(u"(?<!\\w)_(?=\\S)(.+?)(?<=\\S)_(?!\\w)"_s, u"\\1"_s);                  // _em_, not snake_case
        add(u"~~(?=\\S)(.+?)(?<=\\S)~~"_s, u"\\1"_s);                               // ~~strike~~
        return r;
    }();
    for (const Rule &rule : rules)
        line.replace(rule.pattern, rule.replacement);
    return line;
}

// Collects the output: blocks separated by blank lines, a paragraph's lines joined.
class Writer
{
public:
    void addParagraphLine(const QString &line, bool hardBreak)
    {
        if (!pending_.isEmpty())
            pending_ += hardBreakBefore_ ? u"\n"_s : u" "_s;
        pending_ += line;
        hardBreakBefore_ = hardBreak;
    }
    bool hasPending() const { return !pending_.isEmpty(); }
    QString takePending()
    {
        QString p = pending_;
        pending_.clear();
        hardBreakBefore_ = false;
        return p;
    }
    void flush()
    {
        if (!pending_.isEmpty())
            addBlock(takePending());
    }
    void addBlock(const QString &block)
    {
        const QString trimmed = block.trimmed();
        if (trimmed.isEmpty())
            return;
        if (!text_.isEmpty())
            text_ += u"\n\n"_s;
        text_ += trimmed;
    }
    // List items and table rows: one line each, in a block of their own.
    void addListLine(const QString &line)
    {
        flush();
        if (!listBlock_.isEmpty())
            listBlock_ += u'\n';
        listBlock_ += line.trimmed();
    }
    void continueListLine(const QString &line) { listBlock_ += u' ' + line.trimmed(); }
    bool inList() const { return !listBlock_.isEmpty(); }
    void endList()
    {
        if (!listBlock_.isEmpty()) {
            addBlock(listBlock_);
            listBlock_.clear();
        }
    }
    QString result()
    {
        flush();
        endList();
        return text_;
    }

private:
    QString text_;
    QString pending_;
    QString listBlock_;
    bool hardBreakBefore_ = false;
};

QString frontMatterTitle(const QStringList &lines, qsizetype *bodyStart)
{
    *bodyStart = 0;
    if (lines.isEmpty() || lines.front().trimmed() != u"---")
        return {};
    for (qsizetype i = 1; i < std::min<qsizetype>(lines.size(), 200); ++i) {
        const QString l = lines[i].trimmed();
        if (l == u"---" || l == u"...") {
            *bodyStart = i + 1;
            QString title;
            for (qsizetype k = 1; k < i; ++k) {
                if (lines[k].startsWith(u"title:"_s)) {
                    title = lines[k].mid(6).trimmed();
                    if (title.size() >= 2 && (title.front() == u'"' || title.front() == u'\'')
                        && title.back() == title.front())
                        title = title.mid(1, title.size() - 2);
                }
            }
            return title;
        }
    }
    return {};
}

} // namespace

MarkdownText stripMarkdown(QStringView markdown)
{
    static const QRegularExpression fence(u"^ {0,3}(`{3,}|~{3,})"_s);
    static const QRegularExpression atxHeading(u"^ {0,3}#{1,6}(?:\\s+(.*?))?(?:\\s+#+)?\\s*$"_s);
    static const QRegularExpression setext(u"^ {0,3}(=+|-+)\\s*$"_s);
    static const QRegularExpression rule(u"^ {0,3}([-*_])(?:\\s*\\1){2,}\\s*$"_s);
    static const QRegularExpression linkDefinition(u"^ {0,3}\\[[^\\]]+\\]:\\s*\\S+"_s);
    static const QRegularExpression blockquote(u"^ {0,3}(?:>\\s?)+"_s);
    static const QRegularExpression listItem(u"^\\s*(?:[-*+]|\\d{1,9}[.)])\\s+(?:\\[[ xX]\\]\\s+)?(.*)$"_s);
    static const QRegularExpression tableSeparator(u"^\\s*\\|?\\s*:?-{2,}:?\\s*(?:\\|\\s*:?-{2,}:?\\s*)*\\|?\\s*$"_s);

    const QStringList lines = markdown.toString().split(u'\n');
    MarkdownText out;
    qsizetype first = 0;
    out.title = frontMatterTitle(lines, &first);

    Writer writer;
    QString fenceMarker;
    QString codeBlock;
    for (qsizetype i = first; i < lines.size(); ++i) {
        QString line = lines[i];
        if (!fenceMarker.isEmpty()) {
            if (line.trimmed().startsWith(fenceMarker)) {
                writer.addBlock(codeBlock);
                codeBlock.clear();
                fenceMarker.clear();
            } else {
                codeBlock += (codeBlock.isEmpty() ? QString() : u"\n"_s) + line;
            }
            continue;
        }
        if (const auto m = fence.match(line); m.hasMatch()) {
            writer.flush();
            writer.endList();
            fenceMarker = m.captured(1);
            continue;
        }
        if (line.trimmed().isEmpty()) {
            writer.flush();
            writer.endList();
            continue;
        }
        if (const auto m = blockquote.match(line); m.hasMatch())
            line = line.mid(m.capturedLength());
        line = protectEscapes(line);

        if (const auto m = atxHeading.match(line); m.hasMatch()) {
            writer.flush();
            writer.endList();
            const QString heading = restoreEscapes(stripInline(m.captured(1)));
            if (out.title.isEmpty())
                out.title = heading.trimmed();
            writer.addBlock(heading);
            continue;
        }
        if (const auto m = setext.match(line); m.hasMatch() && writer.hasPending()) {
            const QString heading = writer.takePending();
            if (out.title.isEmpty() && m.captured(1).startsWith(u'='))
                out.title = restoreEscapes(heading).trimmed();
            writer.addBlock(restoreEscapes(heading));
            continue;
        }
        if (rule.match(line).hasMatch() || linkDefinition.match(line).hasMatch()
            || tableSeparator.match(line).hasMatch()) {
            writer.flush();
            continue;
        }
        if (const auto m = listItem.match(line); m.hasMatch()) {
            writer.addListLine(restoreEscapes(stripInline(m.captured(1))));
            continue;
        }
        if (line.trimmed().startsWith(u'|')) {
            QStringList cells = line.trimmed().split(u'|');
            if (!cells.isEmpty() && cells.front().trimmed().isEmpty())
                cells.removeFirst();
            if (!cells.isEmpty() && cells.back().trimmed().isEmpty())
                cells.removeLast();
            for (QString &cell : cells)
                cell = restoreEscapes(stripInline(cell.trimmed()));
            writer.addListLine(cells.join(u'\t'));
            continue;
        }
        // A trailing backslash is left alone by protectEscapes(), as nothing follows it.
        const bool backslashBreak = line.endsWith(u'\\');
        const bool hardBreak = backslashBreak || line.endsWith(u"  "_s);
        QString content = restoreEscapes(stripInline(line.trimmed()));
        if (backslashBreak && content.endsWith(u'\\'))
            content.chop(1);
        if (writer.inList())
            writer.continueListLine(content);
        else
            writer.addParagraphLine(content, hardBreak);
    }
    if (!codeBlock.isEmpty())
        writer.addBlock(codeBlock);
    out.text = writer.result();
    return out;
}

} // namespace chronoline
