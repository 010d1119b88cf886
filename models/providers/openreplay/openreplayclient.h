// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/sessionprovider.h"

#include <functional>

#include "providers/openreplay/openreplayparser.h"

class HttpClient;

struct HttpResult;

/**
 * OpenReplay client: the recorded sessions of one or more end users of a project, merged
 * into one table. v2 (`Authorization: Bearer`): POST /public/{projectKey}/users/{userId}/sessions
 * with the date range the API requires, 200 per page until `total`; v1 (servers up to 1.26,
 * `Authorization: <key>`): GET /api/v1/{projectKey}/users/{userId}/sessions?start_date&end_date.
 * With API version "detect", a 404 from v2 switches to v1 for the rest of the fetch.
 */
class OpenReplayClient final : public SessionProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenReplayClient)

public:
    static constexpr int kPageSize = 200;
    static constexpr int kV1Limit = 50; ///< v1 answers at most this many sessions

    OpenReplayClient(const Connection &connection, QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~OpenReplayClient() override;

    void fetch() override;
    void cancel() override;
    bool isFetching() const override { return m_fetching; }

    /// Asks OpenReplay (v2) to delete everything recorded about userId:
    /// DELETE /public/{projectKey}/users/{userId}. 409 means a deletion job already exists.
    struct DeleteResult
    {
        enum class Status { Accepted, AlreadyScheduled, AuthenticationFailed, Failed };
        Status status = Status::Failed;
        QString message;

        bool succeeded() const { return status == Status::Accepted || status == Status::AlreadyScheduled; }
        /// The audit record of this outcome for userId.
        struct AuditEntry auditEntry(const Connection &connection, const QString &profile, const QString &userId) const;
    };
    static void deleteUserData(const Connection &connection, const QString &userId, QNetworkAccessManager *nam,
                               QObject *context, std::function<void(const DeleteResult &)> done);

    /// GET /public/projects (v2).
    static void listProjects(const Connection &connection, QNetworkAccessManager *nam, QObject *context,
                             std::function<void(const QList<OpenReplayParser::Project> &, const QString &error)> done);
    /// POST /public/{projectKey}/users {query} (v2): the first 50 matching end users.
    static void searchUsers(const Connection &connection, const QString &query, QNetworkAccessManager *nam, QObject *context,
                            std::function<void(const QList<OpenReplayParser::User> &, const QString &error)> done);

    /// The API version used by the last fetch (1 or 2; 0 before the first answer).
    int apiVersion() const { return m_api; }

private:
    void requestNext();
    void onReply(const HttpResult &result);
    void finish(FetchResult::Status status, const QString &error = {});
    QString describeHttpError(const HttpResult &result) const;

    Connection m_connection;
    HttpClient *m_http;
    bool m_fetching = false;
    int m_api = 0;
    int m_userIndex = 0;
    int m_page = 1;
    qint64 m_since = 0;
    qint64 m_until = 0;
    FetchResult m_result;
};
