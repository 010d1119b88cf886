// SPDX-License-Identifier: GPL-3.0-or-later
// The demo server's OpenReplay (v1 and v2) and Seam APIs, over small deterministic data sets.
#include "demoserver.h"

#include "csvwriter.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {

QHttpServerResponse json(int status, const QByteArray &body)
{
    return QHttpServerResponse(body.isEmpty() ? QByteArray("text/plain") : QByteArray("application/json"), body,
                               static_cast<QHttpServerResponse::StatusCode>(status));
}

QHttpServerResponse json(int status, const QJsonObject &body)
{
    return json(status, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

constexpr const char *kBrowsers[] = {"Chrome", "Firefox", "Safari", "Edge"};
constexpr const char *kBrowserVersions[] = {"126.0.6478.126", "128.0", "17.5", "125.0.2535.92"};
constexpr const char *kOses[] = {"Windows", "Mac OS X", "Linux", "iOS", "Android"};
constexpr const char *kCountries[] = {"DE", "FR", "IN", "US", "BR", "JP"};
constexpr const char *kCities[] = {"Berlin", "Lyon", "Pune", "Austin", "Recife", "Osaka"};

} // namespace

QStringList DemoServer::openReplayUsers()
{
    QStringList users;
    for (int u = 0; u < 8; ++u)
        users.append(u"user%1@example.org"_s.arg(u + 1));
    return users;
}

int DemoServer::openReplaySessionCount(int user)
{
    return user == 0 ? 260 : 12 + (user * 37) % 70; // user 1 needs two pages of 200
}

QJsonObject DemoServer::openReplaySession(int user, int index, bool full) const
{
    const quint64 r = DemoData::mix(m_data.seed() * 31 + quint64(user) * 100003 + quint64(index));
    const qint64 start = m_referenceTimeMs - qint64(index) * 5 * 3600 * 1000 - qint64(r % 3'600'000);
    const qint64 duration = 20'000 + qint64((r >> 20) % 2'400'000);
    const qint64 events = 3 + qint64((r >> 8) % 400);
    QJsonObject s{{u"sessionId"_s, QString::number(4813018042986240LL + qint64(user) * 100000 + index)},
                  {u"startTs"_s, start},
                  {u"eventsCount"_s, events}};
    if (!full) {
        s.insert(u"endTs"_s, start + duration);
        return s;
    }
    const int b = int(r % 4), o = int((r >> 4) % 5), c = int((r >> 12) % 6);
    s.insert(u"projectId"_s, 1);
    s.insert(u"userId"_s, openReplayUsers().at(user));
    s.insert(u"userUuid"_s, u"15bd70f6-aedf-4544-8ae6-%1"_s.arg(r % 1000000000000ULL, 12, 10, QLatin1Char('0')));
    s.insert(u"userAgent"_s, u"Mozilla/5.0 (X11) %1/%2"_s.arg(QLatin1StringView(kBrowsers[b]), QLatin1StringView(kBrowserVersions[b])));
    s.insert(u"userOs"_s, QLatin1StringView(kOses[o]));
    s.insert(u"userBrowser"_s, QLatin1StringView(kBrowsers[b]));
    s.insert(u"userDevice"_s, QString());
    s.insert(u"userCountry"_s, QLatin1StringView(kCountries[c]));
    s.insert(u"userCity"_s, QLatin1StringView(kCities[c]));
    s.insert(u"duration"_s, duration);
    s.insert(u"pagesCount"_s, 1 + qint64((r >> 30) % 20));
    s.insert(u"errorsCount"_s, qint64((r >> 40) % 4));
    return s;
}

void DemoServer::setupOpenReplayRoutes()
{
    const QByteArray key = openReplayKey().toUtf8();
    auto userIndex = [](const QString &encoded) { return openReplayUsers().indexOf(QUrl::fromPercentEncoding(encoded.toUtf8())); };
    m_server->route(u"/openreplay/v2/api/public/projects"_s, QHttpServerRequest::Method::Get, [this, key](const QHttpServerRequest &r) {
        ++m_requests;
        if (r.value("Authorization") != "Bearer " + key)
            return json(401, QByteArray()); // OpenReplay answers every auth failure with a bare 401
        return json(200, QJsonObject{{u"data"_s, QJsonArray{QJsonObject{{u"projectId"_s, 1}, {u"projectKey"_s, openReplayProjectKey()},
                                                                        {u"name"_s, u"Demo web shop"_s}}}}});
    });
    m_server->route(u"/openreplay/v2/api/public/<arg>/users/<arg>/sessions"_s, QHttpServerRequest::Method::Post,
                    [this, key, userIndex](const QString &project, const QString &user, const QHttpServerRequest &r) {
        ++m_requests;
        if (r.value("Authorization") != "Bearer " + key || project != openReplayProjectKey())
            return json(401, QByteArray());
        const QJsonObject body = QJsonDocument::fromJson(r.body()).object();
        const qint64 start = body.value(u"startTimestamp"_s).toInteger(-1), end = body.value(u"endTimestamp"_s).toInteger(-1);
        const qint64 limit = body.value(u"limit"_s).toInteger(50), page = body.value(u"page"_s).toInteger(1);
        if (start < 0 || end < 0)
            return json(400, QJsonObject{{u"error"_s, u"startTimestamp and endTimestamp are required"_s}});
        if (limit < 1 || limit > 200 || page < 1)
            return json(400, QJsonObject{{u"error"_s, u"limit must be between 1 and 200"_s}});
        const int u = userIndex(user);
        QJsonArray matching;
        if (u >= 0 && !m_deletedOpenReplayUsers.contains(u)) {
            for (int i = 0; i < openReplaySessionCount(u); ++i) {
                const QJsonObject s = openReplaySession(u, i, false);
                const qint64 t = s.value(u"startTs"_s).toInteger();
                if (t >= start && t <= end)
                    matching.append(s);
            }
        }
        QJsonArray sessions;
        for (qint64 i = (page - 1) * limit; i < std::min<qint64>(matching.size(), page * limit); ++i)
            sessions.append(matching.at(i));
        QJsonObject data{{u"total"_s, matching.size()}};
        data.insert(u"sessions"_s, sessions.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(sessions));
        return json(200, QJsonObject{{u"data"_s, data}});
    });
    m_server->route(u"/openreplay/v2/api/public/<arg>/users"_s, QHttpServerRequest::Method::Post,
                    [this, key](const QString &project, const QHttpServerRequest &r) {
        ++m_requests;
        if (r.value("Authorization") != "Bearer " + key || project != openReplayProjectKey())
            return json(401, QByteArray());
        const QString query = QJsonDocument::fromJson(r.body()).object().value(u"query"_s).toString();
        QJsonArray users;
        const QStringList all = openReplayUsers();
        for (int u = 0; u < all.size(); ++u) {
            if (!query.isEmpty() && !all[u].contains(query, Qt::CaseInsensitive))
                continue;
            users.append(QJsonObject{{u"$user_id"_s, all[u]}, {u"$email"_s, all[u]}, {u"$name"_s, u"Demo user %1"_s.arg(u + 1)},
                                     {u"$created_at"_s, m_referenceTimeMs - 90LL * 86'400'000}});
        }
        return json(200, QJsonObject{{u"data"_s, QJsonObject{{u"total"_s, users.size()}, {u"users"_s, users}}}});
    });
    m_server->route(u"/openreplay/v2/api/public/<arg>/users/<arg>"_s, QHttpServerRequest::Method::Delete,
                    [this, key, userIndex](const QString &project, const QString &user, const QHttpServerRequest &r) {
        ++m_requests;
        if (r.value("Authorization") != "Bearer " + key || project != openReplayProjectKey())
            return json(401, QByteArray());
        const int u = userIndex(user);
        if (u >= 0 && m_deletedOpenReplayUsers.contains(u))
            return json(409, QJsonObject{{u"error"_s, u"A deletion job already exists for this user"_s}});
        if (u >= 0)
            m_deletedOpenReplayUsers.insert(u);
        return json(200, QJsonObject{{u"data"_s, QJsonObject{{u"state"_s, u"scheduled"_s}, {u"userId"_s, QUrl::fromPercentEncoding(user.toUtf8())}}}});
    });
    m_server->route(u"/openreplay/api/v1/<arg>/users/<arg>/sessions"_s, QHttpServerRequest::Method::Get,
                    [this, key, userIndex](const QString &project, const QString &user, const QHttpServerRequest &r) {
        ++m_requests;
        if (r.value("Authorization") != key || project != openReplayProjectKey())
            return json(401, QJsonObject{{u"errors"_s, QJsonArray{u"Unauthorized"_s}}});
        bool okStart = false, okEnd = false;
        const qint64 start = r.query().queryItemValue(u"start_date"_s).toLongLong(&okStart);
        const qint64 end = r.query().queryItemValue(u"end_date"_s).toLongLong(&okEnd);
        QJsonArray data;
        const int u = userIndex(user);
        for (int i = 0; u >= 0 && i < openReplaySessionCount(u) && data.size() < 50; ++i) {
            const QJsonObject s = openReplaySession(u, i, true);
            const qint64 t = s.value(u"startTs"_s).toInteger();
            if ((!okStart || t >= start) && (!okEnd || t <= end))
                data.append(s);
        }
        return json(200, QJsonObject{{u"data"_s, data}});
    });
}

QJsonObject DemoServer::seamSession(int index) const
{
    const quint64 r = DemoData::mix(m_data.seed() * 7919 + quint64(index));
    auto uuid = [](quint64 a) {
        const quint64 b = DemoData::mix(a);
        return u"%1-%2-4%3-a%4-%5"_s.arg(a >> 32, 8, 16, QLatin1Char('0'))
            .arg((a >> 16) & 0xffff, 4, 16, QLatin1Char('0'))
            .arg((a >> 4) & 0xfff, 3, 16, QLatin1Char('0'))
            .arg(b & 0xfff, 3, 16, QLatin1Char('0'))
            .arg(b >> 16, 12, 16, QLatin1Char('0'));
    };
    QJsonArray accounts;
    for (quint64 i = 0; i < 1 + r % 3; ++i)
        accounts.append(uuid(DemoData::mix(r + i + 1)));
    const bool anonymous = index % 9 == 8;
    QJsonObject s{
        {u"client_session_id"_s, uuid(r)},
        {u"workspace_id"_s, u"398d80b7-3f96-47c2-b85a-6f8ba21d07be"_s},
        // A made-up token of the right shape: SessionDesk must never show or export it.
        {u"token"_s, u"seam_cst%1_demo"_s.arg(r % 100000000000ULL)},
        {u"created_at"_s, QDateTime::fromMSecsSinceEpoch(m_referenceTimeMs - qint64(index) * 9 * 3600 * 1000 - qint64(r % 3'000'000), Qt::UTC)
                              .toString(Qt::ISODateWithMs)},
        {u"user_identity_ids"_s, QJsonArray{}},
        {u"third_party_account_ids"_s, accounts},
        {u"connected_account_ids"_s, accounts},
        {u"connect_webview_ids"_s, index % 4 == 0 ? QJsonArray{uuid(DemoData::mix(r ^ 0xABCDEF))} : QJsonArray{}},
        {u"device_count"_s, qint64(1 + (r >> 8) % 12)},
    };
    if (!anonymous)
        s.insert(u"user_identifier_key"_s, u"internal user ID %1"_s.arg(1 + index % 17));
    return s;
}

void DemoServer::setupSeamRoutes()
{
    const QByteArray auth = "Bearer " + seamKey().toUtf8();
    auto unauthorized = [] {
        return json(401, QJsonObject{{u"error"_s, QJsonObject{{u"type"_s, u"unauthorized"_s}, {u"message"_s, u"Unauthorized"_s}}}, {u"ok"_s, false}});
    };
    m_server->route(u"/seam/workspaces/get"_s, QHttpServerRequest::Method::Post, [this, auth, unauthorized](const QHttpServerRequest &r) {
        ++m_requests;
        if (r.value("Authorization") != auth)
            return unauthorized();
        return json(200, QJsonObject{{u"workspace"_s, QJsonObject{{u"workspace_id"_s, u"398d80b7-3f96-47c2-b85a-6f8ba21d07be"_s},
                                                                  {u"name"_s, u"Demo workspace"_s}, {u"is_sandbox"_s, true}}},
                                     {u"ok"_s, true}});
    });
    m_server->route(u"/seam/client_sessions/list"_s, QHttpServerRequest::Method::Post, [this, auth, unauthorized](const QHttpServerRequest &r) {
        ++m_requests;
        if (r.value("Authorization") != auth)
            return unauthorized();
        const QJsonObject filter = QJsonDocument::fromJson(r.body()).object();
        QJsonArray sessions;
        for (int i = 0; i < kSeamSessions; ++i) {
            if (m_goneSeamSessions.contains(i))
                continue;
            const QJsonObject s = seamSession(i);
            auto differs = [&](const QString &key, const QString &field) {
                return filter.contains(key) && s.value(field).toString() != filter.value(key).toString();
            };
            if (differs(u"client_session_id"_s, u"client_session_id"_s) || differs(u"user_identifier_key"_s, u"user_identifier_key"_s))
                continue;
            if (filter.contains(u"connect_webview_id"_s)
                && !s.value(u"connect_webview_ids"_s).toArray().contains(filter.value(u"connect_webview_id"_s)))
                continue;
            if (filter.value(u"without_user_identifier_key"_s).toBool() && s.contains(u"user_identifier_key"_s))
                continue;
            if (filter.contains(u"user_identity_id"_s))
                continue; // the demo has no user identities
            sessions.append(s);
        }
        return json(200, QJsonObject{{u"client_sessions"_s, sessions}, {u"ok"_s, true}});
    });
    auto removal = [this, auth, unauthorized](const QHttpServerRequest &r) {
        ++m_requests;
        if (r.value("Authorization") != auth)
            return unauthorized();
        const QString id = QJsonDocument::fromJson(r.body()).object().value(u"client_session_id"_s).toString();
        for (int i = 0; i < kSeamSessions; ++i) {
            if (!m_goneSeamSessions.contains(i) && seamSession(i).value(u"client_session_id"_s).toString() == id) {
                m_goneSeamSessions.insert(i);
                return json(200, QJsonObject{{u"ok"_s, true}});
            }
        }
        return json(404, QJsonObject{{u"error"_s, QJsonObject{{u"type"_s, u"client_session_not_found"_s}, {u"message"_s, u"Client session not found"_s}}},
                                     {u"ok"_s, false}});
    };
    m_server->route(u"/seam/client_sessions/get"_s, QHttpServerRequest::Method::Post, [this, auth, unauthorized](const QHttpServerRequest &r) {
        ++m_requests;
        if (r.value("Authorization") != auth)
            return unauthorized();
        const QString id = QJsonDocument::fromJson(r.body()).object().value(u"client_session_id"_s).toString();
        for (int i = 0; i < kSeamSessions; ++i) {
            const QJsonObject s = seamSession(i);
            if (!m_goneSeamSessions.contains(i) && s.value(u"client_session_id"_s).toString() == id)
                return json(200, QJsonObject{{u"client_session"_s, s}, {u"ok"_s, true}});
        }
        return json(404, QJsonObject{{u"error"_s, QJsonObject{{u"type"_s, u"client_session_not_found"_s}, {u"message"_s, u"Client session not found"_s}}},
                                     {u"ok"_s, false}});
    });
    m_server->route(u"/seam/client_sessions/revoke"_s, QHttpServerRequest::Method::Post, removal);
    m_server->route(u"/seam/client_sessions/delete"_s, QHttpServerRequest::Method::Post, removal);
}
