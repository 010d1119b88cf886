// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/sessionprovider.h"

#include "providers/rocketchat/rocketchatparser.h"

#include <QPointer>

#include <map>

class HttpClient;

/**
 * Rocket.Chat Device Management client: the signed-in user's own sessions via
 * GET /api/v1/sessions/list, with X-User-Id and X-Auth-Token.
 *
 * Paging asks for the first page, learns `total`, then fetches the remaining offsets
 * with up to policy.maxParallelRequests requests in flight (QNAM opens up to six
 * connections per host). Rocket.Chat caps `count` at 100 and only sorts within a page,
 * so pages are requested unsorted and SessionDesk sorts client-side.
 *
 * Rate limits: an HTTP 429 pauses the fetch until the server's reset (Retry-After or
 * X-RateLimit-Reset) and sends that page again; an exhausted X-RateLimit-Remaining pauses
 * before the next request, so parallel pages never overrun the budget. Bounded in count
 * and time; beyond that the fetch fails with the server's wait in the message.
 *
 * Pages are parsed on the thread pool (QtConcurrent) and delivered on the client's
 * thread in the server's order: a page parsed before an earlier one waits for it, so the
 * rows keep the server's order however the requests finish (and a CLI listing without
 * --sort is the same from run to run). A page counts as in flight until it is parsed; at
 * most kMaxWaitingPages wait, beyond that no new page is asked for.
 */
class RocketChatClient final : public SessionProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RocketChatClient)

public:
    static constexpr int kPageSize = 100;
    static constexpr int kMaxRateLimitWaits = 20;     ///< per fetch
    static constexpr qint64 kMaxRateLimitWaitMs = 65'000; ///< Rocket.Chat's window is 60 s
    static constexpr size_t kMaxWaitingPages = 64;

    RocketChatClient(const Connection &connection, QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~RocketChatClient() override;

    void fetch() override;
    void cancel() override;
    bool isFetching() const override { return m_fetching; }

    /// One clear sentence for an HTTP error answer of server (401, 403, 404, 429, licence, 5xx).
    static QString describeHttpError(const QString &server, const struct HttpResult &result);

    /// Limit the number of pages in flight (1 = strictly one page at a time).
    void setMaxParallelRequests(int count);

private:
    void requestPage(qint64 offset);
    void onPage(qint64 offset, const struct HttpResult &result);
    void onParsed(qint64 offset, const RocketChatParser::SessionsPage &page);
    /// Emits the parsed pages that are next in the server's order; false if a receiver stopped the fetch.
    bool deliverInOrder();
    void pump();
    void finish(FetchResult::Status status, const QString &error = {});

    Connection m_connection;
    HttpClient *m_http;
    bool m_fetching = false;
    int m_maxParallel;
    int m_inFlight = 0;   ///< pages requested and not yet parsed
    quint64 m_fetchId = 0; ///< tells late parses of an earlier fetch apart
    qint64 m_nextOffset = 0;
    qint64 m_endOffset = -1; ///< offsets below this are to be fetched; -1 until the first page
    FetchResult m_result;
    class QTimer *m_resumeTimer;      ///< runs while the server's rate limit is waited out
    std::vector<qint64> m_retryOffsets; ///< pages answered with 429, sent again after the wait
    std::map<qint64, SessionBatch> m_waitingPages; ///< parsed, by offset, behind an earlier page
    qint64 m_nextDelivery = 0; ///< offset of the next page to emit
    int m_rateLimitWaits = 0;
};
