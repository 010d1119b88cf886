// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection.h"
#include "demodata.h"

#include <QHash>
#include <QSet>
#include <QStringList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <atomic>
#include <memory>
#include <vector>

class QHttpServer;
class QHttpServerResponse;
class QThread;
class QThreadPool;
template<typename T>
class QFuture;

/// How to reach a running demo server (printed as one JSON line by the CLI).
struct DemoServerInfo
{
    quint16 port = 0;
    QUrl rocketChatUrl;
    QString rocketChatUserId;
    QString rocketChatToken;
    qint64 sessions = 0;
    QUrl openReplayUrl;      ///< v2 base; v1 lives at openReplayV1Url
    QUrl openReplayV1Url;
    QString openReplayProjectKey;
    QString openReplayKey;
    QStringList openReplayUsers;
    QUrl seamUrl;
    QString seamKey;

    // Demo sign-in (POST /api/v1/login): a user without and a user with two-factor authentication.
    static constexpr auto kLoginUser = "demo";
    static constexpr auto kTwoFactorUser = "admin";
    static constexpr auto kPassword = "demo";
    static constexpr auto kTwoFactorCode = "123456";

    /// Connections to this server's three APIs, credentials included (in memory only).
    Connection rocketChatConnection(bool allUsers = false) const;
    Connection openReplayConnection(const QStringList &users) const; ///< API v2
    Connection seamConnection() const;

    /// {"rocketchat":{"url":…,"userId":…,"token":…,"login":{…}},"sessions":N}
    QByteArray toJsonLine() const;
};

/**
 * SessionDesk's embedded demo server on 127.0.0.1: speaks Rocket.Chat's Device
 * Management API (GET /api/v1/sessions/list) over generated DemoData, enforcing the
 * auth headers and Rocket.Chat's count limit of 100, and Rocket.Chat's sign-in
 * (POST /api/v1/login with a two-factor user, POST /api/v1/logout). Every sign-in issues
 * a new token; signing out revokes it. GET sessions/list.all adds `_user`; POST
 * sessions/logout.me and sessions/logout (the latter with two-factor headers) revoke
 * sessions, which then vanish from the lists. Lives in the thread that creates it.
 */
class DemoServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoServer)

public:
    DemoServer(quint64 seed, qint64 sessions, qint64 referenceTimeMs, QObject *parent = nullptr);
    ~DemoServer() override;

    /// Listens on 127.0.0.1; port 0 picks a free port. Returns 0 on failure.
    quint16 listen(quint16 port = 0);
    DemoServerInfo info() const;
    const DemoData &data() const { return m_data; }
    qint64 requestCount() const { return m_requests.load(); }
    /// Holds every session list page back for ms milliseconds, as a distant server would,
    /// without blocking other requests (0, the default, answers at once).
    void setListLatency(int ms) { m_listLatencyMs = ms; }

    /// Reference time used when none is given: the start of the current hour, so a demo
    /// looks current while two servers started in the same hour serve identical data.
    static qint64 defaultReferenceTime();

    // OpenReplay and Seam demo APIs (demoextra.cpp)
    static QStringList openReplayUsers();
    static int openReplaySessionCount(int user);
    QString openReplayProjectKey() const { return u"demo-project"_qs; }
    QString openReplayKey() const;
    QString seamKey() const;
    static constexpr int kSeamSessions = 40;

private:
    void setupRoutes();
    void setupOpenReplayRoutes();
    void setupSeamRoutes();
    class QJsonObject openReplaySession(int user, int index, bool full) const;
    class QJsonObject seamSession(int index) const;
    void setupLoginRoutes();
    void setupRevokeRoutes();
    QHttpServerResponse listSessions(const class QHttpServerRequest &request, bool withUser);
    QFuture<QHttpServerResponse> afterListLatency(QHttpServerResponse &&response);
    /// The index of the offset-th session that was not revoked.
    qint64 liveIndex(qint64 offset) const;
    /// The user id a request's X-User-Id/X-Auth-Token pair signs in, or empty.
    QByteArray authorizedUser(const class QHttpServerRequest &request) const;

    DemoData m_data;
    qint64 m_referenceTimeMs = 0;
    QHash<QByteArray, QByteArray> m_tokens; ///< auth token -> user id
    std::vector<qint64> m_revoked;          ///< sorted indexes of revoked sessions
    quint64 m_issuedTokens = 0;
    QSet<int> m_deletedOpenReplayUsers;
    QSet<int> m_goneSeamSessions;
    std::unique_ptr<QHttpServer> m_server;
    quint16 m_port = 0;
    std::atomic<qint64> m_requests{0};
    int m_listLatencyMs = 0;
    std::unique_ptr<QThreadPool> m_latencyPool;
};

/**
 * Runs a DemoServer on its own thread so that it never competes with the GUI's event
 * loop. start() returns once the server listens.
 */
class DemoServerThread final
{
public:
    DemoServerThread();
    ~DemoServerThread();
    Q_DISABLE_COPY_MOVE(DemoServerThread)

    /// How the server's thread competes for the processor.
    enum class Scheduling {
        /// SCHED_BATCH (makeBackgroundThread()): a fair share, without preempting the
        /// threads that wake it. For the interactive demo: it keeps serving while other
        /// programs keep the processor busy.
        Background,
        /// SCHED_IDLE (makeIdleThread()): only time SessionDesk's threads leave, as a server
        /// on another machine would take. For the benchmark, which measures SessionDesk's
        /// GUI thread while a million rows stream in; on a busy machine it starves.
        Idle,
    };

    /// Returns false (with error) when the server could not listen.
    bool start(quint64 seed, qint64 sessions, quint16 port, QString *error, int listLatencyMs = 0,
               Scheduling scheduling = Scheduling::Background);
    DemoServerInfo info() const { return m_info; }

private:
    std::unique_ptr<QThread> m_thread;
    DemoServer *m_server = nullptr;
    DemoServerInfo m_info;
};
