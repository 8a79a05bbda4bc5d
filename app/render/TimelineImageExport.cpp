#include "TimelineImageExport.h"

#include "TimelinePicture.h"

#include "timeline/AtomicSave.h"
#include "timeline/Timeline.h"

#include <QFileInfo>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <cmath>

namespace chronoline {

std::optional<ImageFormat> imageFormatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"png")
        return ImageFormat::Png;
    if (suffix == u"svg")
        return ImageFormat::Svg;
    if (suffix == u"pdf")
        return ImageFormat::Pdf;
    return std::nullopt;
}

// Logical pixels are 1/96 inch in every format, so a 1600-pixel picture is the
// same size in SVG and PDF as on a normal screen.
static constexpr int Dpi = 96;

static bool writePng(const TimelinePicture &picture, double scale, QIODevice &device, QString *error)
{
    const QSizeF size = picture.size();
    const QSize pixels(int(std::ceil(size.width() * scale)), int(std::ceil(size.height() * scale)));
    if (pixels.width() > 32767 || pixels.height() > 32767) {
        *error = QStringLiteral("The image would be %1 × %2 pixels, more than PNG readers handle. "
                                "Choose a smaller width or scale.")
                     .arg(pixels.width())
                     .arg(pixels.height());
        return false;
    }
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        *error = QStringLiteral("Not enough memory for a %1 × %2 image. Choose a smaller width or scale.")
                     .arg(pixels.width())
                     .arg(pixels.height());
        return false;
    }
    image.setDevicePixelRatio(scale);
    image.setDotsPerMeterX(int(std::lround(Dpi * scale / 0.0254)));
    image.setDotsPerMeterY(image.dotsPerMeterX());
    {
        QPainter p(&image);
        picture.paint(p);
    }
    return image.save(&device, "PNG");
}

static bool writeSvg(const TimelinePicture &picture, const QString &title, QIODevice &device)
{
    QSvgGenerator svg;
    svg.setOutputDevice(&device);
    svg.setResolution(Dpi);
    svg.setSize(picture.size().toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), picture.size()));
    svg.setTitle(title);
    svg.setDescription(QStringLiteral("Timeline drawn by Chronoline"));
    QPainter p;
    if (!p.begin(&svg))
        return false;
    picture.paint(p);
    return p.end();
}

static bool writePdf(const TimelinePicture &picture, const QString &title, QIODevice &device)
{
    QPdfWriter pdf(&device);
    pdf.setResolution(Dpi);
    pdf.setTitle(title);
    pdf.setCreator(QStringLiteral("Chronoline"));
    // One page the size of the picture: a timeline is not cut across pages.
    const QSizeF points = picture.size() * 72.0 / Dpi;
    pdf.setPageSize(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter p;
    if (!p.begin(&pdf))
        return false;
    picture.paint(p);
    return p.end();
}

bool exportTimelinePicture(const TimelinePicture &picture, const QString &path, ImageFormat format,
                           double scale, QString *error)
{
    const QString title = QFileInfo(path).completeBaseName();
    return saveAtomically(
        path,
        [&](QIODevice &device, QString *writeError) {
            switch (format) {
            case ImageFormat::Png: return writePng(picture, scale, device, writeError);
            case ImageFormat::Svg: return writeSvg(picture, title, device);
            case ImageFormat::Pdf: return writePdf(picture, title, device);
            }
            return false;
        },
        error);
}

bool exportTimelineImage(const Timeline &timeline, const QString &path, const ImageExportOptions &options,
                         QString *error)
{
    const auto format = imageFormatForPath(path);
    if (!format) {
        if (error)
            *error = QStringLiteral("“%1” does not end in .png, .svg or .pdf; Chronoline cannot tell "
                                    "which image format to write.")
                         .arg(path);
        return false;
    }
    if (options.width < 320 || options.width > 20000 || !(options.scale >= 0.25 && options.scale <= 8)) {
        if (error)
            *error = QStringLiteral("Choose a width between 320 and 20000 pixels and a scale between "
                                    "0.25 and 8.");
        return false;
    }
    const TimelinePicture picture(timeline, options.width);
    return exportTimelinePicture(picture, path, *format, options.scale, error);
}

} // namespace chronoline
