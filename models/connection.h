// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

/// The server kinds SessionDesk talks to.
enum class ServerKind { RocketChat, OpenReplay, Seam };

namespace ServerKinds {
QString key(ServerKind kind); ///< "rocketchat", "openreplay", "seam"
bool fromKey(QStringView key, ServerKind *kind);
}

/// Limits and transport policy for one server connection.
struct HttpPolicy
{
    int timeoutMs = 30'000;                       ///< no byte received for this long -> error
    int totalTimeoutMs = 300'000;                 ///< whole request
    qint64 maxResponseBytes = 64LL * 1024 * 1024; ///< per response, after decompression
    bool allowInsecureHttp = false;               ///< plain http to a non-loopback host
    int maxParallelRequests = 6;                  ///< pages in flight at once (QNAM opens up to six connections per host)
    qint64 maxRowsPerFetch = 20'000'000;          ///< a larger reported total is refused
    QString caFile;                               ///< extra trusted CA certificates (PEM file)
    QByteArray pinSha256;                         ///< SHA-256 of the server certificate (DER); empty = no pin
};

/// Seam client_sessions/list filters (all optional).
struct SeamFilter
{
    QString userIdentifierKey;
    QString connectWebviewId;
    QString userIdentityId;
    bool withoutUserIdentifierKey = false;
};

/**
 * Everything needed to talk to one server. The secret lives here only in memory, for
 * the duration of a fetch; it is never written to settings, logs or exports.
 */
struct Connection
{
    ServerKind kind = ServerKind::RocketChat;
    QUrl baseUrl;
    QString userId;  ///< Rocket.Chat X-User-Id
    QString secret;  ///< auth token / API key
    HttpPolicy policy;

    bool allUsers = false;  ///< Rocket.Chat: sessions of all users (admin endpoints)
    int openReplayApi = 0;  ///< OpenReplay API version: 1, 2, or 0 = detect
    QString projectKey;     ///< OpenReplay project key
    QStringList users;      ///< OpenReplay: the end users whose sessions to list
    qint64 sinceMs = 0;     ///< OpenReplay date range (epoch ms); 0 = rangeDays before untilMs
    qint64 untilMs = 0;     ///< 0 = now
    int rangeDays = 30;
    QString workspaceId;    ///< Seam workspace (informational; the API key selects it)
    SeamFilter seam;
    bool keepServerFields = false; ///< keep every item's own JSON (CLI --format json)

    /// Display name for status texts: "host:port" (never contains credentials).
    QString displayName() const;

    /// A server URL as an administrator types it: "chat.example.org" means https.
    static QUrl urlFromUserInput(const QString &text);
};
