#pragma once

#include "document/Document.h"
#include "events/Event.h"
#include "project/ProjectEdits.h"

#include <QString>

namespace chronoline {

// What a `.chronoline` file holds: the document (text, title, source, date),
// the events as the extractor made them, and the reader's edits on top.
// Written by ProjectWriter, read by ProjectReader.
struct ProjectFile {
    static constexpr const char *FormatName = "chronoline-project";
    static constexpr int Version = 1;   // the newest version this build reads and writes
    static constexpr const char *Suffix = "chronoline";

    Document document;
    Events events;            // the extractor's, before any edit
    ProjectEdits edits;
    // Autosaves only: the `.chronoline` file the session had open, so that a
    // restored session saves back to it. Empty in files the reader saves.
    QString savedPath;

    Events editedEvents() const { return edits.apply(events); }
};

} // namespace chronoline
