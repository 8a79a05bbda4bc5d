#pragma once

#include "autosave/RecoveryCandidate.h"

#include <vector>

namespace chronoline {

// Finds the autosaves of sessions that ended without a clean exit: an
// autosave file whose lock file is missing or names a process that is no
// longer running (QLockFile checks the pid and the program's name). A live
// session's autosave is left alone.
class AutosaveRecovery {
public:
    // Newest first.
    static std::vector<RecoveryCandidate> findOrphans(const QString &directory);
    // Removes the autosave and its lock (after it was restored or declined).
    static void remove(RecoveryCandidate &candidate);
    static QString lockPathFor(const QString &autosavePath);
};

} // namespace chronoline
