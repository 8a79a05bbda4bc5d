#include "document/UrlFetcher.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace chronoline {

using namespace Qt::StringLiterals;

namespace {

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 0) + u" MB"_s;
}

QByteArray charsetOf(const QString &contentType)
{
    for (const QString &piece : contentType.split(u';')) {
        const QString p = piece.trimmed();
        if (p.startsWith(u"charset="_s, Qt::CaseInsensitive)) {
            QString value = p.mid(8).trimmed();
            value.remove(u'"');
            return value.toLower().toLatin1();
        }
    }
    return {};
}

QString networkError(QNetworkReply *reply, const QUrl &url, int maxRedirects)
{
    const QString where = url.toDisplayString();
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return u"Could not connect to %1: the connection was refused."_s.arg(url.host());
    case QNetworkReply::HostNotFoundError:
        return u"Could not find the server %1."_s.arg(url.host());
    case QNetworkReply::TooManyRedirectsError:
        return u"Gave up on %1 after %2 redirects."_s.arg(where).arg(maxRedirects);
    case QNetworkReply::InsecureRedirectError:
        return u"%1 redirected from a secure (https) address to an insecure one; not followed."_s.arg(where);
    case QNetworkReply::SslHandshakeFailedError:
        return u"The secure connection to %1 failed: %2"_s.arg(url.host(), reply->errorString());
    case QNetworkReply::ProtocolUnknownError:
        return u"Cannot open %1: only http and https addresses are supported."_s.arg(where);
    default:
        break;
    }
    return u"Could not fetch %1: %2"_s.arg(where, reply->errorString());
}

} // namespace

FetchedPage fetchUrl(const QUrl &url, const FetchOptions &options)
{
    FetchedPage page;
    if (!QCoreApplication::instance()) {
        page.error = u"Fetching a web address needs a running Qt application object."_s;
        return page;
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != u"http" && scheme != u"https") {
        page.error = u"Cannot open %1: only http and https addresses are supported."_s.arg(url.toDisplayString());
        return page;
    }

    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(options.maxRedirects);
    request.setHeader(QNetworkRequest::UserAgentHeader, u"Chronoline/" CHRONOLINE_VERSION ""_s);
    request.setRawHeader("Accept", "text/html,application/xhtml+xml,application/pdf,text/plain;q=0.9,*/*;q=0.5");

    QNetworkReply *reply = manager.get(request);
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    bool timedOut = false;
    bool tooLarge = false;
    bool cancelled = false;

    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&deadline, &QTimer::timeout, reply, [&] {
        timedOut = true;
        reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply, [&](qint64 received, qint64 total) {
        if (received > options.maxBytes || total > options.maxBytes) {
            tooLarge = true;
            reply->abort();
            return;
        }
        if (options.progress
            && !options.progress({LoadProgress::Stage::Downloading, received, std::max<qint64>(total, 0)})) {
            cancelled = true;
            reply->abort();
        }
    });
    deadline.start(options.timeoutMs);
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    deadline.stop();

    page.finalUrl = reply->url();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (cancelled) {
        page.cancelled = true;
        page.error = u"Loading was cancelled."_s;
    } else if (timedOut) {
        page.error = u"%1 did not answer within %2 seconds."_s.arg(url.toDisplayString()).arg(options.timeoutMs / 1000.0);
    } else if (tooLarge) {
        page.error = u"%1 is larger than the %2 limit."_s.arg(url.toDisplayString(), megabytes(options.maxBytes));
    } else if (status >= 400) {
        const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        page.error = u"The server answered HTTP %1%2 for %3."_s.arg(status)
                         .arg(reason.isEmpty() ? QString() : u" ("_s + reason + u')', page.finalUrl.toDisplayString());
    } else if (reply->error() != QNetworkReply::NoError) {
        page.error = networkError(reply, url, options.maxRedirects);
    } else {
        page.body = reply->readAll();
        page.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
        page.charset = charsetOf(page.contentType);
    }
    return page;
}

} // namespace chronoline
