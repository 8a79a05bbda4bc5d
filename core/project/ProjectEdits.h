#pragma once

#include "events/Event.h"
#include "project/ProjectEdit.h"

#include <vector>

namespace chronoline {

// The reader's edits in the order they were made. `apply` replays them on the
// extractor's events; it never reorders the events it keeps (added ones go at
// the end), so a view can follow a change row by row. An edit whose event does
// not exist (say the document date changed and the extractor no longer finds
// it) is skipped rather than treated as an error: the rest still apply.
class ProjectEdits {
public:
    ProjectEdits() = default;
    explicit ProjectEdits(std::vector<ProjectEdit> edits) : m_edits(std::move(edits)) {}

    const std::vector<ProjectEdit> &list() const { return m_edits; }
    bool isEmpty() const { return m_edits.empty(); }
    qsizetype size() const { return qsizetype(m_edits.size()); }

    void append(ProjectEdit edit) { m_edits.push_back(std::move(edit)); }
    void removeLast() { if (!m_edits.empty()) m_edits.pop_back(); }

    Events apply(Events events) const;

    // An id for a hand-made event that no extracted event or earlier edit uses: "u1", "u2", ...
    QString unusedEventId(const Events &extracted) const;

    bool operator==(const ProjectEdits &) const = default;

private:
    std::vector<ProjectEdit> m_edits;
};

} // namespace chronoline
