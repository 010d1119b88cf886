// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/sessionprovider.h"

class HttpClient;
struct HttpResult;

/**
 * Seam client: POST /client_sessions/list with `Authorization: Bearer <api key>` and the
 * filters of Connection::seam. Seam does not page this list: one request, one batch.
 */
class SeamClient final : public SessionProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SeamClient)

public:
    SeamClient(const Connection &connection, QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~SeamClient() override;

    void fetch() override;
    void cancel() override;
    bool isFetching() const override { return m_fetching; }

    /// The JSON body sent to client_sessions/list for these filters.
    static QByteArray listBody(const SeamFilter &filter);

private:
    void onReply(const HttpResult &result);
    void finish(FetchResult::Status status, const QString &error = {});

    Connection m_connection;
    HttpClient *m_http;
    bool m_fetching = false;
    FetchResult m_result;
};
