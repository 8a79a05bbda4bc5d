#include "autosave/Autosaver.h"

#include "autosave/AutosaveRecovery.h"

#include "project/ProjectWriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QStandardPaths>

#include <algorithm>

namespace chronoline {

Autosaver::Autosaver(QString directory, Snapshot snapshot, QObject *parent)
    : QObject(parent), m_directory(std::move(directory)), m_snapshot(std::move(snapshot))
{
    // The pid alone could be reused by a later session; the start time makes the name unique.
    m_path = QDir(m_directory).filePath(QStringLiteral("session-%1-%2.%3")
                                            .arg(QCoreApplication::applicationPid())
                                            .arg(QDateTime::currentMSecsSinceEpoch())
                                            .arg(QLatin1String(ProjectFile::Suffix)));
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_pendingSince.invalidate();
        saveNow();
    });
}

Autosaver::~Autosaver()
{
    discard();
    if (m_lock)
        m_lock->unlock();
}

QString Autosaver::defaultDirectory()
{
    const QString fromEnvironment = qEnvironmentVariable("CHRONOLINE_AUTOSAVE_DIR");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("autosave"));
}

void Autosaver::setDelays(int debounceMs, int maxWaitMs)
{
    m_debounceMs = debounceMs;
    m_maxWaitMs = std::max(debounceMs, maxWaitMs);
}

void Autosaver::scheduleSave()
{
    // Debounced, but a reader who never pauses still gets a copy every m_maxWaitMs.
    if (!m_pendingSince.isValid())
        m_pendingSince.start();
    const qint64 left = std::max<qint64>(0, m_maxWaitMs - m_pendingSince.elapsed());
    m_timer.start(int(std::min<qint64>(m_debounceMs, left)));
}

bool Autosaver::lock()
{
    if (m_lock)
        return true;
    if (!QDir().mkpath(m_directory))
        return false;
    auto lock = std::make_unique<QLockFile>(AutosaveRecovery::lockPathFor(m_path));
    lock->setStaleLockTime(0);   // only a dead owner makes a lock stale, never its age
    if (!lock->tryLock(0))
        return false;
    m_lock = std::move(lock);
    return true;
}

bool Autosaver::saveNow()
{
    m_timer.stop();
    m_pendingSince.invalidate();
    const std::optional<ProjectFile> project = m_snapshot ? m_snapshot() : std::nullopt;
    if (!project) {
        discard();
        return true;
    }
    // An autosave that fails must not disturb the reader; the next edit tries again.
    if (!lock() || !ProjectWriter::save(m_path, *project))
        return false;
    Q_EMIT saved(m_path);
    return true;
}

void Autosaver::discard()
{
    m_timer.stop();
    m_pendingSince.invalidate();
    QFile::remove(m_path);
}

} // namespace chronoline
