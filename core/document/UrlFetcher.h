#pragma once

#include "document/LoadProgress.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace chronoline {

struct FetchOptions {
    int timeoutMs = 30000;         // for the whole transfer, redirects included
    int maxRedirects = 5;
    qint64 maxBytes = 50LL * 1024 * 1024;
    ProgressCallback progress;     // Stage::Downloading; false cancels
};

struct FetchedPage {
    QByteArray body;
    QString contentType;  // "text/html; charset=utf-8" as sent
    QByteArray charset;   // its charset parameter, lower-cased
    QUrl finalUrl;        // after redirects
    QString error;        // set on failure, phrased for the reader
    bool cancelled = false;
};

// Fetches `url` (http or https) with Qt Network and waits for it in a local
// event loop, so it suits a command-line program and a worker thread alike; it
// needs a QCoreApplication to exist. Redirects are followed up to the limit,
// never from https to http. Timeouts, HTTP errors ("404 Not Found"), refused
// connections, unknown hosts and oversized bodies come back as `error`.
FetchedPage fetchUrl(const QUrl &url, const FetchOptions &options);

} // namespace chronoline
