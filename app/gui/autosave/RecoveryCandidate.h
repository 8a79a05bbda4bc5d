#pragma once

#include <QDateTime>
#include <QString>

#include <memory>

class QLockFile;

namespace chronoline {

// An autosave left by a session that did not exit cleanly. While this object
// lives it holds that session's lock, so a second Chronoline starting at the
// same moment does not offer the same edits again.
struct RecoveryCandidate {
    QString path;                      // the autosave file
    QString title;                     // the document's title, for the question
    qsizetype editCount = 0;
    QDateTime savedAt;
    std::shared_ptr<QLockFile> lock;
};

} // namespace chronoline
