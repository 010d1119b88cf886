// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection.h"

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QHash>
#include <QSet>
#include <QSslCertificate>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QTimer;

/// The outcome of one HTTP exchange, already bounded and checked.
struct HttpResult
{
    enum class Status { Ok, NetworkError, Canceled };
    Status status = Status::NetworkError;
    int httpStatus = 0;             ///< 0 when no HTTP answer arrived
    QByteArray body;
    QString error;                  ///< one clear sentence when status != Ok
    QList<QNetworkReply::RawHeaderPair> headers;
    int attempts = 1;               ///< how often the request was sent (see HttpClient::Retry)
    /// No complete answer, but the request may have reached the server and been carried
    /// out (connection lost or timed out after sending). Changes in this state are
    /// reported as unknown, not as failed.
    bool maybeActed = false;

    QByteArray header(QByteArrayView name) const;
    /// How long the server asks us to wait: Retry-After (seconds) or X-RateLimit-Reset (epoch
    /// ms, or seconds), at least 250 ms; fallbackMs when it says nothing.
    qint64 retryAfterMs(qint64 fallbackMs = 5000) const;
    /// X-RateLimit-Remaining, or -1 when absent.
    qint64 rateLimitRemaining() const;
};

/**
 * Sends requests for one connection with SessionDesk's transport rules:
 *  - plain http only to loopback unless the policy allows it;
 *  - redirects followed only within the same scheme, host and port (credentials never
 *    travel to another origin; Qt's default policy would forward custom auth headers);
 *  - TLS fails closed; a profile may add CA certificates and pin the server certificate;
 *  - every response capped in bytes (after decompression), idle and total timeouts;
 *  - read-only requests (GET, or Retry::ReadOnly) are sent again after HTTP 429, 502,
 *    503 or 504 or a connection closed before the answer, at most kMaxRetries times,
 *    waiting as the server asks (Retry-After, X-RateLimit-Reset) or 0.5, 1, 2 s, within
 *    the total timeout (429 only unless setRetryRateLimited(false)); anything
 *    else (revoke, delete, sign-in) is sent exactly once: its body is handed to Qt as a
 *    stream that cannot be rewound, because Qt's HTTP/1.1 code would otherwise send a
 *    request again by itself when a server closes the connection without answering;
 *  - clear one-sentence errors.
 * Replies in flight are aborted by abortAll() and by the destructor; each callback runs once.
 *
 * Usage:
 *   HttpClient http(nam, connection.policy);
 *   http.send(request, "GET", {}, [](const HttpResult &r) { ... });
 */
class HttpClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpClient)

public:
    using Callback = std::function<void(const HttpResult &)>;
    /// Whether a failed request may be sent again. GET always may.
    enum class Retry { Never, ReadOnly };
    static constexpr int kMaxRetries = 3;

    HttpClient(QNetworkAccessManager *nam, const HttpPolicy &policy, QObject *parent = nullptr);
    ~HttpClient() override;

    /// An error sentence if url may not be used under policy (bad scheme, http to a remote host), else empty.
    static QString checkUrl(const QUrl &url, const HttpPolicy &policy);

    /// base with its path extended by path ("/api/v1/…"), query and fragment dropped.
    static QUrl endpoint(const QUrl &base, const QString &path);

    void send(QNetworkRequest request, const QByteArray &verb, const QByteArray &body, Callback done,
              Retry retry = Retry::Never);
    void abortAll();
    /// Whether reads answered with 429 are sent again here (default true). A client that
    /// paces itself by the server's rate-limit headers handles 429 itself.
    void setRetryRateLimited(bool retry) { m_retryRateLimited = retry; }
    int inFlight() const { return int(m_replies.size() + m_retryTimers.size()); }

private:
    struct Attempt;
    void sendAttempt(const std::shared_ptr<Attempt> &attempt);
    bool retryLater(const std::shared_ptr<Attempt> &attempt, const HttpResult &result);

    QNetworkAccessManager *m_nam;
    HttpPolicy m_policy;
    QList<QSslCertificate> m_extraCas;
    QString m_tlsSetupError; ///< the CA file could not be used: every request fails with this
    QSet<QNetworkReply *> m_replies;
    bool m_retryRateLimited = true;
    QHash<QTimer *, std::shared_ptr<Attempt>> m_retryTimers; ///< requests waiting to be sent again
};
