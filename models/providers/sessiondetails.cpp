// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessiondetails.h"

#include "net/httpclient.h"
#include "providers/jsonutil.h"
#include "providers/rocketchat/rocketchatclient.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SessionDetails)
};
} // namespace

namespace SessionDetails {

bool supported(ServerKind kind)
{
    return kind == ServerKind::RocketChat || kind == ServerKind::Seam;
}

void fetch(const Connection &c, const QString &sessionId, QNetworkAccessManager *nam, QObject *context, Callback done)
{
    if (!supported(c.kind)) {
        done({}, Text::tr("OpenReplay's public API has no call for a single session; the listed fields are all there is."));
        return;
    }
    QNetworkRequest request;
    QByteArray verb = "GET";
    QByteArray body;
    request.setRawHeader("Accept", "application/json");
    if (c.kind == ServerKind::RocketChat) {
        QUrl url = HttpClient::endpoint(c.baseUrl, c.allUsers ? u"/api/v1/sessions/info.admin"_s : u"/api/v1/sessions/info"_s);
        QUrlQuery query;
        query.addQueryItem(u"sessionId"_s, sessionId);
        url.setQuery(query);
        request.setUrl(url);
        request.setRawHeader("X-User-Id", c.userId.toUtf8());
        request.setRawHeader("X-Auth-Token", c.secret.toUtf8());
    } else {
        request.setUrl(HttpClient::endpoint(c.baseUrl, u"/client_sessions/get"_s));
        request.setRawHeader("Authorization", "Bearer " + c.secret.toUtf8());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        verb = "POST";
        body = QJsonDocument(QJsonObject{{u"client_session_id"_s, sessionId}}).toJson(QJsonDocument::Compact);
    }
    auto *http = new HttpClient(nam, c.policy, context);
    http->send(request, verb, body, [http, done = std::move(done), c](const HttpResult &result) {
        http->deleteLater();
        if (result.status != HttpResult::Status::Ok)
            return done({}, result.error);
        const std::string_view text(result.body.constData(), size_t(result.body.size()));
        if (result.httpStatus == 404)
            return done({}, Text::tr("%1 no longer knows this session.").arg(c.displayName()));
        if (result.httpStatus != 200) {
            return done({}, c.kind == ServerKind::RocketChat ? RocketChatClient::describeHttpError(c.displayName(), result)
                                                             : JsonUtil::httpAnswer(c.displayName(), result.httpStatus, text));
        }
        simdjson::dom::parser parser;
        simdjson::dom::element root;
        QString error;
        if (!JsonUtil::parseObject(parser, text, &root, &error))
            return done({}, error);
        const std::string raw = JsonUtil::rawJson(root, {"token"}); // never show a live credential
        done(QString::fromUtf8(QJsonDocument::fromJson(QByteArray::fromStdString(raw)).toJson(QJsonDocument::Indented)), {});
    }, HttpClient::Retry::ReadOnly);
}

} // namespace SessionDetails
