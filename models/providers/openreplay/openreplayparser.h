// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/sessionspage.h"

#include <QList>
#include <QString>
#include <QUrl>

#include <string_view>

/**
 * Pure parsing of OpenReplay's public API: bytes in, sessions or error out. No network,
 * no globals, safe on any input (fuzzed).
 *  - v1 (servers up to 1.26): GET /api/v1/{projectKey}/users/{userId}/sessions →
 *    {"data":[{sessionId, userId, userOs, userBrowser, userCountry, startTs, duration, …}]}
 *  - v2: POST /public/{projectKey}/users/{userId}/sessions →
 *    {"data":{"total":N,"sessions":[{sessionId, eventsCount, startTs, endTs, …}] or null}}
 * Session ids may be numbers or strings; every field but the id is optional.
 * Mapped to columns: browser → Device, OS → Operating system, country (and city) →
 * IP / location, start → Signed in, duration and counts → Details.
 */
namespace OpenReplayParser {

/// user is the end user the sessions were asked for; it fills the User column where an
/// item does not name its user (v2 items never do).
SessionsPage parseSessionsV1(std::string_view body, std::string_view user = {}, bool keepRaw = false);
SessionsPage parseSessionsV2(std::string_view body, std::string_view user = {}, bool keepRaw = false);

struct Project
{
    QString key;
    QString name;
    qint64 id = -1;
};
/// GET /public/projects → {"data":[{projectKey, name, projectId}]}; false with an error.
bool parseProjects(std::string_view body, QList<Project> *projects, QString *error);

struct User
{
    QString id;    ///< $user_id, as set with tracker.setUserID
    QString email;
    QString name;
};
/// POST /public/{projectKey}/users → {"data":{"total":N,"users":[{"$user_id","$email","$name",…}]}}.
bool parseUsers(std::string_view body, QList<User> *users, qint64 *total, QString *error);

/// The dashboard address that shows a recording, derived from the API base URL:
/// https://api.openreplay.com/v2 → https://app.openreplay.com, https://HOST/v2/api (or a v1
/// https://HOST) → https://HOST; then {site}/{projectId}/session/{sessionId}.
QUrl replayUrl(const QUrl &apiBase, qint64 projectId, const QString &sessionId);

/// "1:02:03" for a duration in ms (hours unbounded); empty for a negative duration.
std::string formatDuration(qint64 ms);

}
