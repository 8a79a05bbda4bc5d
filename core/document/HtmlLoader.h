#pragma once

#include "document/LoadResult.h"

#include <QByteArray>

namespace chronoline {

// A saved web page: decoded (BOM, then `transportCharset` from HTTP or MIME,
// then the page's own <meta charset>, then UTF-8 or windows-1252 by the bytes),
// parsed with libxml2's HTML parser, reduced to its article (extractArticle()),
// with its title and, from its metadata (readHtmlMetadata()), its publication
// date as DctSource::HtmlMeta. Without such metadata, the page's byline and date
// elements are searched for a dateline (DctSource::Dateline); a dateline lacking
// its year takes `yearHint`. The article text itself is searched by the caller.
LoadResult loadHtml(const QByteArray &bytes, const QByteArray &transportCharset = {}, int yearHint = 0);

} // namespace chronoline
