// SPDX-License-Identifier: GPL-3.0-or-later
// The transport guarantees of HttpClient, which every provider and the CLI send through,
// against servers on loopback that misbehave at the byte level: cross-origin redirects,
// TLS with bad or pinned certificates, inflating bodies, trickling answers, dropped
// connections and overloaded servers. Each refusal is also checked for what it must not
// do: send a credential or a request body where it does not belong.
#include "auditlog.h"
#include "net/httpclient.h"
#include "rawhttpserver.h"
#include "providers/rocketchat/rocketchatclient.h"
#include "revokejob.h"
#include "testhelpers.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr char kSecret[] = "hostile-test-secret-7f3a9c";
constexpr char kBody[] = "{\"sessionId\":\"body-must-not-travel\"}";

QNetworkRequest credentialedRequest(const QByteArray &base)
{
    QNetworkRequest request(QUrl(QString::fromUtf8(base + "/api/v1/sessions.list")));
    request.setRawHeader("X-Auth-Token", kSecret);
    request.setRawHeader("X-User-Id", "user-1");
    request.setRawHeader("Authorization", QByteArray("Bearer ") + kSecret);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    return request;
}

struct Exchange
{
    std::optional<HttpResult> result;
    int callbacks = 0;
    qint64 elapsedMs = 0;
};

Exchange exchange(const HttpPolicy &policy, const QByteArray &base, const QByteArray &verb = "GET", const QByteArray &body = {},
                  HttpClient::Retry retry = HttpClient::Retry::Never)
{
    QNetworkAccessManager nam;
    HttpClient http(&nam, policy);
    Exchange out;
    QElapsedTimer clock;
    clock.start();
    http.send(credentialedRequest(base), verb, body, [&](const HttpResult &r) {
        out.result = r;
        ++out.callbacks;
    }, retry);
    if (!QTest::qWaitFor([&] { return out.result.has_value(); }, 60000))
        return out;
    out.elapsedMs = clock.elapsed();
    QTest::qWait(20); // a second callback would show up here
    return out;
}

HttpPolicy quickPolicy()
{
    HttpPolicy policy;
    policy.timeoutMs = 3000;
    policy.totalTimeoutMs = 20000;
    return policy;
}

/// A Rocket.Chat administrator's connection to server, with the test secret.
Connection rocketChatAt(const RawHttpServer &server)
{
    Connection c;
    c.kind = ServerKind::RocketChat;
    c.baseUrl = QUrl(QString::fromUtf8(server.url()));
    c.userId = u"admin"_s;
    c.secret = QString::fromLatin1(kSecret);
    c.policy = quickPolicy();
    return c;
}

QByteArray gzip(const QByteArray &data)
{
    QProcess gz;
    gz.start(u"gzip"_s, {u"-c"_s});
    gz.write(data);
    gz.closeWriteChannel();
    gz.waitForFinished(30000);
    return gz.readAllStandardOutput();
}

} // namespace

class TestHostile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestCertificates m_certs;

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<FetchResult>();
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_certs.make(m_dir.path()), qPrintable(m_certs.error));
    }

    // ---- redirects -------------------------------------------------------------------

    void crossOriginRedirectCarriesNothing_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("target"); // %P = the second listener's port
        for (const QByteArray verb : {"GET", "POST", "DELETE"}) {
            for (int status : {301, 302, 303, 307, 308}) {
                QTest::addRow("%s %d to another port", verb.constData(), status) << verb << status << QByteArray("http://127.0.0.1:%P/x");
                QTest::addRow("%s %d to another host", verb.constData(), status) << verb << status << QByteArray("http://localhost:%P/x");
            }
            QTest::addRow("%s 307 to https", verb.constData()) << verb << 307 << QByteArray("https://127.0.0.1:%P/x");
        }
    }

    void crossOriginRedirectCarriesNothing()
    {
        QFETCH(QByteArray, verb);
        QFETCH(int, status);
        QFETCH(QByteArray, target);
        RawHttpServer other([](QTcpSocket *s, const RawRequest &) { s->write(RawHttpServer::response(200, "{}")); });
        QVERIFY(other.start());
        const QByteArray location = QByteArray(target).replace("%P", QByteArray::number(other.serverPort()));
        RawHttpServer server([&](QTcpSocket *s, const RawRequest &) {
            s->write(RawHttpServer::response(status, {}, "text/plain", {{"Location", location}}));
        });
        QVERIFY(server.start());

        const Exchange e = exchange(quickPolicy(), server.url(), verb, verb == "GET" ? QByteArray() : QByteArray(kBody));
        QVERIFY(e.result);
        QCOMPARE(e.callbacks, 1);
        QCOMPARE(e.result->status, HttpResult::Status::NetworkError);
        QVERIFY2(e.result->error.contains(u"redirect"_s), qPrintable(e.result->error));
        QVERIFY2(e.result->error.contains(QString::number(other.serverPort())), qPrintable(e.result->error));
        // The first server did get the credentials (so the test can fail), the second nothing.
        QVERIFY(server.received.contains(kSecret));
        QTest::qWait(50);
        QCOMPARE(other.connections, 0);
        QVERIFY(!other.received.contains(kSecret));
        QVERIFY(!other.received.contains("body-must-not-travel"));
    }

    // ---- TLS -------------------------------------------------------------------------

    void tls_data()
    {
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<bool>("useCaFile");
        QTest::addColumn<QString>("pin"); // "right", "wrong" or empty
        QTest::addColumn<QString>("refusal"); // empty: accepted
        QTest::newRow("self-signed") << u"self"_s << false << QString() << u"self-signed"_s;
        QTest::newRow("private CA, not trusted") << u"server"_s << false << QString() << u"untrusted"_s;
        QTest::newRow("private CA with the CA file") << u"server"_s << true << QString() << QString();
        QTest::newRow("wrong host name") << u"wrongHost"_s << true << QString() << u"host name"_s;
        QTest::newRow("expired") << u"expired"_s << true << QString() << u"expired"_s;
        QTest::newRow("valid, wrong pin") << u"server"_s << true << u"wrong"_s << u"pinned SHA-256"_s;
        QTest::newRow("valid, right pin") << u"server"_s << true << u"right"_s << QString();
        QTest::newRow("self-signed, right pin") << u"self"_s << false << u"right"_s << QString();
        QTest::newRow("self-signed, wrong pin") << u"self"_s << false << u"wrong"_s << u"self-signed"_s;
        QTest::newRow("expired, right pin") << u"expired"_s << true << u"right"_s << u"expired"_s;
    }

    void tls()
    {
        QFETCH(QString, certificate);
        QFETCH(bool, useCaFile);
        QFETCH(QString, pin);
        QFETCH(QString, refusal);
        const QList<QSslCertificate> chain = certificate == u"self"_s ? m_certs.selfSigned
            : certificate == u"wrongHost"_s                           ? m_certs.wrongHost
            : certificate == u"expired"_s                             ? m_certs.expired
                                                                      : m_certs.server;
        RawHttpServer server([](QTcpSocket *s, const RawRequest &) { s->write(RawHttpServer::response(200, "{\"ok\":true}")); });
        server.useTls(chain, m_certs.key);
        QVERIFY(server.start());

        HttpPolicy policy = quickPolicy();
        if (useCaFile)
            policy.caFile = m_certs.caFile;
        if (pin == u"right"_s)
            policy.pinSha256 = chain.first().digest(QCryptographicHash::Sha256);
        else if (pin == u"wrong"_s)
            policy.pinSha256 = QByteArray(32, '\x5a');

        const Exchange e = exchange(policy, server.url(), "POST", kBody);
        QVERIFY(e.result);
        QCOMPARE(e.callbacks, 1);
        if (refusal.isEmpty()) {
            QVERIFY2(e.result->status == HttpResult::Status::Ok, qPrintable(e.result->error));
            QCOMPARE(e.result->httpStatus, 200);
            QCOMPARE(server.requests.size(), 1);
            return;
        }
        QCOMPARE(e.result->status, HttpResult::Status::NetworkError);
        QVERIFY2(e.result->error.contains(refusal, Qt::CaseInsensitive), qPrintable(e.result->error));
        // Fails closed before the request: nothing reached the server's HTTP layer.
        QCOMPARE(server.requests.size(), 0);
        QVERIFY(!server.received.contains(kSecret));
    }

    void plainHttpToARemoteHostIsRefusedBeforeConnecting()
    {
        const Exchange e = exchange(quickPolicy(), "http://192.0.2.1:9");
        QVERIFY(e.result);
        QCOMPARE(e.result->status, HttpResult::Status::NetworkError);
        QVERIFY2(e.result->error.contains(u"plain http"_s), qPrintable(e.result->error));
        QVERIFY(e.elapsedMs < 5000); // refused before connecting (generous: CI machines are busy)
    }

    // ---- bounds ----------------------------------------------------------------------

    void inflatingBodyIsCappedAfterDecompression()
    {
        const QByteArray bomb = gzip(QByteArray(64 * 1024 * 1024, '0'));
        QVERIFY(bomb.size() > 1000 && bomb.size() < 1024 * 1024); // small on the wire
        RawHttpServer server([&](QTcpSocket *s, const RawRequest &) {
            s->write(RawHttpServer::response(200, bomb, "application/json", {{"Content-Encoding", "gzip"}}));
        });
        QVERIFY(server.start());
        HttpPolicy policy = quickPolicy();
        policy.maxResponseBytes = 4 * 1024 * 1024;
        const Exchange e = exchange(policy, server.url());
        QVERIFY(e.result);
        QVERIFY2(e.result->status == HttpResult::Status::NetworkError,
                 qPrintable(u"HTTP %1, %2 bytes: %3"_s.arg(e.result->httpStatus).arg(e.result->body.size()).arg(e.result->error)));
        QVERIFY2(e.result->error.contains(u"larger than the limit of 4 MiB"_s), qPrintable(e.result->error));
        QCOMPARE(server.requests.size(), 1); // a refusal of ours is not sent again
    }

    void tricklingServerHitsTheTotalTimeout()
    {
        // Headers at once, then one byte every 100 ms: never idle, never done.
        QList<QTcpSocket *> sockets;
        QTimer drip;
        connect(&drip, &QTimer::timeout, this, [&] {
            for (QTcpSocket *s : std::as_const(sockets))
                s->write("x");
        });
        drip.start(100);
        RawHttpServer server([&](QTcpSocket *s, const RawRequest &) {
            s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n");
            sockets << s;
        });
        QVERIFY(server.start());
        HttpPolicy policy = quickPolicy();
        policy.timeoutMs = 1000;
        policy.totalTimeoutMs = 2000;
        const Exchange e = exchange(policy, server.url());
        QVERIFY(e.result);
        QCOMPARE(e.result->status, HttpResult::Status::NetworkError);
        QVERIFY2(e.result->error.contains(u"did not finish answering within 2 seconds"_s), qPrintable(e.result->error));
        QVERIFY2(e.elapsedMs >= 1900 && e.elapsedMs < 15000, qPrintable(QString::number(e.elapsedMs)));
    }

    void silentServerHitsTheIdleTimeout()
    {
        RawHttpServer server([](QTcpSocket *, const RawRequest &) {}); // reads, never answers
        QVERIFY(server.start());
        HttpPolicy policy = quickPolicy();
        policy.timeoutMs = 800;
        const Exchange e = exchange(policy, server.url(), "POST", kBody); // POST: not sent again
        QVERIFY(e.result);
        QVERIFY2(e.result->error.contains(u"sent nothing for"_s), qPrintable(e.result->error));
        QVERIFY(e.elapsedMs < 15000);
        QCOMPARE(server.requests.size(), 1);
    }

    // ---- retries ---------------------------------------------------------------------

    void readsAreSentAgainAfterTransientFailures_data()
    {
        QTest::addColumn<QString>("failure");
        QTest::newRow("503") << u"503"_s;
        QTest::newRow("502") << u"502"_s;
        QTest::newRow("504") << u"504"_s;
        QTest::newRow("429") << u"429"_s;
        QTest::newRow("closed before the answer") << u"close"_s;
        QTest::newRow("closed mid-body") << u"short"_s;
    }

    void readsAreSentAgainAfterTransientFailures()
    {
        QFETCH(QString, failure);
        int seen = 0;
        RawHttpServer server([&](QTcpSocket *s, const RawRequest &) {
            if (++seen <= 2) {
                if (failure == u"close"_s) {
                    s->abort();
                } else if (failure == u"short"_s) {
                    s->write("HTTP/1.1 200 OK\r\nContent-Length: 500\r\n\r\n{\"sess");
                    s->flush();
                    s->abort();
                } else {
                    s->write(RawHttpServer::response(failure.toInt(), "<html>busy</html>", "text/html"));
                }
                return;
            }
            s->write(RawHttpServer::response(200, "{\"ok\":true}"));
        });
        QVERIFY(server.start());
        const Exchange e = exchange(quickPolicy(), server.url());
        QVERIFY(e.result);
        QCOMPARE(e.callbacks, 1);
        QVERIFY2(e.result->status == HttpResult::Status::Ok, qPrintable(e.result->error));
        QCOMPARE(e.result->httpStatus, 200);
        QCOMPARE(e.result->body, QByteArray("{\"ok\":true}"));
        // Qt itself sends a read again once when a connection closes before any answer;
        // either way the third request is the one that succeeds.
        QCOMPARE(server.requests.size(), 3);
        QVERIFY2(e.result->attempts == 3 || (failure == u"close"_s && e.result->attempts == 2),
                 qPrintable(QString::number(e.result->attempts)));
        // Backed off 0.5 s, then 1 s (only 0.5 s when Qt's own resend was the second try).
        QVERIFY2(e.elapsedMs >= (e.result->attempts == 3 ? 1400 : 450), qPrintable(QString::number(e.elapsedMs)));
    }

    void retriesAreBounded()
    {
        RawHttpServer server([](QTcpSocket *s, const RawRequest &) { s->write(RawHttpServer::response(503, "{}")); });
        QVERIFY(server.start());
        const Exchange e = exchange(quickPolicy(), server.url(), "POST", "{}", HttpClient::Retry::ReadOnly);
        QVERIFY(e.result);
        QCOMPARE(e.result->httpStatus, 503);
        QCOMPARE(e.result->attempts, 1 + HttpClient::kMaxRetries);
        QCOMPARE(server.requests.size(), 1 + HttpClient::kMaxRetries);
    }

    void retryAfterIsHonoured()
    {
        QElapsedTimer sinceFirst;
        qint64 secondAtMs = -1;
        RawHttpServer server([&](QTcpSocket *s, const RawRequest &) {
            if (!sinceFirst.isValid()) {
                sinceFirst.start();
                s->write(RawHttpServer::response(503, "{}", "application/json", {{"Retry-After", "2"}}));
                return;
            }
            secondAtMs = sinceFirst.elapsed();
            s->write(RawHttpServer::response(200, "{}"));
        });
        QVERIFY(server.start());
        const Exchange e = exchange(quickPolicy(), server.url());
        QVERIFY(e.result);
        QCOMPARE(e.result->httpStatus, 200);
        QVERIFY2(secondAtMs >= 1900, qPrintable(QString::number(secondAtMs)));
    }

    void aWaitLongerThanTheTotalTimeoutIsNotTaken()
    {
        RawHttpServer server([](QTcpSocket *s, const RawRequest &) {
            s->write(RawHttpServer::response(503, "{}", "application/json", {{"Retry-After", "3600"}}));
        });
        QVERIFY(server.start());
        const Exchange e = exchange(quickPolicy(), server.url());
        QVERIFY(e.result);
        QCOMPARE(e.result->httpStatus, 503);
        QCOMPARE(server.requests.size(), 1);
        QVERIFY(e.elapsedMs < 10000); // did not wait the hour
    }

    void changesAreNeverSentTwice_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("failure");
        for (const QByteArray verb : {"POST", "DELETE"}) {
            QTest::addRow("%s 503", verb.constData()) << verb << u"503"_s;
            QTest::addRow("%s closed", verb.constData()) << verb << u"close"_s;
        }
    }

    void changesAreNeverSentTwice()
    {
        QFETCH(QByteArray, verb);
        QFETCH(QString, failure);
        RawHttpServer server([&](QTcpSocket *s, const RawRequest &) {
            if (failure == u"close"_s)
                s->abort();
            else
                s->write(RawHttpServer::response(503, "{}"));
        });
        QVERIFY(server.start());
        const Exchange e = exchange(quickPolicy(), server.url(), verb, kBody);
        QVERIFY(e.result);
        QCOMPARE(e.callbacks, 1);
        QCOMPARE(e.result->attempts, 1);
        if (failure == u"close"_s) {
            // No answer after the request went out: the caller must not call it failed.
            QCOMPARE(e.result->status, HttpResult::Status::NetworkError);
            QVERIFY(e.result->maybeActed);
            QVERIFY2(e.result->error.contains(u"not known whether"_s), qPrintable(e.result->error));
        } else {
            QCOMPARE(e.result->httpStatus, 503);
            QVERIFY(!e.result->maybeActed);
        }
        QTest::qWait(1000); // longer than the first backoff
        QCOMPARE(server.requests.size(), 1);
    }

    // ---- revoking through a failing connection ----------------------------------------

    void lostConnectionMidBulkRevokeIsReportedPerSession()
    {
        // One answer per session id: the server revokes some, knows one no more, fails
        // one, and drops the connection after receiving another.
        QStringList revokedOnServer;
        RawHttpServer server([&](QTcpSocket *s, const RawRequest &r) {
            const QString id = QJsonDocument::fromJson(r.body).object().value(u"sessionId"_s).toString();
            if (id == u"drop"_s) {
                revokedOnServer << id; // it acted, then the connection died
                s->abort();
            } else if (id == u"gone"_s) {
                s->write(RawHttpServer::response(404, "{\"success\":false,\"error\":\"Session not found\"}"));
            } else if (id == u"broken"_s) {
                s->write(RawHttpServer::response(500, "{\"success\":false,\"error\":\"Internal error\"}"));
            } else {
                revokedOnServer << id;
                s->write(RawHttpServer::response(200, "{\"success\":true}"));
            }
        });
        QVERIFY(server.start());
        Connection c = rocketChatAt(server);
        QTemporaryDir dir;
        AuditLog audit(dir.filePath(u"audit.jsonl"_s));
        QNetworkAccessManager nam;
        const QStringList ids = {u"a"_s, u"drop"_s, u"b"_s, u"gone"_s, u"broken"_s, u"c"_s};
        QList<RevokeTarget> targets;
        for (const QString &id : ids)
            targets.append({id, u"user-"_s + id});
        RevokeJob job(c, targets, &nam);
        job.setAuditLog(&audit, u"hostile"_s);
        QSignalSpy finished(&job, &RevokeJob::finished);
        job.start();
        QVERIFY(finished.wait(30000));

        QHash<QString, RevokeOutcome::Status> byId;
        for (const RevokeOutcome &o : job.outcomes())
            byId.insert(o.target.sessionId, o.status);
        QCOMPARE(byId.size(), ids.size());
        QCOMPARE(byId[u"a"_s], RevokeOutcome::Status::Revoked);
        QCOMPARE(byId[u"b"_s], RevokeOutcome::Status::Revoked);
        QCOMPARE(byId[u"c"_s], RevokeOutcome::Status::Revoked);
        QCOMPARE(byId[u"gone"_s], RevokeOutcome::Status::AlreadyGone);
        QCOMPARE(byId[u"broken"_s], RevokeOutcome::Status::Failed);
        QCOMPARE(byId[u"drop"_s], RevokeOutcome::Status::Unknown);
        // Each id went out exactly once, the dropped one included.
        QCOMPARE(server.requests.size(), ids.size());

        // The audit log says the same, one entry per session.
        QHash<QString, QString> logged;
        for (const AuditEntry &e : audit.read())
            logged.insert(e.sessionId, e.outcome);
        QCOMPARE(logged.size(), ids.size());
        for (const RevokeOutcome &o : job.outcomes())
            QCOMPARE(logged.value(o.target.sessionId), RevokeOutcome::statusKey(o.status));
        QVERIFY(TestHelpers::filesContaining(dir.path(), kSecret).isEmpty());
    }

    // ---- the CLI's transport options ----------------------------------------------------

    void cliTlsOptions_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("untrusted CA") << QStringList() << 1 << u"untrusted"_s;
        QTest::newRow("--ca-file") << QStringList{u"--ca-file"_s, u"CA"_s} << 0 << QString();
        QTest::newRow("--ca-file, wrong --pin-sha256") << QStringList{u"--ca-file"_s, u"CA"_s, u"--pin-sha256"_s, QString(64, u'a')} << 1
                                                       << u"pinned SHA-256"_s;
        QTest::newRow("--pin-sha256 alone") << QStringList{u"--pin-sha256"_s, u"PIN"_s} << 0 << QString();
        QTest::newRow("--max-response-mb") << QStringList{u"--ca-file"_s, u"CA"_s, u"--max-response-mb"_s, u"1"_s} << 1
                                           << u"larger than the limit of 1 MiB"_s;
    }

    void cliTlsOptions()
    {
        QFETCH(QStringList, options);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        // A Rocket.Chat session list of about 1.5 MB.
        QByteArray sessions;
        for (int i = 0; i < 5000; ++i)
            sessions += (i ? "," : "") + QByteArray("{\"sessionId\":\"s") + QByteArray::number(i) + "\",\"userId\":\"u\",\"device\":{\"name\":\""
                + QByteArray(260, 'x') + "\"}}";
        const QByteArray page = "{\"sessions\":[" + sessions + "],\"count\":5000,\"offset\":0,\"total\":5000,\"success\":true}";
        RawHttpServer server([&](QTcpSocket *s, const RawRequest &r) {
            s->write(RawHttpServer::response(200, r.target.contains("offset=0") ? page : QByteArray("{\"sessions\":[],\"total\":5000,\"success\":true}")));
        });
        // With --pin-sha256 alone the server's certificate is self-signed: the pin vouches for it.
        const QList<QSslCertificate> chain = options.contains(u"PIN"_s) ? m_certs.selfSigned : m_certs.server;
        server.useTls(chain, m_certs.key);
        QVERIFY(server.start());
        for (QString &o : options) {
            if (o == u"CA"_s)
                o = m_certs.caFile;
            else if (o == u"PIN"_s)
                o = QString::fromLatin1(chain.first().digest(QCryptographicHash::Sha256).toHex());
        }

        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOSTILE_TOKEN"_s, QString::fromLatin1(kSecret));
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(SESSIONDESK_CLI), QStringList{u"list"_s, u"--url"_s, QString::fromUtf8(server.url()), u"--user-id"_s,
                                                                u"admin"_s, u"--token-env"_s, u"HOSTILE_TOKEN"_s, u"--format"_s, u"csv"_s,
                                                                u"--columns"_s, u"sessionId"_s}
                                                       + options);
        QVERIFY(QTest::qWaitFor([&] { return cli.state() == QProcess::NotRunning; }, 60000));
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        QVERIFY2(cli.exitCode() == exitCode, qPrintable(err));
        if (exitCode == 0) {
            QCOMPARE(cli.readAllStandardOutput().count('\n'), 5001);
        } else {
            QVERIFY2(err.contains(message), qPrintable(err));
            QVERIFY2(!err.contains(QString::fromLatin1(kSecret)), qPrintable(err));
        }
    }

    void lateAnswerAfterDecliningTheCodeAsksNoMore()
    {
        // Two revokes in flight; both answers say a second factor is needed, the second
        // one late. Declining the first question must end the job without a second one.
        QList<QTcpSocket *> held;
        const QByteArray totp = RawHttpServer::response(
            401, "{\"success\":false,\"error\":\"totp-required\",\"details\":{\"method\":\"totp\"}}");
        RawHttpServer server([&](QTcpSocket *s, const RawRequest &) {
            if (held.isEmpty() && server.requests.size() == 1) {
                s->write(totp);
                return;
            }
            held << s;
            QTimer::singleShot(300, s, [s, totp] { s->write(totp); });
        });
        QVERIFY(server.start());
        QNetworkAccessManager nam;
        RevokeJob job(rocketChatAt(server), {{u"one"_s, u"u1"_s}, {u"two"_s, u"u2"_s}}, &nam);
        job.setMaxParallelRequests(2);
        int asked = 0;
        connect(&job, &RevokeJob::twoFactorRequired, this, [&] {
            ++asked;
            job.cancel(u"No second factor was given."_s);
        });
        QSignalSpy finished(&job, &RevokeJob::finished);
        job.start();
        QVERIFY(finished.wait(10000));
        QTest::qWait(400); // the late answer has come in by now
        QCOMPARE(asked, 1);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(job.outcomes().size(), 2);
        for (const RevokeOutcome &o : job.outcomes())
            QCOMPARE(o.status, RevokeOutcome::Status::Canceled);
    }

    void endlessPagesStopAtTheRowCap()
    {
        // Full pages without a total, forever: a broken or hostile server.
        RawHttpServer server([](QTcpSocket *s, const RawRequest &r) {
            const QByteArray offset = QUrlQuery(QUrl(QString::fromUtf8(r.target))).queryItemValue(u"offset"_s).toUtf8();
            QByteArray body = "{\"sessions\":[";
            for (int i = 0; i < 100; ++i)
                body += (i ? "," : "") + QByteArray("{\"sessionId\":\"s") + offset + '-' + QByteArray::number(i) + "\",\"userId\":\"u\"}";
            s->write(RawHttpServer::response(200, body + "],\"success\":true}"));
        });
        QVERIFY(server.start());
        Connection c = rocketChatAt(server);
        c.policy.maxRowsPerFetch = 2000;
        QNetworkAccessManager nam;
        RocketChatClient client(c, &nam);
        QSignalSpy finished(&client, &SessionProvider::finished);
        client.fetch();
        QVERIFY(finished.wait(30000));
        const auto result = finished.first().first().value<FetchResult>();
        QCOMPARE(result.status, FetchResult::Status::Failed);
        QVERIFY2(result.error.contains(u"more than the limit of 2000 sessions"_s), qPrintable(result.error));
        QVERIFY(server.requests.size() <= 2000 / 100 + 1 + c.policy.maxParallelRequests);
    }

    void cancelWhileWaitingToRetryEndsOnce()
    {
        RawHttpServer server([](QTcpSocket *s, const RawRequest &) { s->write(RawHttpServer::response(503, "{}")); });
        QVERIFY(server.start());
        QNetworkAccessManager nam;
        HttpClient http(&nam, quickPolicy());
        int callbacks = 0;
        HttpResult last;
        http.send(credentialedRequest(server.url()), "GET", {}, [&](const HttpResult &r) {
            ++callbacks;
            last = r;
        });
        QTRY_COMPARE(server.requests.size(), 1);
        QTest::qWait(150); // the answer is in; the request waits 500 ms to be sent again
        QCOMPARE(callbacks, 0);
        QCOMPARE(http.inFlight(), 1);
        http.abortAll();
        QCOMPARE(callbacks, 1);
        QCOMPARE(last.status, HttpResult::Status::Canceled);
        QCOMPARE(http.inFlight(), 0);
        QTest::qWait(1000);
        QCOMPARE(server.requests.size(), 1);
        QCOMPARE(callbacks, 1);
    }
};

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
