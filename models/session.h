// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

#include <cstdint>
#include <limits>
#include <vector>

/// Epoch milliseconds; kMissingTime marks a time the server did not send.
inline constexpr qint64 kMissingTime = std::numeric_limits<qint64>::min();

/**
 * One session as a plain value. The table keeps many sessions in SessionStore's
 * compact columns; a Session is materialized on demand (details, actions, tests).
 * No field ever holds a secret.
 */
struct Session
{
    QString id;              ///< the document id (Rocket.Chat `_id`)
    QString sessionId;
    QString userId;
    QString userName;        ///< login name when the server sends it
    QString deviceType;      ///< raw, e.g. "browser", "mobile-app"
    QString deviceName;      ///< e.g. "Chrome", "Rocket.Chat"
    QString deviceVersion;
    QString deviceLongVersion;
    QString osName;
    QString osVersion;
    QString host;
    QString ip;              ///< IP address, or a location when the server sends no address
    QString details;         ///< kind-specific summary (duration, counts)
    qint64 loginAt = kMissingTime;
    qint64 endedAt = kMissingTime; ///< when the session ended (OpenReplay), if known
    QString server;          ///< the server it came from, in a view that merges several (else empty)

    friend bool operator==(const Session &, const Session &) = default;
};
Q_DECLARE_METATYPE(Session)

/// The table's columns. Keys (camelCase) are the stable names used by CSV/JSON and the CLI.
enum class SessionColumn : int {
    SessionId,
    User,
    UserName,
    Device,
    ClientType,
    Os,
    Ip,
    Host,
    StartedAt,
    EndedAt,
    Details,
    Server, ///< the server a row came from, in a view that merges several
    Count ///< sentinel
};

inline constexpr int kSessionColumnCount = static_cast<int>(SessionColumn::Count);

namespace SessionColumns {
/// Stable machine key, e.g. "startedAt". Never translated.
QString key(SessionColumn column);
/// Translated header title.
QString title(SessionColumn column);
/// Parses a key (case-insensitive); returns false for unknown keys.
bool fromKey(QStringView key, SessionColumn *column);
bool isTime(SessionColumn column);
/// Every column a server fills, in enum order (the default for exports and the filter):
/// all but Server, which only a merged view fills.
std::vector<SessionColumn> all();
}

namespace SessionFormat {
/// "browser" -> "Browser", "mobile-app" -> "Mobile app", unknown values unchanged.
QString clientType(QStringView rawType);
/// "Chrome 113.0.0"; empty parts are skipped.
QString device(QStringView name, QStringView version);
/// "Windows 10"
QString os(QStringView name, QStringView version);
/// Local time for display, "2023-05-23 18:33:45"; empty for kMissingTime.
QString localTime(qint64 epochMs);
/// ISO 8601 UTC with milliseconds, "2023-05-23T16:33:45.202Z"; empty for kMissingTime.
QString isoUtc(qint64 epochMs);
/// Parses the ISO 8601 forms servers emit (Z or offset, optional fraction). kMissingTime on failure.
qint64 parseIsoTime(std::string_view text);
}
