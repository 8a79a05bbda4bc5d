#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace chronoline {

// `chronoline [FILE] [--dct YYYY-MM-DD] [--sample]`
struct StartupOptions {
    QString file;                 // empty: start with no document
    std::optional<QDate> dct;     // overrides whatever the file says
    bool sample = false;          // open the bundled sample
    QString error;                // bad usage, for stderr; exit code 2
};

StartupOptions parseCommandLine(const QStringList &arguments);

} // namespace chronoline
