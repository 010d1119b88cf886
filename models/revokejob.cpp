// SPDX-License-Identifier: GPL-3.0-or-later
#include "revokejob.h"

#include "auditlog.h"
#include "net/httpclient.h"
#include "providers/jsonutil.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

QString RevokeOutcome::statusKey(Status status)
{
    switch (status) {
    case Status::Revoked:
        return u"revoked"_s;
    case Status::AlreadyGone:
        return u"already-gone"_s;
    case Status::Failed:
        return u"failed"_s;
    case Status::Canceled:
        return u"canceled"_s;
    case Status::Unknown:
        return u"unknown"_s;
    }
    return {};
}

RevokeJob::RevokeJob(const Connection &connection, const QList<RevokeTarget> &targets, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_targets(targets)
    , m_http(new HttpClient(nam, connection.policy, this))
    , m_resumeTimer(new QTimer(this))
{
    m_resumeTimer->setSingleShot(true);
    m_resumeTimer->setTimerType(Qt::PreciseTimer); // a server's wait is never cut short
    connect(m_resumeTimer, &QTimer::timeout, this, &RevokeJob::pump);
}

RevokeJob::~RevokeJob() = default;

void RevokeJob::setAuditLog(const AuditLog *log, const QString &profile)
{
    m_audit = log;
    m_profile = profile;
}

void RevokeJob::setAction(Action action)
{
    m_action = action;
}

void RevokeJob::setMaxParallelRequests(int count)
{
    m_maxParallel = std::max(1, count);
}

void RevokeJob::setMaxRateLimitWaitMs(qint64 ms)
{
    m_maxWaitMs = ms;
}

QByteArray RevokeJob::passwordDigest(const QString &password)
{
    return QCryptographicHash::hash(password.toUtf8(), QCryptographicHash::Sha256).toHex();
}

void RevokeJob::start()
{
    m_running = true;
    m_cancelReason.clear();
    m_outcomes.clear();
    m_queue.clear();
    for (int i = 0; i < m_targets.size(); ++i)
        m_queue.push_back(i);
    QString unsupported;
    if (m_connection.kind == ServerKind::OpenReplay)
        unsupported = tr("OpenReplay recordings cannot be revoked or deleted one by one; delete the user's data instead "
                         "(sessiondesk-cli delete-user-data USER_ID).");
    else if (m_action == Action::Delete && m_connection.kind != ServerKind::Seam)
        unsupported = tr("Only Seam client sessions can be deleted; Rocket.Chat sessions are revoked.");
    if (!unsupported.isEmpty()) {
        QMetaObject::invokeMethod(this, [this, unsupported] {
            failRemaining(unsupported);
            finishIfDone();
        }, Qt::QueuedConnection);
        return;
    }
    QMetaObject::invokeMethod(this, &RevokeJob::pump, Qt::QueuedConnection);
}

void RevokeJob::cancel(const QString &reason)
{
    if (!m_running)
        return;
    m_resumeTimer->stop();
    m_waitingForCode = false;
    m_cancelReason = reason.isEmpty() ? tr("Canceled before it was sent.") : reason;
    failRemaining(m_cancelReason, RevokeOutcome::Status::Canceled);
    // Requests already sent finish normally: the server may have acted on them.
    finishIfDone();
}

void RevokeJob::provideTwoFactor(const QString &method, const QString &code)
{
    m_twoFactorMethod = method;
    m_twoFactorCode = method == u"password"_s ? passwordDigest(code) : code.trimmed().toUtf8();
    m_waitingForCode = false;
    ++m_codeGeneration;
    pump();
}

void RevokeJob::pump()
{
    if (!m_running || m_waitingForCode || m_resumeTimer->isActive())
        return;
    while (m_inFlight < m_maxParallel && !m_queue.empty()) {
        const int index = m_queue.front();
        m_queue.pop_front();
        send(index);
    }
    finishIfDone();
}

void RevokeJob::send(int index)
{
    const RevokeTarget &t = m_targets[index];
    QString path;
    QJsonObject body;
    QNetworkRequest request;
    if (m_connection.kind == ServerKind::Seam) {
        path = m_action == Action::Delete ? u"/client_sessions/delete"_s : u"/client_sessions/revoke"_s;
        body.insert(u"client_session_id"_s, t.sessionId);
        request.setRawHeader("Authorization", "Bearer " + m_connection.secret.toUtf8());
    } else {
        path = m_connection.allUsers ? u"/api/v1/sessions/logout"_s : u"/api/v1/sessions/logout.me"_s;
        body.insert(u"sessionId"_s, t.sessionId);
        request.setRawHeader("X-User-Id", m_connection.userId.toUtf8());
        request.setRawHeader("X-Auth-Token", m_connection.secret.toUtf8());
        if (!m_twoFactorCode.isEmpty()) {
            request.setRawHeader("X-2fa-Code", m_twoFactorCode);
            request.setRawHeader("X-2fa-Method", m_twoFactorMethod.toUtf8());
        }
    }
    request.setUrl(HttpClient::endpoint(m_connection.baseUrl, path));
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    ++m_inFlight;
    m_http->send(request, "POST", QJsonDocument(body).toJson(QJsonDocument::Compact),
                 [this, index, generation = m_codeGeneration](const HttpResult &result) { onReply(index, generation, result); });
}

void RevokeJob::onReply(int index, int codeGeneration, const HttpResult &result)
{
    --m_inFlight;
    if (result.status != HttpResult::Status::Ok) {
        // No answer. Never sent again: if the request got through, the server may have
        // acted, and only looking (a refresh) tells.
        record(index, result.maybeActed ? RevokeOutcome::Status::Unknown : RevokeOutcome::Status::Failed, result.error);
        return pump();
    }
    const int status = result.httpStatus;

    if (m_connection.kind == ServerKind::RocketChat && (status == 400 || status == 401)
        && (result.body.contains("totp-required") || result.body.contains("totp-invalid"))) {
        if (!m_cancelReason.isEmpty()) { // canceled meanwhile: the server did not act, and we ask no more
            record(index, RevokeOutcome::Status::Canceled, m_cancelReason);
            return pump();
        }
        // The server did not act; ask for a second factor once, then send this one again.
        m_queue.push_front(index);
        if (codeGeneration != m_codeGeneration) // sent before the current code arrived: just send again
            return pump();
        if (!m_waitingForCode) {
            m_waitingForCode = true;
            const QJsonObject details = QJsonDocument::fromJson(result.body).object().value(u"details"_s).toObject();
            const QString method = details.value(u"method"_s).toString(u"totp"_s);
            emit twoFactorRequired(method, result.body.contains("totp-invalid")
                                               ? tr("The code was not accepted; enter the current one.")
                                               : QString());
        }
        return;
    }
    const qint64 remaining = result.rateLimitRemaining();
    if (status == 429) {
        m_queue.push_front(index); // the server proved it did not act: safe to send again
        const qint64 wait = result.retryAfterMs();
        if (wait > m_maxWaitMs) {
            failRemaining(tr("%1 is rate limiting requests for %2 more seconds; try the rest later.")
                              .arg(m_connection.displayName())
                              .arg((wait + 999) / 1000));
            return finishIfDone();
        }
        emit rateLimited(int((wait + 999) / 1000));
        pauseFor(wait);
        return;
    }
    if (status >= 200 && status < 300) {
        record(index, RevokeOutcome::Status::Revoked);
    } else if (status == 404) {
        record(index, RevokeOutcome::Status::AlreadyGone);
    } else if (status == 401 || status == 403) {
        const QString reason = describe(result);
        if (status == 403)
            m_deniedReason = reason;
        record(index, RevokeOutcome::Status::Failed, reason);
        failRemaining(tr("Not sent: %1").arg(reason)); // every other request would fail the same way
        return finishIfDone();
    } else {
        record(index, RevokeOutcome::Status::Failed, describe(result));
    }
    if (remaining == 0) // the budget is spent: wait for the reset instead of provoking 429s
        pauseFor(result.retryAfterMs());
    pump();
}

void RevokeJob::pauseFor(qint64 ms)
{
    m_resumeTimer->start(int(std::min<qint64>(ms, std::numeric_limits<int>::max())));
}

QString RevokeJob::describe(const HttpResult &result) const
{
    const std::string_view text(result.body.constData(), size_t(result.body.size()));
    const QString server = m_connection.displayName();
    switch (result.httpStatus) {
    case 401:
        return tr("%1 rejected the credentials (HTTP 401); sign in again.").arg(server);
    case 403:
        return tr("%1 does not allow this account to revoke these sessions (HTTP 403)%2")
            .arg(server, JsonUtil::errorSuffix(text));
    default:
        return JsonUtil::httpAnswer(server, result.httpStatus, text);
    }
}

void RevokeJob::record(int index, RevokeOutcome::Status status, const QString &reason)
{
    RevokeOutcome o{m_targets[index], status, reason};
    m_outcomes.append(o);
    if (m_audit) {
        AuditEntry e = AuditLog::entry(m_connection, m_profile, m_action == Action::Delete ? u"delete"_s : u"revoke"_s);
        e.sessionId = o.target.sessionId;
        e.userId = o.target.userId;
        e.outcome = status == RevokeOutcome::Status::Revoked && m_action == Action::Delete ? u"deleted"_s
                                                                                            : RevokeOutcome::statusKey(status);
        e.reason = reason;
        m_audit->append(e);
    }
    emit outcome(o);
    emit progress(int(m_outcomes.size()), int(m_targets.size()));
}

void RevokeJob::failRemaining(const QString &reason, RevokeOutcome::Status status)
{
    const std::deque<int> rest = std::exchange(m_queue, {});
    for (int index : rest)
        record(index, status, reason);
}

void RevokeJob::finishIfDone()
{
    if (!m_running || m_inFlight > 0 || !m_queue.empty())
        return;
    m_running = false;
    emit finished();
}
