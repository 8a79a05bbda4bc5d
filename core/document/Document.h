#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace chronoline {

// Where the document creation date (DCT) came from, most trusted first.
enum class DctSource { Option, TimeML, HtmlMeta, Dateline, Filename, None };

QString dctSourceName(DctSource source);

// A loaded article: its text and what we know about when it was written.
// Every relative date in the text hangs on `dct`; it stays empty rather than
// defaulting to today, so that nothing is silently invented.
struct Document {
    QString text;
    QString title;
    QString sourcePath;
    std::optional<QDate> dct;
    DctSource dctSource = DctSource::None;
};

} // namespace chronoline
