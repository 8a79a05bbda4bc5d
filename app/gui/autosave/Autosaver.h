#pragma once

#include "project/ProjectFile.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class QLockFile;

namespace chronoline {

// Keeps a copy of the unsaved edits on disk so that a crash loses at most a
// few seconds of work. After each edit it waits for a quiet moment (debounce)
// but never longer than a maximum, then writes the session's project through
// QSaveFile to `session-<pid>-<time>.chronoline` in the autosave folder, next
// to a QLockFile (`.lock`, holding this process's pid) that says the session
// is alive. A clean exit, a save, or undoing back to the saved state removes
// the copy; a crash leaves both, and the next start offers the edits back
// (AutosaveRecovery).
class Autosaver : public QObject {
    Q_OBJECT
public:
    // What to write now, or nothing when there is nothing unsaved.
    using Snapshot = std::function<std::optional<ProjectFile>()>;

    Autosaver(QString directory, Snapshot snapshot, QObject *parent = nullptr);
    ~Autosaver() override;   // a clean exit: the copy and the lock go

    // $CHRONOLINE_AUTOSAVE_DIR when set (tests), else <AppDataLocation>/autosave.
    static QString defaultDirectory();

    void setDelays(int debounceMs, int maxWaitMs);
    QString directory() const { return m_directory; }
    QString filePath() const { return m_path; }

    // Call after every change; the write follows when the edits pause.
    void scheduleSave();
    // Writes the snapshot now, or removes the copy when there is nothing to keep.
    bool saveNow();
    // The edits were saved or thrown away: no copy to keep.
    void discard();

Q_SIGNALS:
    void saved(const QString &path);

private:
    bool lock();

    QString m_directory;
    QString m_path;       // the autosave file of this session
    Snapshot m_snapshot;
    std::unique_ptr<QLockFile> m_lock;
    QTimer m_timer;
    QElapsedTimer m_pendingSince;
    int m_debounceMs = 2000;
    int m_maxWaitMs = 10000;
};

} // namespace chronoline
