#include "ExportController.h"

#include "ImageExportDialog.h"
#include "TimelinePicture.h"

#include "timeline/AtomicSave.h"
#include "timeline/CsvExport.h"
#include "timeline/JsonExport.h"
#include "timeline/Timeline.h"
#include "timeline/TimelineJsExport.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>

namespace chronoline {

ExportController::ExportController(QWidget *window, std::function<const Timeline &()> timeline)
    : QObject(window), m_window(window), m_timeline(std::move(timeline))
{
}

QString ExportController::askPath(const QString &title, const QString &filter, const QString &suffix)
{
    const Timeline &t = m_timeline();
    QString base = QFileInfo(t.document().sourcePath).completeBaseName();
    if (base.isEmpty())
        base = tr("timeline");
    QFileDialog dialog(m_window, title, m_folder, filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(suffix);
    dialog.selectFile(base + u'.' + suffix);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    const QString path = dialog.selectedFiles().constFirst();
    m_folder = QFileInfo(path).absolutePath();
    return path;
}

void ExportController::fail(const QString &what, const QString &error)
{
    QMessageBox box(QMessageBox::Warning, tr("Export failed"), what, QMessageBox::Ok, m_window);
    box.setInformativeText(error);
    box.exec();
}

void ExportController::exportImage()
{
    const QString path = askPath(tr("Export Timeline Image"),
                                 tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"),
                                 QStringLiteral("png"));
    if (path.isEmpty())
        return;
    const auto format = imageFormatForPath(path);
    if (!format) {
        fail(tr("Chronoline cannot tell which image format to write."),
             tr("Name the file with .png, .svg or .pdf at the end."));
        return;
    }
    ImageExportDialog dialog(*format, m_imageOptions, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_imageOptions = dialog.options();
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = exportTimelineImage(m_timeline(), path, m_imageOptions, &error);
    QApplication::restoreOverrideCursor();
    if (!ok)
        return fail(tr("The timeline image was not saved."), error);
    Q_EMIT exported(path);
}

void ExportController::exportData(DataFormat format)
{
    QString title, filter, suffix;
    switch (format) {
    case DataFormat::Json:
        title = tr("Export as JSON");
        filter = tr("Chronoline JSON (*.json)");
        suffix = QStringLiteral("json");
        break;
    case DataFormat::Csv:
        title = tr("Export as CSV");
        filter = tr("CSV table (*.csv)");
        suffix = QStringLiteral("csv");
        break;
    case DataFormat::TimelineJs:
        title = tr("Export for TimelineJS");
        filter = tr("TimelineJS3 JSON (*.json)");
        suffix = QStringLiteral("json");
        break;
    }
    const QString path = askPath(title, filter, suffix);
    if (path.isEmpty())
        return;
    const Timeline &t = m_timeline();
    QByteArray data;
    switch (format) {
    case DataFormat::Json:
        data = JsonExport::toJson(t.document(), t.timexes(), t.events());
        break;
    case DataFormat::Csv: data = timelineToCsv(t); break;
    case DataFormat::TimelineJs: data = timelineToTimelineJs(t); break;
    }
    QString error;
    if (!saveAtomically(path, data, &error))
        return fail(tr("The events were not exported."), error);
    Q_EMIT exported(path);
}

void ExportController::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(m_timeline().document().title);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print Timeline"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The whole timeline on one page, laid out for the page's shape.
    const QRectF page = printer.pageLayout().paintRectPixels(printer.resolution());
    const double logicalWidth = 1400;
    const TimelinePicture picture(m_timeline(), logicalWidth);
    QPainter p;
    if (!p.begin(&printer))
        return fail(tr("Printing did not start."), tr("Check that the printer is connected and try again."));
    const double scale = std::min(page.width() / picture.size().width(), page.height() / picture.size().height());
    p.scale(scale, scale);
    picture.paint(p);
    p.end();
}

} // namespace chronoline
