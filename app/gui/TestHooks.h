#pragma once

#include <QByteArray>
#include <QString>

namespace chronoline {

class MainWindow;

// Environment variables that let a test drive the real `chronoline` binary
// through a crash, which no in-process test can do. All are off unless set:
//
//   CHRONOLINE_TEST_EDITS     a JSON list of edits in the project file's format,
//                             pushed through the undo stack like the reader's own
//                             once the document is open (so autosave follows)
//   CHRONOLINE_TEST_RECOVERY  "restore" or "discard": answers the recovery
//                             question and prints "recovery offered: ..."
//   CHRONOLINE_TEST_DUMP      after start-up, writes the window's project to this
//                             path, prints "modified=0|1" and quits
//
// Nothing here bypasses the code a reader's actions run; the hooks only answer
// questions and report what the window holds.
class TestHooks {
public:
    static TestHooks fromEnvironment();
    bool active() const { return !m_edits.isEmpty() || !m_recovery.isEmpty() || !m_dump.isEmpty(); }

    // Before start-up: answers the recovery question when asked to.
    void install(MainWindow &window) const;
    // After start-up (recovery offered, the document opening): edits, then the dump.
    void run(MainWindow &window) const;

private:
    void applyEdits(MainWindow &window) const;
    void dump(MainWindow &window) const;

    QByteArray m_edits;
    QString m_recovery;
    QString m_dump;
};

} // namespace chronoline
