#include "document/HtmlLoader.h"

#include "document/ArticleExtractor.h"
#include "document/DatelineFinder.h"
#include "document/HtmlCharset.h"
#include "document/HtmlMetadata.h"
#include "document/HtmlTree.h"
#include "document/TextDecoder.h"
#include "document/TextLoader.h"

namespace chronoline {

using namespace Qt::StringLiterals;

namespace {

// The byline elements the extractor set aside and the opening of the article
// are searched apart, since each has its own "opening lines"; the more telling
// dateline wins ("Updated 3/15/2023" in a byline loses to "LONDON, March 14 (Reuters) -").
std::optional<DatelineMatch> pageDateline(const ArticleText &article, int yearHint)
{
    const auto fromBylines = findDateline(article.bylines.join(u'\n'), yearHint);
    const int year = yearHint ? yearHint : (fromBylines ? fromBylines->date.year() : 0);
    const auto fromText = findDateline(article.text, year);
    if (fromText && (!fromBylines || isMoreTelling(fromText->kind, fromBylines->kind)))
        return fromText;
    return fromBylines;
}

} // namespace

LoadResult loadHtml(const QByteArray &bytes, const QByteArray &transportCharset, int yearHint)
{
    const QByteArray charset = transportCharset.isEmpty() ? declaredHtmlCharset(bytes) : transportCharset;
    DecodedText decoded = decodeText(bytes, charset);
    if (!decoded.error.isEmpty())
        return LoadResult::failure(decoded.error);

    const HtmlTree tree(decoded.text);
    if (!tree.isValid() || !tree.root())
        return LoadResult::failure(u"The page could not be read as HTML."_s);

    const HtmlMetadata meta = readHtmlMetadata(tree);
    ArticleText article = extractArticle(tree);

    Document doc;
    if (meta.published) {
        doc.dct = meta.published;
        doc.dctSource = DctSource::HtmlMeta;
    } else if (const auto dateline = pageDateline(article, yearHint)) {
        doc.dct = dateline->date;
        doc.dctSource = DctSource::Dateline;
    }
    doc.text = std::move(article.text);
    doc.title = meta.title.isEmpty() ? titleFromText(doc.text) : meta.title;

    LoadResult result;
    result.document = std::move(doc);
    result.format = DocumentFormat::Html;
    result.encoding = decoded.encoding;
    return result;
}

} // namespace chronoline
