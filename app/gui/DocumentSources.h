#pragma once

#include "document/LoadProgress.h"
#include "document/LoadResult.h"

#include <QDate>
#include <QString>

#include <optional>

namespace chronoline {

// Every way the viewer gets a document, in one place: files and addresses
// through core's loader, text from the clipboard or a drop, and the bundled
// sample with its known date.
// `progress` is core's report-and-cancel hook; it runs on the calling (loading) thread.
LoadResult loadDocumentPath(const QString &pathOrUrl, std::optional<QDate> dct = std::nullopt,
                            ProgressCallback progress = {});
LoadResult loadDocumentText(const QString &text, const QString &name);
LoadResult loadSampleDocument();

} // namespace chronoline
