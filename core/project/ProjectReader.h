#pragma once

#include "project/ProjectReadResult.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <optional>
#include <vector>

namespace chronoline {

// Reads `.chronoline` files (the format ProjectWriter documents). Every input
// gives either a project or a clear error, never a crash or an exception:
// bad JSON, invalid UTF-8, wrong types, missing fields, offsets outside the
// text, duplicate ids, nesting too deep or a file too large. `parse` is the
// entry point for fuzzing.
class ProjectReader {
public:
    static constexpr qsizetype MaxFileSize = qsizetype(256) * 1024 * 1024;
    static constexpr int MaxNesting = 64;   // deeper JSON is not a project, whatever it is

    static ProjectReadResult parse(const QByteArray &bytes);
    static ProjectReadResult read(const QString &path);

    // The format version a project file declares, read without checking the
    // rest; 0 when the file is missing or not a Chronoline project.
    static int declaredVersion(const QString &path);

    // A bare JSON array of edits in the file's format, against `text` (for the
    // offsets of hand-made events). For tests and tools that script edits.
    static std::optional<std::vector<ProjectEdit>> parseEdits(const QByteArray &json, const QString &text,
                                                               QString *error = nullptr);
};

} // namespace chronoline
