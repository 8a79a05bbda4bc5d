#include "autosave/AutosaveRecovery.h"

#include "project/ProjectFile.h"
#include "project/ProjectReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

#include <algorithm>

namespace chronoline {

QString AutosaveRecovery::lockPathFor(const QString &autosavePath)
{
    const QFileInfo info(autosavePath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".lock"));
}

std::vector<RecoveryCandidate> AutosaveRecovery::findOrphans(const QString &directory)
{
    std::vector<RecoveryCandidate> out;
    const QDir dir(directory);
    const QStringList names = dir.entryList({QStringLiteral("session-*.") + QLatin1String(ProjectFile::Suffix)},
                                            QDir::Files, QDir::Time);
    for (const QString &name : names) {
        RecoveryCandidate c;
        c.path = dir.filePath(name);
        auto lock = std::make_shared<QLockFile>(lockPathFor(c.path));
        lock->setStaleLockTime(0);   // alive or dead by pid, never by age
        // Succeeds when there is no lock or its process is gone (then QLockFile
        // removes the stale lock and takes it); fails while the session runs.
        if (!lock->tryLock(0))
            continue;
        const ProjectReadResult read = ProjectReader::read(c.path);
        if (!read.ok())
            continue;   // a newer Chronoline's, or damaged: leave it be, never delete what we cannot read
        c.title = read.project->document.title;
        c.editCount = read.project->edits.size();
        c.savedAt = QFileInfo(c.path).lastModified();
        c.lock = std::move(lock);
        out.push_back(std::move(c));
    }
    return out;
}

void AutosaveRecovery::remove(RecoveryCandidate &candidate)
{
    QFile::remove(candidate.path);
    if (candidate.lock)
        candidate.lock->unlock();   // removes the lock file too
    candidate.lock.reset();
}

} // namespace chronoline
