#pragma once

#include "document/LoadResult.h"

#include <QByteArray>

namespace chronoline {

// A Markdown file: decoded like plain text, then stripped of its markup
// (see stripMarkdown()). The title is the front matter's, the first heading,
// or else the first line.
LoadResult loadMarkdown(const QByteArray &bytes, const QByteArray &charset = {});

} // namespace chronoline
