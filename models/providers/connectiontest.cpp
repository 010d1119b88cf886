// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectiontest.h"

#include "net/httpclient.h"
#include "providers/jsonutil.h"
#include "providers/rocketchat/rocketchatclient.h"
#include "providers/rocketchat/rocketchatparser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPointer>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionTest)
};

using Result = ConnectionTestResult;

Result failure(const QString &server, const HttpResult &http)
{
    Result r;
    if (http.status != HttpResult::Status::Ok) {
        r.message = http.error;
        return r;
    }
    if (http.httpStatus == 401 || http.httpStatus == 403) {
        r.status = Result::Status::AuthenticationFailed;
        r.message = Text::tr("%1 rejected the credentials (HTTP %2); check the API key or sign in again.").arg(server).arg(http.httpStatus);
        return r;
    }
    const std::string_view body(http.body.constData(), size_t(http.body.size()));
    r.message = JsonUtil::httpAnswer(server, http.httpStatus, body);
    return r;
}

/// Runs one request, then hands the result to next; owns the HttpClient for that time.
void request(const Connection &c, QNetworkAccessManager *nam, QObject *context, QNetworkRequest req, const QByteArray &verb,
             const QByteArray &body, std::function<void(const HttpResult &)> next)
{
    auto *http = new HttpClient(nam, c.policy, context);
    req.setRawHeader("Accept", "application/json");
    if (!body.isNull())
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    http->send(req, verb, body, [http, next = std::move(next)](const HttpResult &result) {
        http->deleteLater();
        next(result);
    }, HttpClient::Retry::ReadOnly); // connection tests only read
}

QNetworkRequest bearer(const Connection &c, const QString &path, const QByteArray &scheme = "Bearer ")
{
    QNetworkRequest req(HttpClient::endpoint(c.baseUrl, path));
    req.setRawHeader("Authorization", scheme + c.secret.toUtf8());
    return req;
}

void testRocketChat(const Connection &c, QNetworkAccessManager *nam, QObject *context, ConnectionTest::Callback done)
{
    QUrl url = HttpClient::endpoint(c.baseUrl, c.allUsers ? u"/api/v1/sessions/list.all"_s : u"/api/v1/sessions/list"_s);
    url.setQuery(u"count=1"_s);
    QNetworkRequest req(url);
    req.setRawHeader("X-User-Id", c.userId.toUtf8());
    req.setRawHeader("X-Auth-Token", c.secret.toUtf8());
    request(c, nam, context, req, "GET", {}, [done, server = c.displayName()](const HttpResult &http) {
        Result r;
        if (http.status != HttpResult::Status::Ok) {
            r.message = http.error;
            return done(r);
        }
        if (http.httpStatus != 200) {
            r.status = http.httpStatus == 401 ? Result::Status::AuthenticationFailed : Result::Status::Failed;
            r.message = RocketChatClient::describeHttpError(server, http);
            return done(r);
        }
        const auto page = RocketChatParser::parseSessionsPage(std::string_view(http.body.constData(), size_t(http.body.size())));
        if (!page.ok) {
            r.message = Text::tr("%1: %2").arg(server, page.error);
            return done(r);
        }
        r.status = Result::Status::Ok;
        r.message = page.total >= 0 ? Text::tr("Connected to %1. Sessions: %2.").arg(server, QLocale().toString(page.total))
                                    : Text::tr("Connected to %1.").arg(server);
        done(r);
    });
}

void testOpenReplayV1(const Connection &c, QNetworkAccessManager *nam, QObject *context, ConnectionTest::Callback done)
{
    if (c.projectKey.isEmpty()) {
        Result r;
        r.message = Text::tr("OpenReplay API v1 needs the project key to test the connection.");
        return done(r);
    }
    QNetworkRequest req = bearer(c, u"/api/v1/%1/users/sessiondesk-connection-test/sessions"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(c.projectKey))), {});
    QUrl url = req.url();
    url.setQuery(u"start_date=0&end_date=1"_s);
    req.setUrl(url);
    request(c, nam, context, req, "GET", {}, [done, server = c.displayName()](const HttpResult &http) {
        if (http.status != HttpResult::Status::Ok || http.httpStatus != 200)
            return done(failure(server, http));
        Result r;
        r.status = Result::Status::Ok;
        r.openReplayApi = 1;
        r.message = Text::tr("Connected to %1 (OpenReplay API v1).").arg(server);
        done(r);
    });
}

void testOpenReplay(const Connection &c, QNetworkAccessManager *nam, QObject *context, ConnectionTest::Callback done)
{
    if (c.openReplayApi == 1)
        return testOpenReplayV1(c, nam, context, std::move(done));
    QPointer<QObject> guard(context);
    request(c, nam, context, bearer(c, u"/public/projects"_s), "GET", {}, [=](const HttpResult &http) {
        if (http.status == HttpResult::Status::Ok && http.httpStatus == 404 && c.openReplayApi == 0 && guard)
            return testOpenReplayV1(c, nam, guard, done); // an older server: try v1
        if (http.status != HttpResult::Status::Ok || http.httpStatus != 200)
            return done(failure(c.displayName(), http));
        const QJsonArray projects = QJsonDocument::fromJson(http.body).object().value(u"data"_s).toArray();
        Result r;
        r.status = Result::Status::Ok;
        r.openReplayApi = 2;
        r.message = Text::tr("Connected to %1 (OpenReplay API v2). Projects: %2.").arg(c.displayName(), QLocale().toString(projects.size()));
        done(r);
    });
}

void testSeam(const Connection &c, QNetworkAccessManager *nam, QObject *context, ConnectionTest::Callback done)
{
    request(c, nam, context, bearer(c, u"/workspaces/get"_s), "POST", "{}", [done, server = c.displayName()](const HttpResult &http) {
        if (http.status != HttpResult::Status::Ok || http.httpStatus != 200)
            return done(failure(server, http));
        const QString name = QJsonDocument::fromJson(http.body).object().value(u"workspace"_s).toObject().value(u"name"_s).toString();
        Result r;
        r.status = Result::Status::Ok;
        r.message = name.isEmpty() ? Text::tr("Connected to %1.").arg(server)
                                   : Text::tr("Connected to %1: workspace \"%2\".").arg(server, name);
        done(r);
    });
}

} // namespace

namespace ConnectionTest {

void run(const Connection &connection, QNetworkAccessManager *nam, QObject *context, Callback done)
{
    switch (connection.kind) {
    case ServerKind::RocketChat:
        return testRocketChat(connection, nam, context, std::move(done));
    case ServerKind::OpenReplay:
        return testOpenReplay(connection, nam, context, std::move(done));
    case ServerKind::Seam:
        return testSeam(connection, nam, context, std::move(done));
    }
}

} // namespace ConnectionTest
