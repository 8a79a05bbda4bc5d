#include "document/MarkdownLoader.h"

#include "document/MarkdownStripper.h"
#include "document/TextDecoder.h"
#include "document/TextLoader.h"

namespace chronoline {

LoadResult loadMarkdown(const QByteArray &bytes, const QByteArray &charset)
{
    DecodedText decoded = decodeText(bytes, charset);
    if (!decoded.error.isEmpty())
        return LoadResult::failure(decoded.error);
    MarkdownText stripped = stripMarkdown(normalizeLineBreaks(std::move(decoded.text)));
    LoadResult result;
    Document doc;
    doc.text = std::move(stripped.text);
    doc.title = stripped.title.isEmpty() ? titleFromText(doc.text) : stripped.title;
    result.document = std::move(doc);
    result.format = DocumentFormat::Markdown;
    result.encoding = decoded.encoding;
    return result;
}

} // namespace chronoline
