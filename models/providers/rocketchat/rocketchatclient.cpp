// SPDX-License-Identifier: GPL-3.0-or-later
#include "rocketchatclient.h"

#include "computepool.h"

#include "net/httpclient.h"
#include "providers/jsonutil.h"
#include "providers/rocketchat/rocketchatparser.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QTimer>
#include <QUrlQuery>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::Literals::StringLiterals;

RocketChatClient::RocketChatClient(const Connection &connection, QNetworkAccessManager *nam, QObject *parent)
    : SessionProvider(parent)
    , m_connection(connection)
    , m_http(new HttpClient(nam, connection.policy, this))
    , m_maxParallel(std::max(1, connection.policy.maxParallelRequests))
    , m_resumeTimer(new QTimer(this))
{
    m_http->setRetryRateLimited(false); // paces itself by the rate-limit headers and waits out 429s (onPage)
    m_resumeTimer->setSingleShot(true);
    m_resumeTimer->setTimerType(Qt::PreciseTimer); // a server's wait is never cut short
    connect(m_resumeTimer, &QTimer::timeout, this, &RocketChatClient::pump);
}

RocketChatClient::~RocketChatClient() = default;

void RocketChatClient::setMaxParallelRequests(int count)
{
    m_maxParallel = std::max(1, count);
}

void RocketChatClient::fetch()
{
    if (m_fetching)
        cancel();
    m_result = FetchResult();
    ++m_fetchId;
    m_fetching = true;
    m_inFlight = 0;
    m_nextOffset = 0;
    m_endOffset = -1;
    m_retryOffsets.clear();
    m_waitingPages.clear();
    m_nextDelivery = 0;
    m_rateLimitWaits = 0;
    m_resumeTimer->stop();
    if (m_connection.userId.isEmpty() || m_connection.secret.isEmpty()) {
        QMetaObject::invokeMethod(this, [this] {
            finish(FetchResult::Status::AuthenticationFailed,
                   tr("Rocket.Chat needs a user id and an auth token (or personal access token)."));
        }, Qt::QueuedConnection);
        return;
    }
    requestPage(0);
    m_nextOffset = kPageSize;
}

void RocketChatClient::cancel()
{
    if (m_fetching)
        finish(FetchResult::Status::Canceled, tr("Canceled."));
}

void RocketChatClient::requestPage(qint64 offset)
{
    QUrl url = HttpClient::endpoint(m_connection.baseUrl, m_connection.allUsers ? u"/api/v1/sessions/list.all"_s : u"/api/v1/sessions/list"_s);
    QUrlQuery query;
    query.addQueryItem(u"offset"_s, QString::number(offset));
    query.addQueryItem(u"count"_s, QString::number(kPageSize));
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("X-User-Id", m_connection.userId.toUtf8());
    request.setRawHeader("X-Auth-Token", m_connection.secret.toUtf8());
    ++m_inFlight;
    m_http->send(request, "GET", {}, [this, offset](const HttpResult &result) { onPage(offset, result); });
}

void RocketChatClient::onPage(qint64 offset, const HttpResult &result)
{
    const bool parse = m_fetching && result.status == HttpResult::Status::Ok && result.httpStatus == 200;
    if (!parse) {
        --m_inFlight;
        if (!m_fetching || result.status == HttpResult::Status::Canceled)
            return;
        if (result.status != HttpResult::Status::Ok)
            return finish(FetchResult::Status::Failed, result.error);
        if (result.httpStatus == 429 && m_rateLimitWaits < kMaxRateLimitWaits) {
            const qint64 wait = result.retryAfterMs();
            if (wait <= kMaxRateLimitWaitMs) {
                // The server did not serve this page: wait for its reset, then ask again.
                ++m_rateLimitWaits;
                m_retryOffsets.push_back(offset);
                if (!m_resumeTimer->isActive() || m_resumeTimer->remainingTime() < wait)
                    m_resumeTimer->start(int(wait));
                if (!m_result.notes.contains(tr("The server rate-limited the fetch; SessionDesk waited for it.")))
                    m_result.notes.append(tr("The server rate-limited the fetch; SessionDesk waited for it."));
                return;
            }
        }
        return finish(result.httpStatus == 401 ? FetchResult::Status::AuthenticationFailed : FetchResult::Status::Failed,
                      describeHttpError(m_connection.displayName(), result));
    }
    if (result.rateLimitRemaining() == 0 && !m_resumeTimer->isActive())
        m_resumeTimer->start(int(std::min(result.retryAfterMs(), kMaxRateLimitWaitMs))); // budget spent: pause the next requests
    using Page = RocketChatParser::SessionsPage;
    auto *watcher = new QFutureWatcher<Page>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, offset, fetchId = m_fetchId] {
        watcher->deleteLater();
        if (fetchId != m_fetchId) // a page of an earlier fetch
            return;
        --m_inFlight;
        if (m_fetching)
            onParsed(offset, watcher->result());
    });
    // The task owns its copy of the body, so it may outlive this client safely.
    watcher->setFuture(QtConcurrent::run(SessionProvider::parsePool(), [body = result.body, keepRaw = m_connection.keepServerFields] {
        makeBackgroundThread();
        return RocketChatParser::parseSessionsPage(std::string_view(body.constData(), size_t(body.size())), keepRaw);
    }));
}

void RocketChatClient::onParsed(qint64 offset, const RocketChatParser::SessionsPage &page)
{
    if (!page.ok) {
        return finish(FetchResult::Status::Failed,
                      tr("%1 (sessions %2 to %3): %4")
                          .arg(m_connection.displayName())
                          .arg(offset + 1)
                          .arg(offset + kPageSize)
                          .arg(page.error));
    }
    if (m_endOffset < 0) {
        m_result.reportedTotal = page.total;
        if (page.total > m_connection.policy.maxRowsPerFetch) {
            return finish(FetchResult::Status::Failed,
                          tr("%1 reports %2 sessions, more than the limit of %3 per fetch.")
                              .arg(m_connection.displayName())
                              .arg(page.total)
                              .arg(m_connection.policy.maxRowsPerFetch));
        }
        m_endOffset = page.total >= 0 ? page.total : kPageSize; // unknown total: page until a short page
    } else if (page.total >= 0 && page.total != m_result.reportedTotal) {
        m_result.totalChanged = true;
    }
    if (m_result.reportedTotal < 0 && page.sessions.size() >= kPageSize)
        m_endOffset = std::max(m_endOffset, offset + 2 * kPageSize);
    if (page.sessions.isEmpty() && offset < m_endOffset) {
        // Sessions ended while we paged: nothing lies beyond this offset any more.
        m_endOffset = offset;
        m_result.totalChanged = m_result.totalChanged || m_result.reportedTotal >= 0;
    }

    m_result.invalidItems += page.invalidItems;
    m_result.sessions += page.sessions.size();
    // A server that announces no total (or a wrong one) and keeps sending full pages would
    // otherwise be paged forever: the row cap holds however the pages come.
    if (m_result.sessions > m_connection.policy.maxRowsPerFetch) {
        return finish(FetchResult::Status::Failed,
                      tr("%1 sent more than the limit of %2 sessions per fetch.")
                          .arg(m_connection.displayName())
                          .arg(m_connection.policy.maxRowsPerFetch));
    }
    // Progress first: with the total known, a receiver can reserve room for every row
    // before the first ones arrive (SessionTableModel::reserve) instead of moving them.
    emit progress(m_result.sessions, m_result.reportedTotal);
    if (!m_fetching) // a receiver canceled us
        return;
    m_waitingPages.emplace(offset, page.sessions);
    if (deliverInOrder())
        pump();
}

bool RocketChatClient::deliverInOrder()
{
    while (!m_waitingPages.empty() && m_waitingPages.begin()->first == m_nextDelivery) {
        const SessionBatch batch = std::move(m_waitingPages.begin()->second);
        m_waitingPages.erase(m_waitingPages.begin());
        m_nextDelivery += kPageSize;
        if (!batch.isEmpty())
            emit batchReady(batch);
        if (!m_fetching)
            return false;
    }
    return true;
}

void RocketChatClient::pump()
{
    if (!m_fetching || m_resumeTimer->isActive())
        return;
    while (m_inFlight < m_maxParallel && !m_retryOffsets.empty()) {
        const qint64 offset = m_retryOffsets.back();
        m_retryOffsets.pop_back();
        requestPage(offset);
    }
    while (m_fetching && m_inFlight < m_maxParallel && m_nextOffset < m_endOffset
           && m_waitingPages.size() < kMaxWaitingPages) {
        requestPage(m_nextOffset);
        m_nextOffset += kPageSize;
    }
    if (m_fetching && m_inFlight == 0 && m_nextOffset >= m_endOffset && m_retryOffsets.empty()) {
        Q_ASSERT(m_waitingPages.empty()); // every page asked for was parsed, so none waits
        finish(FetchResult::Status::Ok);
    }
}

void RocketChatClient::finish(FetchResult::Status status, const QString &error)
{
    m_fetching = false;
    m_resumeTimer->stop();
    m_waitingPages.clear();
    m_result.status = status;
    m_result.error = error;
    m_http->abortAll();
    emit finished(m_result);
}

QString RocketChatClient::describeHttpError(const QString &server, const HttpResult &result)
{
    const std::string_view body(result.body.constData(), size_t(result.body.size()));
    const QString suffix = JsonUtil::errorSuffix(body);
    const QString detail = suffix.mid(2);
    switch (result.httpStatus) {
    case 401: {
        QString reason = detail;
        while (reason.endsWith(u'.'))
            reason.chop(1);
        return tr("%1 rejected the credentials (HTTP 401%2); check the user id and token, or sign in again.")
            .arg(server, reason.isEmpty() ? QString() : u": "_s + reason);
    }
    case 403:
        return tr("%1 denied access to the session list (HTTP 403)%2").arg(server, suffix);
    case 404:
        return tr("%1 has no session list at this address (HTTP 404); Device Management needs Rocket.Chat 5.0 or newer.")
            .arg(server);
    case 429: {
        qint64 waitSeconds = result.header("Retry-After").toLongLong();
        const qint64 resetMs = result.header("X-RateLimit-Reset").toLongLong();
        if (waitSeconds <= 0 && resetMs > 0)
            waitSeconds = std::max<qint64>(1, (resetMs - QDateTime::currentMSecsSinceEpoch() + 999) / 1000);
        return waitSeconds > 0
            ? tr("%1 is rate limiting requests (HTTP 429); try again in %2 seconds.").arg(server).arg(waitSeconds)
            : tr("%1 is rate limiting requests (HTTP 429); try again later.").arg(server);
    }
    default:
        break;
    }
    if (result.httpStatus == 400 && detail.contains(u"error-action-not-allowed"_s))
        return tr("%1 does not allow Device Management; it needs an Enterprise licence.").arg(server);
    if (result.httpStatus >= 500)
        return tr("%1 had a server error (HTTP %2)%3").arg(server).arg(result.httpStatus).arg(suffix);
    return tr("%1 answered HTTP %2%3").arg(server).arg(result.httpStatus).arg(suffix);
}
