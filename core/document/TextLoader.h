#pragma once

#include "document/LoadResult.h"

#include <QByteArray>

namespace chronoline {

// Plain text in any encoding decodeText() recognises. The text is kept as
// written apart from line breaks (all LF), so offsets match what the reader sees.
// The title is the first non-empty line.
LoadResult loadPlainText(const QByteArray &bytes, const QByteArray &charset = {});

// The first non-empty line of `text`, trimmed and cut to a sensible title length.
QString titleFromText(QStringView text);

} // namespace chronoline
