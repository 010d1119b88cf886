// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection.h"

#include <QList>
#include <QObject>

#include <deque>

class AuditLog;
class HttpClient;
class QNetworkAccessManager;
class QTimer;
struct HttpResult;

/// A session to act on, captured when the user confirmed (never a row number).
struct RevokeTarget
{
    QString sessionId;
    QString userId;
};

struct RevokeOutcome
{
    /// Unknown: the request may have reached the server, but no answer came back.
    enum class Status { Revoked, AlreadyGone, Failed, Canceled, Unknown };
    RevokeTarget target;
    Status status = Status::Failed;
    QString reason; ///< for Failed / Canceled / Unknown

    bool succeeded() const { return status == Status::Revoked || status == Status::AlreadyGone; }
    static QString statusKey(Status status); ///< "revoked", "already-gone", "failed", "canceled", "unknown"
};
Q_DECLARE_METATYPE(RevokeOutcome)

/**
 * Revokes many sessions of one server with bounded concurrency:
 *  - Rocket.Chat: POST sessions/logout.me (own sessions) or sessions/logout (all users,
 *    administrators; needs a second factor: X-2fa-Code + X-2fa-Method);
 *  - Seam: POST client_sessions/revoke.
 * A second-factor request pauses the job and emits twoFactorRequired(); provideTwoFactor()
 * resumes it. HTTP 429 (and an exhausted X-RateLimit-Remaining) pauses until the server's
 * reset; a 429 is the only answer that is retried, because it proves the server did not
 * act. 404 means the session is already gone. Every outcome is appended to the audit log.
 */
class RevokeJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RevokeJob)

public:
    RevokeJob(const Connection &connection, const QList<RevokeTarget> &targets, QNetworkAccessManager *nam,
              QObject *parent = nullptr);
    ~RevokeJob() override;

    enum class Action {
        Revoke, ///< sign the session out (all kinds but OpenReplay)
        Delete, ///< delete the session record (Seam client_sessions/delete)
    };
    void setAction(Action action);
    Action action() const { return m_action; }

    /// Records every outcome there, with profile as the profile name (optional).
    void setAuditLog(const AuditLog *log, const QString &profile);
    void setMaxParallelRequests(int count); ///< default 2
    /// Longest single wait for a rate limit before the remaining sessions fail (default 5 min).
    void setMaxRateLimitWaitMs(qint64 ms);

    void start();
    /// Marks what was not sent yet as canceled (with reason, or "Canceled before it was sent.").
    void cancel(const QString &reason = {});
    /// Answers twoFactorRequired(): method "totp", "email" or "password" (then code is
    /// the password; only its SHA-256 is sent).
    void provideTwoFactor(const QString &method, const QString &code);

    bool isRunning() const { return m_running; }
    QList<RevokeOutcome> outcomes() const { return m_outcomes; }

    static QByteArray passwordDigest(const QString &password);

    /// Why the server refused this account (HTTP 403), if it did; empty otherwise.
    QString deniedReason() const { return m_deniedReason; }

Q_SIGNALS:
    void outcome(const RevokeOutcome &outcome);
    void progress(int done, int total);
    void twoFactorRequired(const QString &method, const QString &message);
    void rateLimited(int waitSeconds);
    void finished();

private:
    void pump();
    void send(int index);
    void onReply(int index, int codeGeneration, const HttpResult &result);
    void record(int index, RevokeOutcome::Status status, const QString &reason = {});
    void failRemaining(const QString &reason, RevokeOutcome::Status status = RevokeOutcome::Status::Failed);
    void pauseFor(qint64 ms);
    void finishIfDone();
    QString describe(const HttpResult &result) const;

    Connection m_connection;
    QList<RevokeTarget> m_targets;
    HttpClient *m_http;
    QTimer *m_resumeTimer;
    const AuditLog *m_audit = nullptr;
    QString m_profile;
    std::deque<int> m_queue; ///< indexes into m_targets still to send
    QList<RevokeOutcome> m_outcomes;
    int m_inFlight = 0;
    int m_maxParallel = 2;
    qint64 m_maxWaitMs = 300'000;
    bool m_running = false;
    Action m_action = Action::Revoke;
    bool m_waitingForCode = false;
    QString m_deniedReason;
    QString m_cancelReason; ///< set by cancel(): late answers asking for a code end as not sent
    QString m_twoFactorMethod;
    QByteArray m_twoFactorCode;
    int m_codeGeneration = 0; ///< bumped by provideTwoFactor(); tells stale totp answers apart
};
