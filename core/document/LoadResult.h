#pragma once

#include "document/Document.h"
#include "document/DocumentFormat.h"

#include <QString>

#include <optional>

namespace chronoline {

// The outcome of a load: a document, or a message to show the reader as it is
// ("report.pdf is protected by a password; Chronoline cannot open it.").
struct LoadResult {
    std::optional<Document> document;
    QString error;               // empty when `document` is set
    bool cancelled = false;      // the progress callback asked to stop; `error` says so
    DocumentFormat format = DocumentFormat::Auto; // how the bytes were read
    QString encoding;            // the text encoding detected, for text and HTML

    bool ok() const { return document.has_value(); }

    static LoadResult failure(QString message)
    {
        LoadResult result;
        result.error = std::move(message);
        return result;
    }
};

} // namespace chronoline
