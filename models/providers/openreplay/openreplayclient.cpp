// SPDX-License-Identifier: GPL-3.0-or-later
#include "openreplayclient.h"

#include "auditlog.h"
#include "net/httpclient.h"
#include "providers/jsonutil.h"
#include "providers/openreplay/openreplayparser.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {
QString pathPart(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}
} // namespace

OpenReplayClient::OpenReplayClient(const Connection &connection, QNetworkAccessManager *nam, QObject *parent)
    : SessionProvider(parent)
    , m_connection(connection)
    , m_http(new HttpClient(nam, connection.policy, this))
{
}

OpenReplayClient::~OpenReplayClient() = default;

void OpenReplayClient::fetch()
{
    if (m_fetching)
        cancel();
    m_result = FetchResult();
    m_fetching = true;
    m_api = m_connection.openReplayApi;
    m_userIndex = 0;
    m_page = 1;
    m_until = m_connection.untilMs > 0 ? m_connection.untilMs : QDateTime::currentMSecsSinceEpoch();
    m_since = m_connection.sinceMs > 0 ? m_connection.sinceMs : m_until - qint64(m_connection.rangeDays) * 86'400'000;
    QString problem;
    FetchResult::Status status = FetchResult::Status::Failed;
    if (m_connection.secret.isEmpty()) {
        problem = tr("OpenReplay needs the organization API key.");
        status = FetchResult::Status::AuthenticationFailed;
    } else if (m_connection.projectKey.isEmpty()) {
        problem = tr("OpenReplay needs the project key (--project-key, or in the profile).");
    } else if (m_connection.users.isEmpty()) {
        problem = tr("OpenReplay lists sessions per end user: name at least one user id (--user ID, or in the profile).");
    } else if (m_since >= m_until) {
        problem = tr("The date range is empty: the start must come before the end.");
    }
    if (!problem.isEmpty()) {
        QMetaObject::invokeMethod(this, [this, status, problem] { finish(status, problem); }, Qt::QueuedConnection);
        return;
    }
    requestNext();
}

void OpenReplayClient::cancel()
{
    if (m_fetching)
        finish(FetchResult::Status::Canceled, tr("Canceled."));
}

void OpenReplayClient::requestNext()
{
    const QString user = m_connection.users.at(m_userIndex);
    QNetworkRequest request;
    request.setRawHeader("Accept", "application/json");
    if (m_api == 1) {
        QUrl url = HttpClient::endpoint(m_connection.baseUrl,
                                        u"/api/v1/%1/users/%2/sessions"_s.arg(pathPart(m_connection.projectKey), pathPart(user)));
        QUrlQuery query;
        query.addQueryItem(u"start_date"_s, QString::number(m_since));
        query.addQueryItem(u"end_date"_s, QString::number(m_until));
        url.setQuery(query);
        request.setUrl(url);
        request.setRawHeader("Authorization", m_connection.secret.toUtf8());
        m_http->send(request, "GET", {}, [this](const HttpResult &r) { onReply(r); });
        return;
    }
    request.setUrl(HttpClient::endpoint(m_connection.baseUrl,
                                        u"/public/%1/users/%2/sessions"_s.arg(pathPart(m_connection.projectKey), pathPart(user))));
    request.setRawHeader("Authorization", "Bearer " + m_connection.secret.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    const QJsonObject body{{u"startTimestamp"_s, m_since}, {u"endTimestamp"_s, m_until}, {u"limit"_s, kPageSize},
                           {u"page"_s, m_page}, {u"sortOrder"_s, u"desc"_s}};
    m_http->send(request, "POST", QJsonDocument(body).toJson(QJsonDocument::Compact), [this](const HttpResult &r) { onReply(r); },
                 HttpClient::Retry::ReadOnly); // a search: the same answer however often it is asked
}

void OpenReplayClient::onReply(const HttpResult &result)
{
    if (!m_fetching || result.status == HttpResult::Status::Canceled)
        return;
    if (result.status != HttpResult::Status::Ok)
        return finish(FetchResult::Status::Failed, result.error);
    if (result.httpStatus == 404 && m_api == 0) {
        m_api = 1; // no v2 here: an OpenReplay 1.26 or older
        return requestNext();
    }
    if (result.httpStatus != 200)
        return finish(result.httpStatus == 401 || result.httpStatus == 403 ? FetchResult::Status::AuthenticationFailed
                                                                          : FetchResult::Status::Failed,
                      describeHttpError(result));
    if (m_api == 0)
        m_api = 2;
    const std::string_view body(result.body.constData(), size_t(result.body.size()));
    const QString user = m_connection.users.at(m_userIndex);
    const QByteArray userBytes = user.toUtf8();
    const std::string_view userView(userBytes.constData(), size_t(userBytes.size()));
    const bool keepRaw = m_connection.keepServerFields;
    const SessionsPage page = m_api == 1 ? OpenReplayParser::parseSessionsV1(body, userView, keepRaw)
                                         : OpenReplayParser::parseSessionsV2(body, userView, keepRaw);
    if (!page.ok)
        return finish(FetchResult::Status::Failed, tr("%1 (sessions of %2): %3").arg(m_connection.displayName(), user, page.error));
    m_result.invalidItems += page.invalidItems;
    m_result.sessions += page.sessions.size();
    if (!page.sessions.isEmpty())
        emit batchReady(page.sessions);
    if (!m_fetching)
        return;
    emit progress(m_result.sessions, -1);

    bool userDone = true;
    if (m_api == 2) {
        const bool more = page.sessions.size() >= kPageSize && (page.total < 0 || qint64(m_page) * kPageSize < page.total);
        if (more && qint64(m_page) * kPageSize >= m_connection.policy.maxRowsPerFetch)
            return finish(FetchResult::Status::Failed, tr("%1 has more sessions of %2 than the limit of %3 per fetch.")
                                                           .arg(m_connection.displayName(), user)
                                                           .arg(m_connection.policy.maxRowsPerFetch));
        userDone = !more;
    } else if (page.sessions.size() >= kV1Limit) {
        m_result.notes.append(tr("OpenReplay API v1 returns at most %1 sessions per user; %2 may have more: narrow the date range.")
                                  .arg(kV1Limit)
                                  .arg(user));
    }
    if (!userDone) {
        ++m_page;
        return requestNext();
    }
    m_page = 1;
    if (++m_userIndex < m_connection.users.size())
        return requestNext();
    finish(FetchResult::Status::Ok);
}

QString OpenReplayClient::describeHttpError(const HttpResult &result) const
{
    const std::string_view body(result.body.constData(), size_t(result.body.size()));
    const QString server = m_connection.displayName();
    if (result.httpStatus == 401 || result.httpStatus == 403)
        return tr("%1 rejected the API key or the project key (HTTP %2); check both in the profile.").arg(server).arg(result.httpStatus);
    if (result.httpStatus == 404)
        return tr("%1 has no OpenReplay API at this address (HTTP 404); check the URL (self-hosted v2: https://HOST/v2/api).").arg(server);
    if (result.httpStatus == 429)
        return tr("%1 is rate limiting requests (HTTP 429); try again later.").arg(server);
    return JsonUtil::httpAnswer(server, result.httpStatus, body);
}

AuditEntry OpenReplayClient::DeleteResult::auditEntry(const Connection &connection, const QString &profile, const QString &userId) const
{
    AuditEntry e = AuditLog::entry(connection, profile, u"delete-user-data"_s);
    e.userId = userId;
    e.outcome = status == Status::Accepted ? u"accepted"_s : status == Status::AlreadyScheduled ? u"already-scheduled"_s : u"failed"_s;
    if (!succeeded())
        e.reason = message;
    return e;
}

void OpenReplayClient::deleteUserData(const Connection &connection, const QString &userId, QNetworkAccessManager *nam,
                                      QObject *context, std::function<void(const DeleteResult &)> done)
{
    auto *http = new HttpClient(nam, connection.policy, context);
    QNetworkRequest request(HttpClient::endpoint(connection.baseUrl,
                                                 u"/public/%1/users/%2"_s.arg(pathPart(connection.projectKey), pathPart(userId))));
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Authorization", "Bearer " + connection.secret.toUtf8());
    http->send(request, "DELETE", {}, [http, done = std::move(done), connection, userId](const HttpResult &result) {
        http->deleteLater();
        DeleteResult r;
        const QString server = connection.displayName();
        if (result.status != HttpResult::Status::Ok) {
            r.message = result.error;
        } else if (result.httpStatus >= 200 && result.httpStatus < 300) {
            r.status = DeleteResult::Status::Accepted;
            r.message = tr("%1 accepted the deletion of %2's data.").arg(server, userId);
        } else if (result.httpStatus == 409) {
            r.status = DeleteResult::Status::AlreadyScheduled;
            r.message = tr("%1 already has a deletion job for %2.").arg(server, userId);
        } else if (result.httpStatus == 401 || result.httpStatus == 403) {
            r.status = DeleteResult::Status::AuthenticationFailed;
            r.message = tr("%1 rejected the API key or the project key (HTTP %2).").arg(server).arg(result.httpStatus);
        } else if (result.httpStatus == 404 || result.httpStatus == 405) {
            r.message = tr("%1 cannot delete user data (HTTP %2); this needs OpenReplay API v2 (server 1.27 or newer).")
                            .arg(server)
                            .arg(result.httpStatus);
        } else {
            r.message = JsonUtil::httpAnswer(server, result.httpStatus, std::string_view(result.body.constData(), size_t(result.body.size())));
        }
        done(r);
    });
}

namespace {
/// One authenticated v2 request; done gets the body of a 200 answer or an error sentence.
void v2Request(const Connection &c, const QString &path, const QByteArray &verb, const QByteArray &body, QNetworkAccessManager *nam,
               QObject *context, std::function<void(const QByteArray &, const QString &)> done)
{
    auto *http = new HttpClient(nam, c.policy, context);
    QNetworkRequest request(HttpClient::endpoint(c.baseUrl, path));
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Authorization", "Bearer " + c.secret.toUtf8());
    if (!body.isNull())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    // Only look-ups (projects, users) go through here.
    http->send(request, verb, body, [http, done = std::move(done), server = c.displayName()](const HttpResult &result) {
        http->deleteLater();
        if (result.status != HttpResult::Status::Ok)
            return done({}, result.error);
        if (result.httpStatus == 401 || result.httpStatus == 403)
            return done({}, OpenReplayClient::tr("%1 rejected the API key or the project key (HTTP %2).").arg(server).arg(result.httpStatus));
        if (result.httpStatus != 200)
            return done({}, JsonUtil::httpAnswer(server, result.httpStatus, std::string_view(result.body.constData(), size_t(result.body.size()))));
        done(result.body, {});
    }, HttpClient::Retry::ReadOnly);
}
} // namespace

void OpenReplayClient::listProjects(const Connection &connection, QNetworkAccessManager *nam, QObject *context,
                                    std::function<void(const QList<OpenReplayParser::Project> &, const QString &)> done)
{
    v2Request(connection, u"/public/projects"_s, "GET", {}, nam, context, [done](const QByteArray &body, const QString &error) {
        QList<OpenReplayParser::Project> projects;
        QString problem = error;
        if (problem.isEmpty())
            OpenReplayParser::parseProjects(std::string_view(body.constData(), size_t(body.size())), &projects, &problem);
        done(projects, problem);
    });
}

void OpenReplayClient::searchUsers(const Connection &connection, const QString &query, QNetworkAccessManager *nam, QObject *context,
                                   std::function<void(const QList<OpenReplayParser::User> &, const QString &)> done)
{
    const QJsonObject request{{u"query"_s, query.left(100)}, {u"limit"_s, 50}, {u"page"_s, 1}, {u"sortOrder"_s, u"desc"_s}};
    v2Request(connection, u"/public/%1/users"_s.arg(pathPart(connection.projectKey)), "POST",
              QJsonDocument(request).toJson(QJsonDocument::Compact), nam, context, [done](const QByteArray &body, const QString &error) {
        QList<OpenReplayParser::User> users;
        QString problem = error;
        qint64 total = 0;
        if (problem.isEmpty())
            OpenReplayParser::parseUsers(std::string_view(body.constData(), size_t(body.size())), &users, &total, &problem);
        done(users, problem);
    });
}

void OpenReplayClient::finish(FetchResult::Status status, const QString &error)
{
    m_fetching = false;
    m_result.status = status;
    m_result.error = error;
    m_http->abortAll();
    emit finished(m_result);
}
