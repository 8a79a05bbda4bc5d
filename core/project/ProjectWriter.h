#pragma once

#include "project/ProjectFile.h"

#include <QByteArray>
#include <QString>

namespace chronoline {

// Writes a `.chronoline` project as JSON (UTF-8, 2-space indent):
//
// {"format": "chronoline-project", "version": 1,
//  "document": {"title", "source", "dct" (YYYY-MM-DD|null), "dctSource", "text"},
//  "events":   [{"id", "title", "trigger", "participants", "places",
//                "sentence": {"start", "end", "text"}, "timex", "endTimex", "value",
//                "endValue", "mod", "interval": {"start"|null, "end"|null}|null,
//                "certainty", "status", "salience", "mentions": [{"sentence", "timex"}]}],
//  "edits":    [{"op": "rename"|"setDate"|"setCertainty"|"delete"|"add"|"place", ...}],
//  "savedPath": "..." (autosaves only)}
//
// Offsets count Unicode code points of the text, end exclusive, as in every
// file Chronoline writes. Edits carry only the fields their kind uses.
class ProjectWriter {
public:
    static QByteArray toJson(const ProjectFile &project);
    // Atomic (QSaveFile): the old file stays whole if anything fails.
    static bool save(const QString &path, const ProjectFile &project, QString *error = nullptr);
};

} // namespace chronoline
