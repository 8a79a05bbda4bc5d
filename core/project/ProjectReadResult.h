#pragma once

#include "project/ProjectFile.h"

#include <QString>

#include <optional>

namespace chronoline {

// Either a project or a sentence saying why the file cannot be read.
struct ProjectReadResult {
    std::optional<ProjectFile> project;
    QString error;
    // The file's format version when it is newer than this build reads (then
    // `project` is empty); 0 otherwise. The viewer never overwrites such a file.
    int newerVersion = 0;

    bool ok() const { return project.has_value(); }
};

} // namespace chronoline
