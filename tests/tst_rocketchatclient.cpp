// SPDX-License-Identifier: GPL-3.0-or-later
// Integration tests: the real RocketChatClient against real HTTP servers on loopback.
#include "csvwriter.h"
#include "demoserver.h"
#include "net/httpclient.h"
#include "providers/rocketchat/rocketchatclient.h"
#include "rawhttpserver.h"
#include "sessionstore.h"

#include <QBuffer>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace {

using Handler = std::function<QHttpServerResponse(const QHttpServerRequest &)>;

/// A Rocket.Chat stand-in whose answers each test scripts.
class FakeServer
{
public:
    explicit FakeServer(Handler handler)
        : m_handler(std::move(handler))
    {
        m_server.route(u"/api/v1/sessions/list"_s, [this](const QHttpServerRequest &r) { ++requests; return m_handler(r); });
        m_server.route(u"/moved/sessions"_s, [this](const QHttpServerRequest &r) { ++requests; return m_handler(r); });
        port = m_server.listen(QHostAddress::LocalHost);
    }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(port)); }
    quint16 port = 0;
    int requests = 0;

private:
    QHttpServer m_server;
    Handler m_handler;
};

QHttpServerResponse respond(int status, const QByteArray &body, const QByteArray &mime = "application/json",
                            const QList<std::pair<QByteArray, QByteArray>> &headers = {})
{
    QHttpServerResponse response(mime, body, static_cast<QHttpServerResponse::StatusCode>(status));
    for (const auto &h : headers)
        response.addHeader(h.first, h.second);
    return response;
}

struct Outcome
{
    FetchResult result;
    SessionStore store;
    int batches = 0;
};

Outcome fetch(const Connection &connection, int parallel = 4, std::function<void(RocketChatClient &)> onBatch = {})
{
    QNetworkAccessManager nam;
    RocketChatClient client(connection, &nam);
    client.setMaxParallelRequests(parallel);
    Outcome outcome;
    QObject::connect(&client, &SessionProvider::batchReady, &client, [&](const SessionBatch &batch) {
        outcome.store.upsert(batch, 1);
        ++outcome.batches;
        if (onBatch)
            onBatch(client);
    });
    QSignalSpy finished(&client, &SessionProvider::finished);
    client.fetch();
    if (finished.isEmpty() && !finished.wait(20000))
        qWarning("fetch did not finish");
    if (!finished.isEmpty())
        outcome.result = finished.first().first().value<FetchResult>();
    return outcome;
}

Connection connectionTo(const QUrl &url, const QString &userId = u"user"_s, const QString &token = u"token"_s)
{
    Connection c;
    c.baseUrl = url;
    c.userId = userId;
    c.secret = token;
    return c;
}

Connection demoConnection(const DemoServer &server)
{
    const DemoServerInfo info = server.info();
    return connectionTo(info.rocketChatUrl, info.rocketChatUserId, info.rocketChatToken);
}

QByteArray csvSortedById(const SessionStore &store)
{
    std::vector<SessionColumn> columns = SessionColumns::all();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter().write(&buffer, store, store.orderedRows(SessionColumn::SessionId, Qt::AscendingOrder), columns);
    return buffer.data();
}

QByteArray page(int offset, int count, qint64 total)
{
    QByteArray body = "{\"sessions\":[";
    for (int i = 0; i < count; ++i)
        body += (i ? "," : "") + QByteArray("{\"sessionId\":\"s") + QByteArray::number(offset + i) + "\",\"userId\":\"u\"}";
    return body + "],\"total\":" + QByteArray::number(total) + ",\"success\":true}";
}

} // namespace



class TestRocketChatClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<FetchResult>(); }

    void fetchesEveryPageFromTheDemoServer()
    {
        DemoServer server(3, 1234, 1'700'000'000'000);
        QVERIFY(server.listen() != 0);
        const Outcome outcome = fetch(demoConnection(server));
        QCOMPARE(outcome.result.status, FetchResult::Status::Ok);
        QCOMPARE(outcome.result.sessions, 1234);
        QCOMPARE(outcome.result.reportedTotal, 1234);
        QVERIFY(!outcome.result.totalChanged);
        QCOMPARE(outcome.store.rowCount(), 1234);
        QCOMPARE(outcome.batches, 13);
        QCOMPARE(server.requestCount(), 13);
        // Every generated session arrived intact
        for (qint64 i : {qint64(0), qint64(99), qint64(100), qint64(777), qint64(1233)}) {
            const Session expected = server.data().session(i);
            const int row = outcome.store.rowOf(expected.sessionId);
            QVERIFY(row >= 0);
            Session got = outcome.store.session(row);
            got.userName = expected.userName; // not part of sessions/list
            QCOMPARE(got, expected);
        }
    }

    void parallelAndSequentialFetchesAgree()
    {
        DemoServer server(5, 2500, 1'700'000'000'000);
        QVERIFY(server.listen() != 0);
        const Outcome one = fetch(demoConnection(server), 1);
        const Outcome six = fetch(demoConnection(server), 6);
        QCOMPARE(one.result.status, FetchResult::Status::Ok);
        QCOMPARE(six.result.status, FetchResult::Status::Ok);
        QCOMPARE(six.store.rowCount(), 2500);
        QCOMPARE(csvSortedById(six.store), csvSortedById(one.store));
    }

    void pagesArriveInTheServersOrder()
    {
        // The answer to page 100 is held back until pages 200, 300 and 400 have been
        // answered: the rows still come out in the server's order, page 100 before them.
        QTcpSocket *heldBack = nullptr;
        int answered = 0;
        RawHttpServer server([&](QTcpSocket *socket, const RawRequest &request) {
            const int offset = QUrlQuery(QUrl(QString::fromLatin1(request.target))).queryItemValue(u"offset"_s).toInt();
            if (offset == 100) {
                heldBack = socket;
                return;
            }
            socket->write(RawHttpServer::response(200, page(offset, 100, 500)));
            if (offset > 100 && ++answered == 3 && heldBack)
                heldBack->write(RawHttpServer::response(200, page(100, 100, 500)));
        });
        QVERIFY(server.start() != 0);
        QStringList firstOfEachBatch;
        QNetworkAccessManager nam;
        RocketChatClient client(connectionTo(QUrl(QString::fromLatin1(server.url()))), &nam);
        client.setMaxParallelRequests(4);
        SessionStore store;
        connect(&client, &SessionProvider::batchReady, this, [&](const SessionBatch &batch) {
            firstOfEachBatch << batch.sessionId(0);
            store.upsert(batch, 1);
        });
        QSignalSpy finished(&client, &SessionProvider::finished);
        client.fetch();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().value<FetchResult>().status, FetchResult::Status::Ok);
        QVERIFY(heldBack); // the test held page 100 back indeed
        QCOMPARE(firstOfEachBatch, (QStringList{u"s0"_s, u"s100"_s, u"s200"_s, u"s300"_s, u"s400"_s}));
        QCOMPARE(store.rowCount(), 500);
        for (int row = 0; row < 500; ++row)
            QCOMPARE(store.sessionId(row), u"s%1"_s.arg(row));
    }

    void wrongTokenIsAnAuthenticationFailure()
    {
        DemoServer server(1, 10, 1'700'000'000'000);
        QVERIFY(server.listen() != 0);
        Connection c = demoConnection(server);
        c.secret = u"wrong"_s;
        const Outcome outcome = fetch(c);
        QCOMPARE(outcome.result.status, FetchResult::Status::AuthenticationFailed);
        QVERIFY2(outcome.result.error.contains(u"HTTP 401"_s), qPrintable(outcome.result.error));
        QVERIFY(!outcome.result.error.contains(u"wrong"_s)); // the token never appears in messages
        QCOMPARE(outcome.store.rowCount(), 0);
    }

    void serverErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("mime");
        QTest::addColumn<int>("expectedStatus");
        QTest::addColumn<QString>("errorPart");
        QTest::addColumn<QByteArray>("retryAfter");
        const int failed = int(FetchResult::Status::Failed);
        QTest::newRow("403 forbidden") << 403 << QByteArray("{\"success\":false,\"error\":\"error-unauthorized\"}") << QByteArray("application/json") << failed << u"HTTP 403): error-unauthorized"_s << QByteArray();
        QTest::newRow("404 not found") << 404 << QByteArray("{\"success\":false,\"error\":\"Not found\"}") << QByteArray("application/json") << failed << u"Rocket.Chat 5.0"_s << QByteArray();
        QTest::newRow("429 rate limited") << 429 << QByteArray("{\"success\":false,\"error\":\"error-too-many-requests\"}") << QByteArray("application/json") << failed << u"try again in 3600 seconds"_s << QByteArray("3600");
        QTest::newRow("500 with message") << 500 << QByteArray("{\"success\":false,\"error\":\"Internal server error\"}") << QByteArray("application/json") << failed << u"HTTP 500): Internal server error"_s << QByteArray();
        QTest::newRow("502 HTML page") << 502 << QByteArray("<html><body>Bad gateway</body></html>") << QByteArray("text/html") << failed << u"(HTTP 502)."_s << QByteArray();
        QTest::newRow("200 HTML page") << 200 << QByteArray("<!doctype html><p>login</p>") << QByteArray("text/html") << failed << u"HTML page"_s << QByteArray();
        QTest::newRow("200 truncated JSON") << 200 << QByteArray("{\"sessions\":[{\"sessionId\":") << QByteArray("application/json") << failed << u"malformed JSON"_s << QByteArray();
        QTest::newRow("400 no licence") << 400 << QByteArray("{\"success\":false,\"error\":\"error-action-not-allowed\"}") << QByteArray("application/json") << failed << u"Enterprise"_s << QByteArray();
    }
    void serverErrors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, mime);
        QFETCH(int, expectedStatus);
        QFETCH(QString, errorPart);
        QFETCH(QByteArray, retryAfter);
        QList<std::pair<QByteArray, QByteArray>> headers;
        if (!retryAfter.isEmpty())
            headers.append({"Retry-After", retryAfter}); // longer than SessionDesk waits: fail at once
        FakeServer server([&](const QHttpServerRequest &) { return respond(status, body, mime, headers); });
        const Outcome outcome = fetch(connectionTo(server.url()));
        QCOMPARE(int(outcome.result.status), expectedStatus);
        QVERIFY2(outcome.result.error.contains(errorPart), qPrintable(outcome.result.error));
        QVERIFY2(!outcome.result.error.contains(u'\n'), "errors are one line");
    }

    void sendsAuthHeadersAndPagesWithinLimits()
    {
        QList<QUrlQuery> queries;
        QByteArray userId, token;
        FakeServer server([&](const QHttpServerRequest &r) {
            queries << r.query();
            userId = r.value("X-User-Id");
            token = r.value("X-Auth-Token");
            const int offset = r.query().queryItemValue(u"offset"_s).toInt();
            return respond(200, page(offset, std::min(100, 250 - offset), 250));
        });
        const Outcome outcome = fetch(connectionTo(server.url(), u"me"_s, u"secret-token"_s));
        QCOMPARE(outcome.result.status, FetchResult::Status::Ok);
        QCOMPARE(outcome.store.rowCount(), 250);
        QCOMPARE(userId, QByteArray("me"));
        QCOMPARE(token, QByteArray("secret-token"));
        QCOMPARE(queries.size(), 3);
        QStringList offsets;
        for (const QUrlQuery &q : queries) {
            QCOMPARE(q.queryItemValue(u"count"_s), u"100"_s);
            offsets << q.queryItemValue(u"offset"_s);
        }
        offsets.sort();
        QCOMPARE(offsets, (QStringList{u"0"_s, u"100"_s, u"200"_s}));
    }

    void rateLimitIsWaitedOutAndTheBudgetKept()
    {
        // Page 100 is refused once with 429 and a 1 s reset; every answer reports the budget,
        // and the answer to page 0 says it is spent, so nothing is sent until the reset.
        QHash<int, int> asked;
        QElapsedTimer sinceStart;
        qint64 firstAfterPause = -1;
        FakeServer server([&](const QHttpServerRequest &r) {
            const int offset = r.query().queryItemValue(u"offset"_s).toInt();
            if (offset != 0 && firstAfterPause < 0)
                firstAfterPause = sinceStart.elapsed();
            const int n = ++asked[offset];
            const QByteArray reset = QByteArray::number(QDateTime::currentMSecsSinceEpoch() + 1000);
            if (offset == 100 && n == 1)
                return respond(429, "{\"success\":false,\"error\":\"error-too-many-requests\"}", "application/json",
                               {{"X-RateLimit-Limit", "10"}, {"X-RateLimit-Remaining", "0"}, {"X-RateLimit-Reset", reset}});
            return respond(200, page(offset, std::min(100, 300 - offset), 300), "application/json",
                           {{"X-RateLimit-Limit", "10"}, {"X-RateLimit-Remaining", offset == 0 ? "0" : "5"}, {"X-RateLimit-Reset", reset}});
        });
        sinceStart.start();
        const Outcome outcome = fetch(connectionTo(server.url()));
        QVERIFY2(outcome.result.status == FetchResult::Status::Ok, qPrintable(outcome.result.error));
        QCOMPARE(outcome.store.rowCount(), 300);
        QCOMPARE(asked.value(100), 2); // sent again after the wait
        QCOMPARE(asked.value(200), 1);
        QVERIFY2(firstAfterPause >= 700, qPrintable(QString::number(firstAfterPause))); // waited for the budget
        QVERIFY(!outcome.result.notes.isEmpty());
    }

    void totalChangingWhilePagingIsReported()
    {
        FakeServer server([&](const QHttpServerRequest &r) {
            const int offset = r.query().queryItemValue(u"offset"_s).toInt();
            // Sessions end while we page: later pages report fewer and the last one is empty
            const qint64 total = offset == 0 ? 300 : 190;
            return respond(200, page(offset, offset >= 200 ? 0 : 100, total));
        });
        const Outcome outcome = fetch(connectionTo(server.url()), 1);
        QCOMPARE(outcome.result.status, FetchResult::Status::Ok);
        QVERIFY(outcome.result.totalChanged);
        QCOMPARE(outcome.store.rowCount(), 200);
    }

    void duplicatesAcrossPagesAreMerged()
    {
        // Offsets shift between pages (a session was inserted): the first row of page 2
        // repeats the last of page 1. The store keeps one row per session id.
        FakeServer server([&](const QHttpServerRequest &r) {
            const int offset = r.query().queryItemValue(u"offset"_s).toInt();
            return respond(200, page(offset == 0 ? 0 : offset - 1, 100, 200));
        });
        const Outcome outcome = fetch(connectionTo(server.url()), 1);
        QCOMPARE(outcome.result.status, FetchResult::Status::Ok);
        QCOMPARE(outcome.result.sessions, 200);
        QCOMPARE(outcome.store.rowCount(), 199);
    }

    void redirectToAnotherOriginIsRefused()
    {
        // Given a listener on a second port that must never see our credentials
        QTcpServer other;
        QVERIFY(other.listen(QHostAddress::LocalHost));
        int connections = 0;
        QByteArray received;
        connect(&other, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *s = other.nextPendingConnection()) {
                ++connections;
                connect(s, &QTcpSocket::readyRead, s, [s, &received] { received += s->readAll(); });
            }
        });
        for (int status : {301, 302, 307, 308}) {
            FakeServer server([&](const QHttpServerRequest &) {
                return respond(status, "", "text/plain",
                               {{"Location", u"http://127.0.0.1:%1/api/v1/sessions/list"_s.arg(other.serverPort()).toUtf8()}});
            });
            const Outcome outcome = fetch(connectionTo(server.url(), u"me"_s, u"secret-token"_s));
            QCOMPARE(outcome.result.status, FetchResult::Status::Failed);
            QVERIFY2(outcome.result.error.contains(u"redirect"_s), qPrintable(outcome.result.error));
        }
        QTest::qWait(100);
        QCOMPARE(connections, 0);
        QVERIFY(!received.contains("secret-token"));
    }

    void sameOriginRedirectIsFollowed()
    {
        FakeServer server([&](const QHttpServerRequest &r) {
            if (r.url().path() == u"/api/v1/sessions/list"_s)
                return respond(302, "", "text/plain", {{"Location", "/moved/sessions"}});
            return respond(200, page(0, 3, 3));
        });
        const Outcome outcome = fetch(connectionTo(server.url()));
        QCOMPARE(outcome.result.status, FetchResult::Status::Ok);
        QCOMPARE(outcome.store.rowCount(), 3);
    }

    void responseSizeIsCapped()
    {
        DemoServer server(1, 500, 1'700'000'000'000);
        QVERIFY(server.listen() != 0);
        Connection c = demoConnection(server);
        c.policy.maxResponseBytes = 4096;
        const Outcome outcome = fetch(c);
        QCOMPARE(outcome.result.status, FetchResult::Status::Failed);
        QVERIFY2(outcome.result.error.contains(u"larger than the limit"_s), qPrintable(outcome.result.error));
    }

    void silentServerTimesOut()
    {
        QTcpServer silent; // accepts and never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> sockets;
        connect(&silent, &QTcpServer::newConnection, this, [&] { sockets << silent.nextPendingConnection(); });
        Connection c = connectionTo(QUrl(u"http://127.0.0.1:%1"_s.arg(silent.serverPort())));
        c.policy.timeoutMs = 700;
        const Outcome outcome = fetch(c);
        QCOMPARE(outcome.result.status, FetchResult::Status::Failed);
        QVERIFY2(outcome.result.error.contains(u"sent nothing"_s), qPrintable(outcome.result.error));
    }

    void refusedConnectionIsClear()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        const Outcome outcome = fetch(connectionTo(QUrl(u"http://127.0.0.1:%1"_s.arg(port))));
        QCOMPARE(outcome.result.status, FetchResult::Status::Failed);
        QVERIFY2(outcome.result.error.contains(u"refused"_s), qPrintable(outcome.result.error));
    }

    void cancelStopsEverything()
    {
        DemoServer server(1, 20000, 1'700'000'000'000);
        QVERIFY(server.listen() != 0);
        const Outcome outcome = fetch(demoConnection(server), 4, [](RocketChatClient &client) { client.cancel(); });
        QCOMPARE(outcome.result.status, FetchResult::Status::Canceled);
        QCOMPARE(outcome.batches, 1);
    }

    void refetchWhileParsingStartsClean()
    {
        // A second fetch started while pages of the first are still being parsed must not
        // be confused by their late results.
        DemoServer server(2, 3000, 1'700'000'000'000);
        QVERIFY(server.listen() != 0);
        QNetworkAccessManager nam;
        RocketChatClient client(demoConnection(server), &nam);
        SessionStore store;
        int restarts = 0;
        connect(&client, &SessionProvider::batchReady, &client, [&](const SessionBatch &batch) {
            store.upsert(batch, 1);
            if (restarts++ == 2)
                client.fetch(); // restart from within a delivery
        });
        QSignalSpy finished(&client, &SessionProvider::finished);
        client.fetch();
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 2, 20000);
        QCOMPARE(finished.first().first().value<FetchResult>().status, FetchResult::Status::Canceled);
        const FetchResult last = finished.last().first().value<FetchResult>();
        QCOMPARE(last.status, FetchResult::Status::Ok);
        QCOMPARE(last.sessions, 3000);
        QCOMPARE(store.rowCount(), 3000);
        QTest::qWait(50);
        QCOMPARE(finished.size(), 2); // exactly one finished per fetch
    }

    void urlPolicy_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowHttp");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("https") << u"https://chat.example.org"_s << false << true;
        QTest::newRow("http loopback v4") << u"http://127.0.0.1:3000"_s << false << true;
        QTest::newRow("http localhost") << u"http://localhost:3000"_s << false << true;
        QTest::newRow("http loopback v6") << u"http://[::1]:3000"_s << false << true;
        QTest::newRow("http remote refused") << u"http://chat.example.org"_s << false << false;
        QTest::newRow("http remote allowed explicitly") << u"http://chat.example.org"_s << true << true;
        QTest::newRow("ftp") << u"ftp://chat.example.org"_s << true << false;
        QTest::newRow("credentials in URL") << u"https://user:pw@chat.example.org"_s << false << false;
        QTest::newRow("no host") << u"https://"_s << false << false;
    }
    void urlPolicy()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowHttp);
        QFETCH(bool, accepted);
        HttpPolicy policy;
        policy.allowInsecureHttp = allowHttp;
        const QString error = HttpClient::checkUrl(QUrl(url), policy);
        QCOMPARE(error.isEmpty(), accepted);
        QVERIFY(!error.contains(u"pw"_s));
    }

    void typedUrls_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bare host means https") << u"chat.example.org"_s << u"https://chat.example.org"_s;
        QTest::newRow("host and port") << u"chat.example.org:3000"_s << u"https://chat.example.org:3000"_s;
        QTest::newRow("explicit http kept") << u"http://127.0.0.1:3000"_s << u"http://127.0.0.1:3000"_s;
        QTest::newRow("path prefix kept") << u" https://example.org/chat "_s << u"https://example.org/chat"_s;
        QTest::newRow("empty") << QString() << QString();
    }
    void typedUrls()
    {
        QFETCH(QString, typed);
        QFETCH(QString, expected);
        QCOMPARE(Connection::urlFromUserInput(typed).toString(), expected);
    }

    void plainHttpToRemoteHostNeverConnects()
    {
        const Outcome outcome = fetch(connectionTo(QUrl(u"http://sessiondesk-remote.invalid"_s)));
        QCOMPARE(outcome.result.status, FetchResult::Status::Failed);
        QVERIFY2(outcome.result.error.contains(u"plain http"_s), qPrintable(outcome.result.error));
    }
};

QTEST_GUILESS_MAIN(TestRocketChatClient)
#include "tst_rocketchatclient.moc"
