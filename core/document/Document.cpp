#include "document/Document.h"

namespace chronoline {

QString dctSourceName(DctSource source)
{
    switch (source) {
    case DctSource::Option: return QStringLiteral("option");
    case DctSource::TimeML: return QStringLiteral("timeml");
    case DctSource::HtmlMeta: return QStringLiteral("html-meta");
    case DctSource::Dateline: return QStringLiteral("dateline");
    case DctSource::Filename: return QStringLiteral("filename");
    case DctSource::None: break;
    }
    return QStringLiteral("none");
}

} // namespace chronoline
