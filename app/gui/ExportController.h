#pragma once

#include "TimelineImageExport.h"

#include <QObject>

#include <functional>

class QWidget;

namespace chronoline {

class Timeline;

enum class DataFormat { Json, Csv, TimelineJs };

// File > Export and File > Print: asks where and how, writes atomically, and
// explains any failure in a dialog that says what to do.
class ExportController : public QObject {
    Q_OBJECT
public:
    ExportController(QWidget *window, std::function<const Timeline &()> timeline);

    void exportImage();
    void exportData(DataFormat format);
    void print();

    // The last choices, kept in the settings between sessions.
    ImageExportOptions imageOptions() const { return m_imageOptions; }
    void setImageOptions(const ImageExportOptions &options) { m_imageOptions = options; }
    QString lastFolder() const { return m_folder; }
    void setLastFolder(const QString &folder) { m_folder = folder; }

Q_SIGNALS:
    void exported(const QString &path);

private:
    QString askPath(const QString &title, const QString &filter, const QString &suffix);
    void fail(const QString &what, const QString &error);

    QWidget *m_window;
    std::function<const Timeline &()> m_timeline;
    ImageExportOptions m_imageOptions;
    QString m_folder;
};

} // namespace chronoline
