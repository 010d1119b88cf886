// SPDX-License-Identifier: GPL-3.0-or-later
#include "seamclient.h"

#include "net/httpclient.h"
#include "providers/jsonutil.h"
#include "providers/seam/seamparser.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

SeamClient::SeamClient(const Connection &connection, QNetworkAccessManager *nam, QObject *parent)
    : SessionProvider(parent)
    , m_connection(connection)
    , m_http(new HttpClient(nam, connection.policy, this))
{
}

SeamClient::~SeamClient() = default;

QByteArray SeamClient::listBody(const SeamFilter &filter)
{
    QJsonObject body;
    if (!filter.userIdentifierKey.isEmpty())
        body.insert(u"user_identifier_key"_s, filter.userIdentifierKey);
    if (!filter.connectWebviewId.isEmpty())
        body.insert(u"connect_webview_id"_s, filter.connectWebviewId);
    if (!filter.userIdentityId.isEmpty())
        body.insert(u"user_identity_id"_s, filter.userIdentityId);
    if (filter.withoutUserIdentifierKey)
        body.insert(u"without_user_identifier_key"_s, true);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

void SeamClient::fetch()
{
    if (m_fetching)
        cancel();
    m_result = FetchResult();
    m_fetching = true;
    if (m_connection.secret.isEmpty()) {
        QMetaObject::invokeMethod(this, [this] {
            finish(FetchResult::Status::AuthenticationFailed, tr("Seam needs an API key."));
        }, Qt::QueuedConnection);
        return;
    }
    QNetworkRequest request(HttpClient::endpoint(m_connection.baseUrl, u"/client_sessions/list"_s));
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Authorization", "Bearer " + m_connection.secret.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    m_http->send(request, "POST", listBody(m_connection.seam), [this](const HttpResult &r) { onReply(r); },
                 HttpClient::Retry::ReadOnly); // Seam reads through POST too
}

void SeamClient::cancel()
{
    if (m_fetching)
        finish(FetchResult::Status::Canceled, tr("Canceled."));
}

void SeamClient::onReply(const HttpResult &result)
{
    if (!m_fetching || result.status == HttpResult::Status::Canceled)
        return;
    if (result.status != HttpResult::Status::Ok)
        return finish(FetchResult::Status::Failed, result.error);
    const std::string_view body(result.body.constData(), size_t(result.body.size()));
    const QString server = m_connection.displayName();
    if (result.httpStatus != 200) {
        if (result.httpStatus == 401 || result.httpStatus == 403)
            return finish(FetchResult::Status::AuthenticationFailed,
                          tr("%1 rejected the API key (HTTP %2); check it in the profile.").arg(server).arg(result.httpStatus));
        return finish(FetchResult::Status::Failed,
                      JsonUtil::httpAnswer(server, result.httpStatus, body));
    }
    const SessionsPage page = SeamParser::parseClientSessions(body, m_connection.keepServerFields);
    if (!page.ok)
        return finish(FetchResult::Status::Failed, tr("%1: %2").arg(server, page.error));
    m_result.sessions = page.sessions.size();
    m_result.reportedTotal = page.total;
    m_result.invalidItems = page.invalidItems;
    if (!page.sessions.isEmpty())
        emit batchReady(page.sessions);
    if (!m_fetching)
        return;
    emit progress(m_result.sessions, m_result.sessions);
    finish(FetchResult::Status::Ok);
}

void SeamClient::finish(FetchResult::Status status, const QString &error)
{
    m_fetching = false;
    m_result.status = status;
    m_result.error = error;
    m_http->abortAll();
    emit finished(m_result);
}
