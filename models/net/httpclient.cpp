// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpclient.h"

#include <QDateTime>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslError>
#include <QCryptographicHash>
#include <QTimer>

#include <memory>

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
        return HttpClient::tr("%1 closed the connection before answering.").arg(where);
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

void HttpClient::send(QNetworkRequest request, const QByteArray &verb, const QByteArray &body, Callback done)
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
    if (!m_extraCas.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_extraCas);
        request.setSslConfiguration(tls);
    }

    QNetworkReply *reply = m_nam->sendCustomRequest(request, verb, body);
    m_replies.insert(reply);
    qCDebug(lcHttp) << verb << request.url().toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);

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
    connect(reply, &QNetworkReply::sslErrors, this, [reply, failure](const QList<QSslError> &errors) {
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

    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply, failure, total = m_policy.totalTimeoutMs] {
        *failure = tr("%1 did not finish answering within %2 seconds.").arg(origin(reply->url())).arg(total / 1000);
        reply->abort();
    });
    deadline->start(m_policy.totalTimeoutMs);

    connect(reply, &QNetworkReply::finished, this,
            [this, reply, buffer, failure, cap, done = std::move(done)] {
                m_replies.remove(reply);
                reply->deleteLater();
                HttpResult result;
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
                if (reply->property(kCanceledProperty).toBool()) {
                    result.status = HttpResult::Status::Canceled;
                    result.error = tr("Canceled.");
                } else if (!failure->isEmpty()) {
                    result.error = *failure;
                } else if (reply->error() != QNetworkReply::NoError && result.httpStatus == 0) {
                    result.error = describeNetworkError(reply, m_policy.timeoutMs);
                } else {
                    result.status = HttpResult::Status::Ok;
                    result.body = std::move(*buffer);
                }
                done(result);
            });
}

void HttpClient::abortAll()
{
    const auto replies = m_replies;
    for (QNetworkReply *reply : replies) {
        reply->setProperty(kCanceledProperty, true);
        reply->abort();
    }
}
