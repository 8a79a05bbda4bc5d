#pragma once

#include <QtGlobal>

#include <functional>

namespace chronoline {

// Where a load has got to. `total` is 0 when unknown (a download without a
// Content-Length); units are bytes while reading or downloading and pages while
// extracting a PDF.
struct LoadProgress {
    enum class Stage { Reading, Downloading, Extracting };
    Stage stage = Stage::Reading;
    qint64 done = 0;
    qint64 total = 0;
};

// Called on the loading thread, so a GUI must hand the figures to its own thread
// (a queued signal); it returns false to cancel the load, which then stops at the
// next checkpoint (every read chunk, download packet or PDF page).
using ProgressCallback = std::function<bool(const LoadProgress &)>;

} // namespace chronoline
