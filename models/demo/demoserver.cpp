// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoserver.h"

#include "computepool.h"

#include "csvwriter.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHttpServer>
#include <QTcpServer>
#include <QThreadPool>
#include <QtConcurrent>
#include <QTcpSocket>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kMaxCount = 100;
constexpr int kDefaultCount = 50;

QHttpServerResponse jsonResponse(QByteArray body, QHttpServerResponse::StatusCode status)
{
    QHttpServerResponse response("application/json", std::move(body), status);
    return response;
}

QHttpServerResponse errorResponse(QHttpServerResponse::StatusCode status, const QString &error)
{
    std::string body = "{\"success\":false,\"error\":";
    JsonWriter::appendString(body, error.toStdString());
    body += '}';
    return jsonResponse(QByteArray::fromStdString(body), status);
}

bool parseNonNegative(const QUrlQuery &query, const QString &key, qint64 fallback, qint64 *out)
{
    if (!query.hasQueryItem(key)) {
        *out = fallback;
        return true;
    }
    bool ok = false;
    *out = query.queryItemValue(key).toLongLong(&ok);
    return ok && *out >= 0;
}

} // namespace

QByteArray DemoServerInfo::toJsonLine() const
{
    std::string line = "{\"rocketchat\":{\"url\":";
    JsonWriter::appendString(line, rocketChatUrl.toString().toStdString());
    line += ",\"userId\":";
    JsonWriter::appendString(line, rocketChatUserId.toStdString());
    line += ",\"token\":";
    JsonWriter::appendString(line, rocketChatToken.toStdString());
    line += ",\"login\":{\"user\":\"";
    line += kLoginUser;
    line += "\",\"twoFactorUser\":\"";
    line += kTwoFactorUser;
    line += "\",\"password\":\"";
    line += kPassword;
    line += "\",\"code\":\"";
    line += kTwoFactorCode;
    line += "\"}";
    line += "},\"openreplay\":{\"url\":";
    JsonWriter::appendString(line, openReplayUrl.toString().toStdString());
    line += ",\"v1Url\":";
    JsonWriter::appendString(line, openReplayV1Url.toString().toStdString());
    line += ",\"projectKey\":";
    JsonWriter::appendString(line, openReplayProjectKey.toStdString());
    line += ",\"apiKey\":";
    JsonWriter::appendString(line, openReplayKey.toStdString());
    line += ",\"users\":[";
    for (qsizetype i = 0; i < openReplayUsers.size(); ++i) {
        if (i > 0)
            line += ',';
        JsonWriter::appendString(line, openReplayUsers[i].toStdString());
    }
    line += "]},\"seam\":{\"url\":";
    JsonWriter::appendString(line, seamUrl.toString().toStdString());
    line += ",\"apiKey\":";
    JsonWriter::appendString(line, seamKey.toStdString());
    line += "},\"sessions\":" + std::to_string(sessions) + "}";
    return QByteArray::fromStdString(line);
}

Connection DemoServerInfo::rocketChatConnection(bool allUsers) const
{
    Connection c;
    c.kind = ServerKind::RocketChat;
    c.baseUrl = rocketChatUrl;
    c.userId = rocketChatUserId;
    c.secret = rocketChatToken;
    c.allUsers = allUsers;
    return c;
}

Connection DemoServerInfo::openReplayConnection(const QStringList &users) const
{
    Connection c;
    c.kind = ServerKind::OpenReplay;
    c.baseUrl = openReplayUrl;
    c.projectKey = openReplayProjectKey;
    c.secret = openReplayKey;
    c.users = users;
    return c;
}

Connection DemoServerInfo::seamConnection() const
{
    Connection c;
    c.kind = ServerKind::Seam;
    c.baseUrl = seamUrl;
    c.secret = seamKey;
    return c;
}

qint64 DemoServer::defaultReferenceTime()
{
    const qint64 hourMs = 3600 * 1000;
    return QDateTime::currentMSecsSinceEpoch() / hourMs * hourMs;
}

DemoServer::DemoServer(quint64 seed, qint64 sessions, qint64 referenceTimeMs, QObject *parent)
    : QObject(parent)
    , m_data(seed, sessions, referenceTimeMs)
    , m_referenceTimeMs(referenceTimeMs)
    , m_server(std::make_unique<QHttpServer>())
{
    m_tokens.insert(m_data.authToken().toUtf8(), m_data.userId().toUtf8());
    setupRoutes();
    setupLoginRoutes();
    setupRevokeRoutes();
    setupOpenReplayRoutes();
    setupSeamRoutes();
}

QString DemoServer::openReplayKey() const
{
    return u"or_demo_"_s + DemoData::meteorId(m_data.seed(), 0x0E7E91A7);
}

QString DemoServer::seamKey() const
{
    return u"seam_demo_"_s + DemoData::meteorId(m_data.seed(), 0x5EA3);
}

QByteArray DemoServer::authorizedUser(const QHttpServerRequest &request) const
{
    const QByteArray user = m_tokens.value(request.value("X-Auth-Token"));
    return !user.isEmpty() && user == request.value("X-User-Id") ? user : QByteArray();
}

void DemoServer::setupLoginRoutes()
{
    m_server->route(u"/api/v1/login"_s, QHttpServerRequest::Method::Post, [this](const QHttpServerRequest &request) {
        ++m_requests;
        const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
        const QString user = body.value(u"user"_s).toString();
        const QString password = body.value(u"password"_s).toString();
        const bool twoFactor = user == QLatin1StringView(DemoServerInfo::kTwoFactorUser);
        if ((user != QLatin1StringView(DemoServerInfo::kLoginUser) && !twoFactor)
            || password != QLatin1StringView(DemoServerInfo::kPassword)) {
            return jsonResponse(R"({"status":"error","error":"Unauthorized","message":"Unauthorized"})",
                                QHttpServerResponse::StatusCode::Unauthorized);
        }
        if (twoFactor) {
            const QJsonValue code = body.value(u"code"_s);
            if (code.isUndefined()) {
                return jsonResponse(R"({"status":"error","error":"totp-required","message":"TOTP Required","details":{"method":"totp","codeGenerated":false}})",
                                    QHttpServerResponse::StatusCode::Unauthorized);
            }
            if (code.toString() != QLatin1StringView(DemoServerInfo::kTwoFactorCode)) {
                return jsonResponse(R"({"status":"error","error":"totp-invalid","message":"TOTP Invalid [totp-invalid]","details":{"method":"totp"}})",
                                    QHttpServerResponse::StatusCode::Unauthorized);
            }
        }
        const QByteArray userId = twoFactor ? QByteArray("demoAdminUserId01") : m_data.userId().toUtf8();
        const QByteArray token = "demo-login-token-" + QByteArray::number(++m_issuedTokens) + '-'
            + QByteArray::number(quint64(QDateTime::currentMSecsSinceEpoch()), 36);
        m_tokens.insert(token, userId);
        QJsonObject data{{u"userId"_s, QString::fromUtf8(userId)}, {u"authToken"_s, QString::fromUtf8(token)}};
        const QJsonObject answer{{u"status"_s, u"success"_s}, {u"data"_s, data}};
        return jsonResponse(QJsonDocument(answer).toJson(QJsonDocument::Compact), QHttpServerResponse::StatusCode::Ok);
    });
    m_server->route(u"/api/v1/logout"_s, QHttpServerRequest::Method::Post, [this](const QHttpServerRequest &request) {
        ++m_requests;
        if (authorizedUser(request).isEmpty()) {
            return jsonResponse(R"({"status":"error","message":"You must be logged in to do this."})",
                                QHttpServerResponse::StatusCode::Unauthorized);
        }
        m_tokens.remove(request.value("X-Auth-Token"));
        return jsonResponse(R"({"status":"success","data":{"message":"You've been logged out!"}})",
                            QHttpServerResponse::StatusCode::Ok);
    });
}

DemoServer::~DemoServer() = default;

namespace {

/**
 * Accepts connections with Nagle's algorithm off. QHttpServer writes a response's headers
 * and body separately; with Nagle on, the body waits for the client's delayed ACK of the
 * headers, which costs 40 ms per page on Linux loopback (1M sessions: 10,000 pages).
 */
class LowDelayTcpServer final : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        addPendingConnection(socket);
    }
};

} // namespace

quint16 DemoServer::listen(quint16 port)
{
    auto *tcp = new LowDelayTcpServer(m_server.get());
    if (!tcp->listen(QHostAddress::LocalHost, port)) {
        delete tcp;
        return 0;
    }
    m_server->bind(tcp);
    m_port = tcp->serverPort();
    return m_port;
}

DemoServerInfo DemoServer::info() const
{
    DemoServerInfo info;
    info.port = m_port;
    info.rocketChatUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(m_port));
    info.rocketChatUserId = m_data.userId();
    info.rocketChatToken = m_data.authToken();
    info.sessions = m_data.count();
    info.openReplayUrl = QUrl(u"http://127.0.0.1:%1/openreplay/v2/api"_s.arg(m_port));
    info.openReplayV1Url = QUrl(u"http://127.0.0.1:%1/openreplay"_s.arg(m_port));
    info.openReplayProjectKey = openReplayProjectKey();
    info.openReplayKey = openReplayKey();
    info.openReplayUsers = openReplayUsers();
    info.seamUrl = QUrl(u"http://127.0.0.1:%1/seam"_s.arg(m_port));
    info.seamKey = seamKey();
    return info;
}

void DemoServer::setupRoutes()
{
    m_server->route(u"/"_s, [] {
        return QHttpServerResponse("text/plain", QByteArray("SessionDesk demo server\n"));
    });
    m_server->route(u"/api/v1/sessions/list"_s, [this](const QHttpServerRequest &request) {
        return afterListLatency(listSessions(request, false));
    });
    m_server->route(u"/api/v1/sessions/list.all"_s, [this](const QHttpServerRequest &request) {
        return afterListLatency(listSessions(request, true));
    });
}

qint64 DemoServer::liveIndex(qint64 offset) const
{
    // The smallest index i with i - (revoked indexes <= i) == offset.
    qint64 index = offset;
    for (;;) {
        const qint64 skipped = std::upper_bound(m_revoked.begin(), m_revoked.end(), index) - m_revoked.begin();
        const qint64 candidate = offset + skipped;
        if (candidate == index && !std::binary_search(m_revoked.begin(), m_revoked.end(), index))
            return index;
        index = candidate == index ? index + 1 : candidate;
    }
}

QFuture<QHttpServerResponse> DemoServer::afterListLatency(QHttpServerResponse &&response)
{
    if (m_listLatencyMs <= 0)
        return QtFuture::makeReadyFuture(std::move(response));
    if (!m_latencyPool) {
        m_latencyPool = std::make_unique<QThreadPool>();
        m_latencyPool->setMaxThreadCount(64); // they only sleep
    }
    return QtConcurrent::run(m_latencyPool.get(), [response = std::move(response), ms = m_listLatencyMs]() mutable {
        QThread::msleep(ulong(ms));
        return std::move(response);
    });
}

QHttpServerResponse DemoServer::listSessions(const QHttpServerRequest &request, bool withUser)
{
    ++m_requests;
    if (request.method() != QHttpServerRequest::Method::Get)
        return errorResponse(QHttpServerResponse::StatusCode::MethodNotAllowed, u"Method not allowed"_s);
    if (authorizedUser(request).isEmpty()) {
        return jsonResponse(R"({"status":"error","message":"You must be logged in to do this."})",
                            QHttpServerResponse::StatusCode::Unauthorized);
    }
    const QUrlQuery query = request.query();
    qint64 offset, count;
    if (!parseNonNegative(query, u"offset"_s, 0, &offset))
        return errorResponse(QHttpServerResponse::StatusCode::BadRequest, u"Invalid offset"_s);
    if (!parseNonNegative(query, u"count"_s, kDefaultCount, &count) || count == 0 || count > kMaxCount) {
        return errorResponse(QHttpServerResponse::StatusCode::BadRequest,
                             u"count must be between 1 and %1"_s.arg(kMaxCount));
    }
    const qint64 total = m_data.count() - qint64(m_revoked.size());
    const qint64 end = std::min(total, offset + count);
    QByteArray body;
    body.reserve(qsizetype(std::max<qint64>(0, end - offset)) * (withUser ? 480 : 400) + 128);
    body += "{\"sessions\":[";
    qint64 index = offset < end ? liveIndex(offset) : 0;
    for (qint64 i = offset; i < end; ++i, ++index) {
        while (!m_revoked.empty() && std::binary_search(m_revoked.begin(), m_revoked.end(), index))
            ++index;
        if (i > offset)
            body += ',';
        m_data.appendJson(body, index, withUser);
    }
    body += "],\"count\":" + QByteArray::number(std::max<qint64>(0, end - offset)) + ",\"offset\":"
        + QByteArray::number(offset) + ",\"total\":" + QByteArray::number(total) + ",\"success\":true}";
    return jsonResponse(std::move(body), QHttpServerResponse::StatusCode::Ok);
}

void DemoServer::setupRevokeRoutes()
{
    auto revoke = [this](const QHttpServerRequest &request, bool admin) {
        ++m_requests;
        if (authorizedUser(request).isEmpty()) {
            return jsonResponse(R"({"status":"error","message":"You must be logged in to do this."})",
                                QHttpServerResponse::StatusCode::Unauthorized);
        }
        if (admin) {
            // Rocket.Chat asks for a second factor on the admin endpoint.
            const QByteArray method = request.value("X-2fa-Method");
            const QByteArray code = request.value("X-2fa-Code");
            const QByteArray passwordHash = QCryptographicHash::hash(DemoServerInfo::kPassword, QCryptographicHash::Sha256).toHex();
            if (code.isEmpty()) {
                return jsonResponse(R"({"success":false,"error":"totp-required","details":{"method":"totp","codeGenerated":false}})",
                                    QHttpServerResponse::StatusCode::BadRequest);
            }
            const bool ok = (method == "totp" && code == DemoServerInfo::kTwoFactorCode) || (method == "password" && code == passwordHash);
            if (!ok) {
                return jsonResponse(R"({"success":false,"error":"totp-invalid","details":{"method":"totp"}})",
                                    QHttpServerResponse::StatusCode::BadRequest);
            }
        }
        const QByteArray sessionId = QJsonDocument::fromJson(request.body()).object().value(u"sessionId"_s).toString().toUtf8();
        if (sessionId.isEmpty())
            return errorResponse(QHttpServerResponse::StatusCode::BadRequest, u"Match error: Missing key 'sessionId'"_s);
        const qint64 index = m_data.indexOf(sessionId);
        const auto pos = std::lower_bound(m_revoked.begin(), m_revoked.end(), index);
        if (index < 0 || (pos != m_revoked.end() && *pos == index))
            return errorResponse(QHttpServerResponse::StatusCode::NotFound, u"Session not found"_s);
        m_revoked.insert(pos, index);
        std::string body = "{\"sessionId\":";
        JsonWriter::appendString(body, sessionId.toStdString());
        body += ",\"success\":true}";
        return jsonResponse(QByteArray::fromStdString(body), QHttpServerResponse::StatusCode::Ok);
    };
    auto info = [this](const QHttpServerRequest &request) {
        ++m_requests;
        if (authorizedUser(request).isEmpty()) {
            return jsonResponse(R"({"status":"error","message":"You must be logged in to do this."})",
                                QHttpServerResponse::StatusCode::Unauthorized);
        }
        const qint64 index = m_data.indexOf(request.query().queryItemValue(u"sessionId"_s).toUtf8());
        if (index < 0 || std::binary_search(m_revoked.begin(), m_revoked.end(), index))
            return errorResponse(QHttpServerResponse::StatusCode::NotFound, u"Session not found"_s);
        QByteArray body;
        m_data.appendJson(body, index, true);
        body.chop(1); // the session document, plus what sessions/info adds
        body += ",\"_updatedAt\":\"2026-01-01T00:00:00.000Z\",\"roles\":[\"user\"],\"success\":true}";
        return jsonResponse(std::move(body), QHttpServerResponse::StatusCode::Ok);
    };
    m_server->route(u"/api/v1/sessions/info"_s, QHttpServerRequest::Method::Get, info);
    m_server->route(u"/api/v1/sessions/info.admin"_s, QHttpServerRequest::Method::Get, info);
    m_server->route(u"/api/v1/sessions/logout.me"_s, QHttpServerRequest::Method::Post,
                    [revoke](const QHttpServerRequest &request) { return revoke(request, false); });
    m_server->route(u"/api/v1/sessions/logout"_s, QHttpServerRequest::Method::Post,
                    [revoke](const QHttpServerRequest &request) { return revoke(request, true); });
}

DemoServerThread::DemoServerThread() = default;

DemoServerThread::~DemoServerThread()
{
    if (!m_thread)
        return;
    // The server is deleted in its own thread: a deferred delete, which QThread runs when its
    // event loop ends. (Deleting it from inside one of its own queued calls would free the
    // object while Qt is still dispatching to it.)
    if (m_server) {
        m_server->deleteLater();
        m_server = nullptr;
    }
    m_thread->quit();
    m_thread->wait();
}

bool DemoServerThread::start(quint64 seed, qint64 sessions, quint16 port, QString *error, int listLatencyMs,
                             Scheduling scheduling)
{
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(u"demo-server"_s);
    m_thread->start();
    QObject context;
    context.moveToThread(m_thread.get());
    bool ok = false;
    QMetaObject::invokeMethod(&context, [&] {
        // See Scheduling; the measurements behind both are in docs/performance.md.
        if (scheduling == Scheduling::Idle)
            makeIdleThread();
        else
            makeBackgroundThread();
        m_server = new DemoServer(seed, sessions, DemoServer::defaultReferenceTime());
        m_server->setListLatency(listLatencyMs);
        ok = m_server->listen(port) != 0;
        m_info = m_server->info();
    }, Qt::BlockingQueuedConnection);
    if (!ok && error)
        *error = QObject::tr("The demo server could not listen on 127.0.0.1:%1.").arg(port);
    return ok;
}
