// SPDX-License-Identifier: GPL-3.0-or-later
// "Test connection" for OpenReplay and Seam against QtHttpServer fakes that check every
// request (method, path, auth header) and answer like the real servers (DESIGN.md).
#include "providers/connectiontest.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QNetworkAccessManager>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

QHttpServerResponse json(int status, const QByteArray &body)
{
    return QHttpServerResponse("application/json", body, static_cast<QHttpServerResponse::StatusCode>(status));
}

} // namespace

class TestConnectionTest : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;
    QStringList m_log; ///< "METHOD /path auth" per request

    ConnectionTestResult run(const Connection &c)
    {
        std::optional<ConnectionTestResult> result;
        ConnectionTest::run(c, &m_nam, this, [&](const ConnectionTestResult &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
            return {ConnectionTestResult::Status::Failed, u"no answer"_s, 0};
        return *result;
    }

    static QString method(const QHttpServerRequest &r)
    {
        return r.method() == QHttpServerRequest::Method::Post ? u"POST"_s : r.method() == QHttpServerRequest::Method::Get ? u"GET"_s : u"OTHER"_s;
    }
    void log(const QHttpServerRequest &r)
    {
        m_log.append(method(r) + u' ' + r.url().path() + u' ' + QString::fromUtf8(r.value("Authorization")));
    }

private Q_SLOTS:
    void init() { m_log.clear(); }

    void openReplayV2()
    {
        QHttpServer server;
        server.route(u"/v2/api/public/projects"_s, [this](const QHttpServerRequest &r) {
            log(r);
            if (r.value("Authorization") != "Bearer or-key")
                return json(401, {}); // OpenReplay answers auth failures with a bare 401
            return json(200, "{\"data\":[{\"projectKey\":\"pk1\",\"name\":\"Web\"},{\"projectKey\":\"pk2\",\"name\":\"App\"}]}");
        });
        const quint16 port = server.listen(QHostAddress::LocalHost);
        QVERIFY(port);
        Connection c;
        c.kind = ServerKind::OpenReplay;
        c.baseUrl = QUrl(u"http://127.0.0.1:%1/v2/api"_s.arg(port));
        c.secret = u"or-key"_s;
        ConnectionTestResult r = run(c);
        QCOMPARE(r.status, ConnectionTestResult::Status::Ok);
        QCOMPARE(r.openReplayApi, 2);
        QVERIFY2(r.message.contains(u"Projects: 2."_s), qPrintable(r.message));
        QCOMPARE(m_log, QStringList{u"GET /v2/api/public/projects Bearer or-key"_s});

        c.secret = u"wrong"_s;
        r = run(c);
        QCOMPARE(r.status, ConnectionTestResult::Status::AuthenticationFailed);
        QVERIFY(!r.message.contains(u"wrong"_s)); // never echo the key
    }

    void openReplayDetectsV1()
    {
        QHttpServer server; // an OpenReplay 1.26 server: no /public/projects, v1 sessions API
        server.route(u"/api/v1/<arg>/users/<arg>/sessions"_s, [this](const QString &project, const QString &, const QHttpServerRequest &r) {
            log(r);
            if (project != u"pk1"_s || r.value("Authorization") != "or-key")
                return json(401, "{\"errors\":[\"Unauthorized\"]}");
            if (r.query().queryItemValue(u"start_date"_s).isEmpty() || r.query().queryItemValue(u"end_date"_s).isEmpty())
                return json(400, "{\"errors\":[\"start_date and end_date are required\"]}");
            return json(200, "{\"data\":[]}");
        });
        server.route(u"/public/projects"_s, [this](const QHttpServerRequest &r) {
            log(r);
            return json(404, "{\"errors\":[\"not found\"]}");
        });
        const quint16 port = server.listen(QHostAddress::LocalHost);
        Connection c;
        c.kind = ServerKind::OpenReplay;
        c.baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
        c.secret = u"or-key"_s;
        c.projectKey = u"pk1"_s;
        const ConnectionTestResult r = run(c);
        QCOMPARE(r.status, ConnectionTestResult::Status::Ok);
        QCOMPARE(r.openReplayApi, 1);
        QCOMPARE(m_log.size(), 2);
        QCOMPARE(m_log.at(0), u"GET /public/projects Bearer or-key"_s);
        QVERIFY2(m_log.at(1).startsWith(u"GET /api/v1/pk1/users/"_s) && m_log.at(1).endsWith(u" or-key"_s)
                     && !m_log.at(1).contains(u"Bearer"_s), qPrintable(m_log.at(1)));
    }

    void seam()
    {
        QHttpServer server;
        server.route(u"/workspaces/get"_s, [this](const QHttpServerRequest &r) {
            log(r);
            if (r.method() != QHttpServerRequest::Method::Post)
                return json(405, "{\"error\":{\"type\":\"method_not_allowed\",\"message\":\"use POST\"},\"ok\":false}");
            if (r.value("Authorization") != "Bearer seam_test_key")
                return json(401, "{\"error\":{\"type\":\"unauthorized\",\"message\":\"Unauthorized\"},\"ok\":false}");
            return json(200, "{\"workspace\":{\"workspace_id\":\"ws_1\",\"name\":\"Head office\",\"is_sandbox\":true},\"ok\":true}");
        });
        const quint16 port = server.listen(QHostAddress::LocalHost);
        Connection c;
        c.kind = ServerKind::Seam;
        c.baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
        c.secret = u"seam_test_key"_s;
        ConnectionTestResult r = run(c);
        QCOMPARE(r.status, ConnectionTestResult::Status::Ok);
        QVERIFY2(r.message.contains(u"Head office"_s), qPrintable(r.message));
        QCOMPARE(m_log, QStringList{u"POST /workspaces/get Bearer seam_test_key"_s});
        c.secret = u"other"_s;
        r = run(c);
        QCOMPARE(r.status, ConnectionTestResult::Status::AuthenticationFailed);
    }

    void unreachable()
    {
        Connection c;
        c.kind = ServerKind::Seam;
        c.baseUrl = QUrl(u"http://127.0.0.1:1"_s);
        c.secret = u"k"_s;
        const ConnectionTestResult r = run(c);
        QCOMPARE(r.status, ConnectionTestResult::Status::Failed);
        QVERIFY2(r.message.contains(u"refused"_s), qPrintable(r.message));
    }
};

QTEST_GUILESS_MAIN(TestConnectionTest)
#include "tst_connectiontest.moc"
