#include "document/TextLoader.h"

#include "document/TextDecoder.h"

namespace chronoline {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kMaxTitleChars = 200;

} // namespace

QString titleFromText(QStringView text)
{
    // Lazily, line by line: the title is in the first lines of a long text.
    for (QStringView line : text.tokenize(u'\n')) {
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        if (line.size() <= kMaxTitleChars)
            return line.toString();
        // Cut at a word boundary and say so, rather than end mid-word.
        QStringView cut = line.left(kMaxTitleChars);
        const qsizetype space = cut.lastIndexOf(u' ');
        if (space > kMaxTitleChars / 2)
            cut = cut.left(space);
        return cut.toString() + u'…';
    }
    return {};
}

LoadResult loadPlainText(const QByteArray &bytes, const QByteArray &charset)
{
    DecodedText decoded = decodeText(bytes, charset);
    if (!decoded.error.isEmpty())
        return LoadResult::failure(decoded.error);
    LoadResult result;
    Document doc;
    doc.text = normalizeLineBreaks(std::move(decoded.text));
    doc.title = titleFromText(doc.text);
    result.document = std::move(doc);
    result.format = DocumentFormat::PlainText;
    result.encoding = decoded.encoding;
    return result;
}

} // namespace chronoline
