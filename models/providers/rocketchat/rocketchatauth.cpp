// SPDX-License-Identifier: GPL-3.0-or-later
#include "rocketchatauth.h"

#include "net/httpclient.h"
#include "providers/jsonutil.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

RocketChatAuth::RocketChatAuth(const Connection &connection, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_http(new HttpClient(nam, connection.policy, this))
{
}

RocketChatAuth::~RocketChatAuth() = default;

void RocketChatAuth::login(const QString &user, const QString &password, const QString &code, LoginCallback done)
{
    QJsonObject body{{u"user"_s, user}, {u"password"_s, password}};
    if (!code.isEmpty())
        body.insert(u"code"_s, code);
    QNetworkRequest request(HttpClient::endpoint(m_connection.baseUrl, u"/api/v1/login"_s));
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    m_http->send(request, "POST", QJsonDocument(body).toJson(QJsonDocument::Compact),
                 [done = std::move(done), server = m_connection.displayName()](const HttpResult &result) {
                     if (result.status != HttpResult::Status::Ok) {
                         RocketChatParser::LoginResult failed;
                         failed.message = result.error;
                         return done(failed);
                     }
                     RocketChatParser::LoginResult parsed = RocketChatParser::parseLogin(
                         result.httpStatus, std::string_view(result.body.constData(), size_t(result.body.size())));
                     if (parsed.outcome == RocketChatParser::LoginResult::Outcome::Failed && result.httpStatus == 404)
                         parsed.message = tr("%1 has no Rocket.Chat sign-in at this address (HTTP 404); check the server URL.").arg(server);
                     done(parsed);
                 });
}

void RocketChatAuth::logout(LogoutCallback done)
{
    QNetworkRequest request(HttpClient::endpoint(m_connection.baseUrl, u"/api/v1/logout"_s));
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("X-User-Id", m_connection.userId.toUtf8());
    request.setRawHeader("X-Auth-Token", m_connection.secret.toUtf8());
    m_http->send(request, "POST", {}, [done = std::move(done), server = m_connection.displayName()](const HttpResult &result) {
        if (result.status != HttpResult::Status::Ok)
            return done(false, result.error);
        // 401: the token was no longer valid, so the session is gone either way.
        if (result.httpStatus == 200 || result.httpStatus == 401)
            return done(true, {});
        done(false, tr("%1 did not sign out (HTTP %2)%3")
                        .arg(server)
                        .arg(result.httpStatus)
                        .arg(JsonUtil::errorSuffix(std::string_view(result.body.constData(), size_t(result.body.size())))));
    });
}

void RocketChatAuth::abort()
{
    m_http->abortAll();
}
