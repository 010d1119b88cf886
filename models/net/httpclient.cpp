// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpclient.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslError>
#include <QCryptographicHash>
#include <QTimer>

#include <atomic>
#include <cstring>
#include <memory>
#include <utility>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcHttp, "sessiondesk.net", QtWarningMsg)

namespace {

constexpr char kCanceledProperty[] = "sessiondesk_canceled";

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

int defaultPort(const QUrl &url)
{
    return url.port(url.scheme() == u"https"_s ? 443 : 80);
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && defaultPort(a) == defaultPort(b);
}

QString origin(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
        .toDisplayString();
}

QString describeNetworkError(QNetworkReply *reply, int idleTimeoutMs)
{
    const QString where = origin(reply->url());
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return HttpClient::tr("Could not connect to %1: the connection was refused.").arg(where);
    case QNetworkReply::HostNotFoundError:
        return HttpClient::tr("The server name in %1 could not be resolved.").arg(where);
    case QNetworkReply::RemoteHostClosedError:
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 0)
            return HttpClient::tr("%1 closed the connection in the middle of its answer.").arg(where);
        return HttpClient::tr("%1 closed the connection before answering.").arg(where);
    case QNetworkReply::ContentReSendError:
        return HttpClient::tr("%1 closed the connection without answering; SessionDesk did not send the request "
                              "again, so it is not known whether the server carried it out.")
            .arg(where);
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return HttpClient::tr("%1 sent nothing for %2 seconds; the request was abandoned.")
            .arg(where)
            .arg(idleTimeoutMs / 1000);
    case QNetworkReply::SslHandshakeFailedError:
        return HttpClient::tr("The secure connection to %1 failed: %2").arg(where, reply->errorString());
    case QNetworkReply::TooManyRedirectsError:
        return HttpClient::tr("%1 redirected too many times.").arg(where);
    default:
        return HttpClient::tr("The request to %1 failed: %2").arg(where, reply->errorString());
    }
}

// A request body Qt can read once and never rewind: Qt then cannot send the request a
// second time on its own (it reports ContentReSendError instead).
class OneShotBody final : public QIODevice
{
public:
    OneShotBody(const QByteArray &data, QObject *parent)
        : QIODevice(parent)
        , m_data(data)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }
    bool reset() override { return false; }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = std::min<qint64>(max, m_data.size() - m_pos);
        std::memcpy(out, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n == 0 && m_pos >= m_data.size() ? -1 : n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

// The request may have reached the server although no complete answer came back.
bool mayHaveActed(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::ContentReSendError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::UnknownNetworkError:
        return true;
    default:
        return false;
    }
}

// A connection that ended before the answer, as when a server restarts or a proxy drops
// it: worth another try for a read. Timeouts, refusals and TLS failures are not.
bool isTransient(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::ProxyConnectionClosedError:
        return true;
    default:
        return false;
    }
}

// True when the only complaints about a certificate are that no trusted authority vouches
// for it, and it is the pinned one.
bool pinnedCertificateExcuses(const QList<QSslError> &errors, const QByteArray &pin)
{
    for (const QSslError &e : errors) {
        switch (e.error()) {
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
            break;
        default:
            return false;
        }
        if (!e.certificate().isNull() && e.certificate().digest(QCryptographicHash::Sha256) != pin)
            return false;
    }
    return !errors.isEmpty();
}

} // namespace

QByteArray HttpResult::header(QByteArrayView name) const
{
    for (const auto &pair : headers) {
        if (QByteArrayView(pair.first).compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

qint64 HttpResult::retryAfterMs(qint64 fallbackMs) const
{
    const qint64 retryAfter = header("Retry-After").toLongLong();
    if (retryAfter > 0)
        return retryAfter * 1000;
    const qint64 reset = header("X-RateLimit-Reset").toLongLong();
    if (reset > 0) {
        // Rocket.Chat sends epoch milliseconds; accept epoch seconds too.
        const qint64 resetMs = reset < 100'000'000'000LL ? reset * 1000 : reset;
        return std::clamp<qint64>(resetMs - QDateTime::currentMSecsSinceEpoch(), 250, std::numeric_limits<int>::max());
    }
    return fallbackMs;
}

qint64 HttpResult::rateLimitRemaining() const
{
    const QByteArray value = header("X-RateLimit-Remaining");
    bool ok = false;
    const qint64 n = value.toLongLong(&ok);
    return ok ? n : -1;
}

HttpClient::HttpClient(QNetworkAccessManager *nam, const HttpPolicy &policy, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_policy(policy)
{
    if (!policy.caFile.isEmpty()) {
        m_extraCas = QSslCertificate::fromPath(policy.caFile, QSsl::Pem, QSslCertificate::PatternSyntax::FixedString);
        if (m_extraCas.isEmpty())
            m_tlsSetupError = tr("The CA certificate file %1 cannot be read or holds no PEM certificate.").arg(policy.caFile);
    }
}

HttpClient::~HttpClient()
{
    // Callbacks may reference objects being destroyed with us: detach before aborting.
    const auto replies = m_replies;
    m_replies.clear();
    for (QNetworkReply *reply : replies) {
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
    qDeleteAll(m_retryTimers.keys()); // their requests are dropped without a callback
    m_retryTimers.clear();
}

QString HttpClient::checkUrl(const QUrl &url, const HttpPolicy &policy)
{
    if (!url.isValid() || url.host().isEmpty())
        return tr("\"%1\" is not a valid server URL.").arg(url.toDisplayString(QUrl::RemoveUserInfo));
    if (!url.userInfo().isEmpty())
        return tr("Server URLs must not contain a user name or password; use the keychain instead.");
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https"_s)
        return {};
    if (scheme != u"http"_s)
        return tr("Unsupported URL scheme \"%1\": use https:// (or http:// for a server on this machine).").arg(scheme);
    if (isLoopbackHost(url.host()) || policy.allowInsecureHttp)
        return {};
    return tr("Refusing to send credentials over plain http to %1: use https://, or allow insecure http for this server explicitly.")
        .arg(url.host());
}

QUrl HttpClient::endpoint(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString prefix = base.path();
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    url.setPath(prefix + path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

struct HttpClient::Attempt
{
    QNetworkRequest request;
    QByteArray verb, body;
    Callback done;
    bool mayRetry = false;
    int attempts = 0;
    QElapsedTimer since; ///< from the first attempt: the total timeout covers all of them
};

void HttpClient::send(QNetworkRequest request, const QByteArray &verb, const QByteArray &body, Callback done, Retry retry)
{
    QString urlError = checkUrl(request.url(), m_policy);
    if (urlError.isEmpty())
        urlError = m_tlsSetupError;
    if (!urlError.isEmpty()) {
        QTimer::singleShot(0, this, [done = std::move(done), urlError] {
            HttpResult result;
            result.error = urlError;
            done(result);
        });
        return;
    }

    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    request.setTransferTimeout(m_policy.timeoutMs);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("SessionDesk/" SESSIONDESK_VERSION));
    // Compressed answers are capped by what they unpack to (maxResponseBytes, checked as
    // they arrive), which also stops compression bombs; Qt's own ratio check would end
    // them with a less clear message.
    request.setDecompressedSafetyCheckThreshold(-1);
    if (!m_extraCas.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_extraCas);
        request.setSslConfiguration(tls);
    }

    auto attempt = std::make_shared<Attempt>();
    attempt->request = std::move(request);
    attempt->verb = verb;
    attempt->body = body;
    attempt->done = std::move(done);
    attempt->mayRetry = retry == Retry::ReadOnly || verb == "GET" || verb == "HEAD";
    attempt->since.start();
    sendAttempt(attempt);
}

void HttpClient::sendAttempt(const std::shared_ptr<Attempt> &attempt)
{
    const QNetworkRequest &request = attempt->request;
    QNetworkReply *reply = nullptr;
    if (attempt->mayRetry) {
        reply = m_nam->sendCustomRequest(request, attempt->verb, attempt->body);
    } else {
        QNetworkRequest once = request;
        once.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        once.setHeader(QNetworkRequest::ContentLengthHeader, attempt->body.size());
        auto *body = new OneShotBody(attempt->body, nullptr);
        reply = m_nam->sendCustomRequest(once, attempt->verb, body);
        body->setParent(reply);
    }
    m_replies.insert(reply);
    ++attempt->attempts;
    qCDebug(lcHttp) << attempt->verb << request.url().toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);

    auto buffer = std::make_shared<QByteArray>();
    auto failure = std::make_shared<QString>();
    const QUrl requestUrl = request.url();
    const qint64 cap = m_policy.maxResponseBytes;

    connect(reply, &QNetworkReply::redirected, this, [reply, requestUrl, failure](const QUrl &target) {
        if (sameOrigin(requestUrl, target)) {
            emit reply->redirectAllowed();
            return;
        }
        *failure = tr("%1 redirected to %2; SessionDesk does not follow redirects to another server because "
                      "they would carry your credentials.")
                       .arg(origin(requestUrl), origin(target));
        reply->abort();
    });
    // Qt fails closed on TLS errors unless told otherwise; keep the reasons for the message.
    // A pinned certificate is trusted for what it is, so a self-signed one may be used:
    // the pin names exactly one certificate. Expiry and a wrong host name still refuse it.
    connect(reply, &QNetworkReply::sslErrors, this, [reply, failure, pin = m_policy.pinSha256](const QList<QSslError> &errors) {
        if (!pin.isEmpty() && pinnedCertificateExcuses(errors, pin)) {
            reply->ignoreSslErrors(errors);
            return;
        }
        QStringList reasons;
        for (const QSslError &e : errors)
            reasons.append(e.errorString());
        if (failure->isEmpty())
            *failure = tr("The secure connection to %1 was refused: %2.").arg(origin(reply->url()), reasons.join(u"; "_s));
    });
    if (!m_policy.pinSha256.isEmpty()) {
        connect(reply, &QNetworkReply::encrypted, this, [reply, failure, pin = m_policy.pinSha256] {
            const QByteArray actual = reply->sslConfiguration().peerCertificate().digest(QCryptographicHash::Sha256);
            if (actual == pin)
                return;
            *failure = tr("The certificate of %1 does not match the pinned SHA-256 fingerprint (it has %2).")
                           .arg(origin(reply->url()), QString::fromLatin1(actual.toHex(':')));
            reply->abort();
        });
    }
    connect(reply, &QNetworkReply::readyRead, this, [reply, buffer, failure, cap] {
        if (!failure->isEmpty())
            return;
        if (buffer->size() + reply->bytesAvailable() > cap) {
            *failure = tr("The response from %1 is larger than the limit of %2 MiB.")
                           .arg(origin(reply->url()))
                           .arg(cap / (1024 * 1024));
            reply->abort();
            return;
        }
        buffer->append(reply->readAll());
    });

    auto deadlineHit = std::make_shared<std::atomic<bool>>(false);
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    // A coarse timer may fire up to 5% early; the message promises the whole limit.
    deadline->setTimerType(Qt::PreciseTimer);
    connect(deadline, &QTimer::timeout, reply, [reply, failure, deadlineHit, total = m_policy.totalTimeoutMs] {
        deadlineHit->store(true);
        *failure = tr("%1 did not finish answering within %2 seconds.").arg(origin(reply->url())).arg(total / 1000);
        reply->abort();
    });
    deadline->start(int(std::max<qint64>(1, m_policy.totalTimeoutMs - attempt->since.elapsed())));

    connect(reply, &QNetworkReply::finished, this, [this, reply, buffer, failure, deadlineHit, cap, attempt, requestUrl] {
        m_replies.remove(reply);
        reply->deleteLater();
        HttpResult result;
        result.attempts = attempt->attempts;
        result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.headers = reply->rawHeaderPairs();
        if (failure->isEmpty() && reply->isReadable() && reply->bytesAvailable() > 0) {
            if (buffer->size() + reply->bytesAvailable() > cap)
                *failure = tr("The response from %1 is larger than the limit of %2 MiB.")
                               .arg(origin(reply->url()))
                               .arg(cap / (1024 * 1024));
            else
                buffer->append(reply->readAll());
        }
        bool transient = false;
        const QNetworkReply::NetworkError error = reply->error();
        // Errors below 200 are the transport's (connection, TLS, proxy); from 200 on Qt
        // mostly restates an HTTP error status, which the caller reads itself, unless the
        // status said success and the body still failed.
        const bool httpSuccess = result.httpStatus >= 200 && result.httpStatus < 300;
        const bool transportFailed = error != QNetworkReply::NoError && (result.httpStatus == 0 || int(error) < 200 || httpSuccess);
        if (reply->property(kCanceledProperty).toBool()) {
            result.status = HttpResult::Status::Canceled;
            result.error = tr("Canceled.");
            result.maybeActed = true; // it was on its way: the server may have it already
        } else if (!failure->isEmpty()) {
            result.error = *failure; // our own refusal: sending again would end the same way
            result.maybeActed = deadlineHit->load();
        } else if (transportFailed) {
            result.error = describeNetworkError(reply, m_policy.timeoutMs);
            result.maybeActed = mayHaveActed(error);
            transient = isTransient(error);
        } else if (result.httpStatus >= 300 && result.httpStatus < 400 && !result.header("Location").isEmpty()) {
            // A redirect Qt did not follow: a change's body can be sent only once (see
            // OneShotBody), so a 307 or 308 for it comes back here.
            const QUrl target = reply->url().resolved(QUrl::fromEncoded(result.header("Location")));
            result.error = sameOrigin(requestUrl, target)
                ? tr("%1 redirected a change to %2; SessionDesk sends a change only once and does not follow redirects for it.")
                      .arg(origin(requestUrl), target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery))
                : tr("%1 redirected to %2; SessionDesk does not follow redirects to another server because "
                     "they would carry your credentials.")
                      .arg(origin(requestUrl), origin(target));
        } else {
            result.status = HttpResult::Status::Ok;
            result.body = std::move(*buffer);
            transient = result.httpStatus == 502 || result.httpStatus == 503 || result.httpStatus == 504
                || (result.httpStatus == 429 && m_retryRateLimited);
        }
        if (transient && attempt->mayRetry && retryLater(attempt, result))
            return;
        attempt->done(result);
    });
}

bool HttpClient::retryLater(const std::shared_ptr<Attempt> &attempt, const HttpResult &result)
{
    if (attempt->attempts > kMaxRetries)
        return false;
    const qint64 backoffMs = qint64(500) << (attempt->attempts - 1);
    const qint64 waitMs = result.httpStatus != 0 ? result.retryAfterMs(backoffMs) : backoffMs;
    if (attempt->since.elapsed() + waitMs >= m_policy.totalTimeoutMs)
        return false; // the server asks for longer than we would wait in all
    qCDebug(lcHttp) << "sending again in" << waitMs << "ms:" << (result.httpStatus ? QString::number(result.httpStatus) : result.error);
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setTimerType(Qt::PreciseTimer); // never before the Retry-After the server sent
    m_retryTimers.insert(timer, attempt);
    connect(timer, &QTimer::timeout, this, [this, timer] {
        const std::shared_ptr<Attempt> attempt = m_retryTimers.take(timer);
        timer->deleteLater();
        if (attempt)
            sendAttempt(attempt);
    });
    timer->start(int(waitMs));
    return true;
}

void HttpClient::abortAll()
{
    const auto replies = m_replies;
    for (QNetworkReply *reply : replies) {
        reply->setProperty(kCanceledProperty, true);
        reply->abort();
    }
    // Requests waiting to be sent again end as canceled too, each callback once.
    const auto waiting = std::exchange(m_retryTimers, {});
    for (auto it = waiting.cbegin(); it != waiting.cend(); ++it) {
        delete it.key();
        HttpResult result;
        result.status = HttpResult::Status::Canceled;
        result.error = tr("Canceled.");
        result.attempts = it.value()->attempts;
        it.value()->done(result);
    }
}
