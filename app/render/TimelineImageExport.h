#pragma once

#include <QString>

#include <optional>

namespace chronoline {

class Timeline;
class TimelinePicture;

enum class ImageFormat { Png, Svg, Pdf };

// By the file's suffix (.png, .svg, .pdf; any case), or none.
std::optional<ImageFormat> imageFormatForPath(const QString &path);

struct ImageExportOptions {
    int width = 1600;     // logical pixels; the picture's height follows from its content
    double scale = 1.0;   // PNG only: device pixels per logical pixel (2 for a sharp Retina image)
};

// Writes the whole timeline as PNG, SVG or PDF (from the suffix), atomically.
// Works headless: it needs a QGuiApplication (the offscreen platform will do)
// for fonts, but no window. On failure returns false with a sentence in `error`.
bool exportTimelineImage(const Timeline &timeline, const QString &path,
                         const ImageExportOptions &options = {}, QString *error = nullptr);
bool exportTimelinePicture(const TimelinePicture &picture, const QString &path, ImageFormat format,
                           double scale = 1.0, QString *error = nullptr);

} // namespace chronoline
