// SPDX-License-Identifier: GPL-3.0-or-later
// Bulk revoke against the demo server and against QtHttpServer fakes that check every
// request and answer like Rocket.Chat and Seam do (DESIGN.md), errors and rate limits included.
#include "auditlog.h"
#include "demoserver.h"
#include "revokejob.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using Status = RevokeOutcome::Status;

namespace {

QHttpServerResponse json(int status, const QByteArray &body, const QList<std::pair<QByteArray, QByteArray>> &headers = {})
{
    QHttpServerResponse r("application/json", body, static_cast<QHttpServerResponse::StatusCode>(status));
    for (const auto &[name, value] : headers)
        r.addHeader(name, value);
    return r;
}

QList<RevokeTarget> targets(const QStringList &ids)
{
    QList<RevokeTarget> list;
    for (const QString &id : ids)
        list.append({id, u"user-"_s + id});
    return list;
}

QString statuses(const QList<RevokeOutcome> &outcomes)
{
    QStringList parts;
    for (const RevokeOutcome &o : outcomes)
        parts.append(o.target.sessionId + u'=' + RevokeOutcome::statusKey(o.status));
    parts.sort();
    return parts.join(u' ');
}

} // namespace

class TestRevokeJob : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;
    std::unique_ptr<DemoServer> m_demo;
    QTemporaryDir m_dir;

    Connection demoConnection(bool allUsers = false) const { return m_demo->info().rocketChatConnection(allUsers); }
    QStringList demoIds(int from, int count) const
    {
        QStringList ids;
        for (int i = from; i < from + count; ++i)
            ids.append(m_demo->data().session(i).sessionId);
        return ids;
    }
    static bool run(RevokeJob &job, int timeoutMs = 15000)
    {
        QSignalSpy finished(&job, &RevokeJob::finished);
        job.start();
        return finished.wait(timeoutMs) && finished.size() == 1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<RevokeOutcome>();
        m_demo = std::make_unique<DemoServer>(11, 200, DemoServer::defaultReferenceTime());
        QVERIFY(m_demo->listen());
    }

    void ownSessionsRevokedAndAudited()
    {
        const QString auditPath = m_dir.filePath(u"audit.jsonl"_s);
        AuditLog audit(auditPath);
        const QStringList ids = demoIds(0, 5) << u"NoSuchSession1234"_s;
        RevokeJob job(demoConnection(), targets(ids), &m_nam);
        job.setAuditLog(&audit, u"prod"_s);
        QSignalSpy progress(&job, &RevokeJob::progress);
        QVERIFY(run(job));
        QCOMPARE(job.outcomes().size(), 6);
        QCOMPARE(progress.last().at(0).toInt(), 6);
        for (const RevokeOutcome &o : job.outcomes())
            QCOMPARE(o.status, o.target.sessionId == u"NoSuchSession1234"_s ? Status::AlreadyGone : Status::Revoked);

        // Revoked sessions are gone from the server; revoking again reports "already gone".
        RevokeJob again(demoConnection(), targets(ids.mid(0, 1)), &m_nam);
        QVERIFY(run(again));
        QCOMPARE(again.outcomes().first().status, Status::AlreadyGone);

        const QList<AuditEntry> entries = audit.read();
        QCOMPARE(entries.size(), 6);
        QCOMPARE(entries.first().profile, u"prod"_s);
        QCOMPARE(entries.first().action, u"revoke"_s);
        QCOMPARE(entries.first().kind, u"rocketchat"_s);
        QVERIFY(entries.first().userId.startsWith(u"user-"_s));
        QFile raw(auditPath);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QVERIFY(!raw.readAll().contains(m_demo->info().rocketChatToken.toUtf8())); // no secret in the log
        QCOMPARE(raw.permissions() & (QFile::ReadOther | QFile::ReadGroup), QFileDevice::Permissions());
    }

    void adminRevokeAsksForSecondFactor_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("code");
        QTest::newRow("totp") << u"totp"_s << u"123456"_s;
        QTest::newRow("password") << u"password"_s << u"demo"_s; // sent as its SHA-256
    }
    void adminRevokeAsksForSecondFactor()
    {
        QFETCH(QString, method);
        QFETCH(QString, code);
        const QStringList ids = demoIds(method == u"totp"_s ? 20 : 30, 4);
        RevokeJob job(demoConnection(true), targets(ids), &m_nam);
        QStringList asked;
        connect(&job, &RevokeJob::twoFactorRequired, &job, [&](const QString &serverMethod, const QString &message) {
            asked.append(serverMethod + u'|' + message);
            // a wrong code first, then the right one
            QTimer::singleShot(0, &job, [&job, &asked, method, code] { job.provideTwoFactor(method, asked.size() == 1 ? u"000000"_s : code); });
        });
        QVERIFY(run(job));
        QCOMPARE(asked.size(), 2);
        QCOMPARE(asked.first(), u"totp|"_s);
        QVERIFY2(asked.at(1).contains(u"not accepted"_s), qPrintable(asked.at(1)));
        QCOMPARE(statuses(job.outcomes()), statuses([&] {
                     QList<RevokeOutcome> expected;
                     for (const QString &id : ids)
                         expected.append({{id, {}}, Status::Revoked, {}});
                     return expected;
                 }()));
    }

    void cancelWhileWaitingForTheCode()
    {
        RevokeJob job(demoConnection(true), targets(demoIds(40, 3)), &m_nam);
        connect(&job, &RevokeJob::twoFactorRequired, &job, [&job] { job.cancel(u"no code"_s); });
        QVERIFY(run(job));
        QCOMPARE(job.outcomes().size(), 3);
        for (const RevokeOutcome &o : job.outcomes()) {
            QCOMPARE(o.status, Status::Canceled);
            QCOMPARE(o.reason, u"no code"_s);
        }
        // nothing was revoked
        RevokeJob check(demoConnection(), targets(demoIds(40, 3)), &m_nam);
        QVERIFY(run(check));
        QCOMPARE(statuses(check.outcomes()).count(u"=revoked"_s), 3);
    }

    void rateLimitIsWaitedOutAndOnlyThen()
    {
        QHttpServer server;
        QHash<QString, int> attempts;
        int total = 0;
        server.route(u"/api/v1/sessions/logout.me"_s, QHttpServerRequest::Method::Post, [&](const QHttpServerRequest &r) {
            ++total;
            if (r.value("X-Auth-Token") != "tok" || r.value("X-User-Id") != "me")
                return json(401, "{\"status\":\"error\",\"message\":\"You must be logged in to do this.\"}");
            if (!r.value("Content-Type").startsWith("application/json"))
                return json(400, "{\"success\":false,\"error\":\"bad content type\"}");
            const QString id = QJsonDocument::fromJson(r.body()).object().value(u"sessionId"_s).toString();
            const int n = ++attempts[id];
            if (id == u"limited"_s && n == 1)
                return json(429, "{\"success\":false,\"error\":\"error-too-many-requests\"}", {{"Retry-After", "1"}});
            if (id == u"forbidden-later"_s)
                return json(500, "{\"success\":false,\"error\":\"Internal error\"}");
            return json(200, "{\"sessionId\":\"" + id.toUtf8() + "\",\"success\":true}");
        });
        const quint16 port = server.listen(QHostAddress::LocalHost);
        Connection c;
        c.baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
        c.userId = u"me"_s;
        c.secret = u"tok"_s;
        RevokeJob job(c, targets({u"a"_s, u"limited"_s, u"b"_s, u"forbidden-later"_s}), &m_nam);
        QSignalSpy limited(&job, &RevokeJob::rateLimited);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(run(job));
        QCOMPARE(limited.size(), 1);
        QCOMPARE(limited.first().first().toInt(), 1);
        QVERIFY(timer.elapsed() >= 900); // it waited for the server's Retry-After
        QCOMPARE(attempts.value(u"limited"_s), 2);       // a 429 proves nothing happened: sent again
        QCOMPARE(attempts.value(u"forbidden-later"_s), 1); // anything else is never retried
        QCOMPARE(statuses(job.outcomes()), u"a=revoked b=revoked forbidden-later=failed limited=revoked"_s);
        QCOMPARE(total, 5);
    }

    void permissionDeniedStopsTheRest()
    {
        QHttpServer server;
        int requests = 0;
        server.route(u"/api/v1/sessions/logout"_s, QHttpServerRequest::Method::Post, [&](const QHttpServerRequest &) {
            ++requests;
            return json(403, "{\"success\":false,\"error\":\"User does not have the permissions required for this action [error-unauthorized]\"}");
        });
        const quint16 port = server.listen(QHostAddress::LocalHost);
        Connection c;
        c.baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
        c.userId = u"me"_s;
        c.secret = u"tok"_s;
        c.allUsers = true;
        RevokeJob job(c, targets({u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s}), &m_nam);
        job.setMaxParallelRequests(1);
        QVERIFY(run(job));
        QCOMPARE(requests, 1);
        QCOMPARE(job.outcomes().size(), 5);
        QVERIFY2(job.outcomes().first().reason.contains(u"HTTP 403"_s), qPrintable(job.outcomes().first().reason));
        QVERIFY(job.outcomes().last().reason.startsWith(u"Not sent"_s));
    }

    void seamRevokeRequest()
    {
        QHttpServer server;
        QStringList seen;
        server.route(u"/client_sessions/revoke"_s, QHttpServerRequest::Method::Post, [&](const QHttpServerRequest &r) {
            const QString id = QJsonDocument::fromJson(r.body()).object().value(u"client_session_id"_s).toString();
            seen.append(QString::fromUtf8(r.value("Authorization")) + u' ' + id);
            if (id == u"gone"_s)
                return json(404, "{\"error\":{\"type\":\"client_session_not_found\",\"message\":\"Client session not found\"},\"ok\":false}");
            return json(200, "{\"ok\":true}");
        });
        const quint16 port = server.listen(QHostAddress::LocalHost);
        Connection c;
        c.kind = ServerKind::Seam;
        c.baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
        c.secret = u"seam_key"_s;
        RevokeJob job(c, targets({u"cs_1"_s, u"gone"_s}), &m_nam);
        QVERIFY(run(job));
        seen.sort();
        QCOMPARE(seen, (QStringList{u"Bearer seam_key cs_1"_s, u"Bearer seam_key gone"_s}));
        QCOMPARE(statuses(job.outcomes()), u"cs_1=revoked gone=already-gone"_s);
    }

    void openReplayCannotRevoke()
    {
        Connection c;
        c.kind = ServerKind::OpenReplay;
        c.baseUrl = QUrl(u"http://127.0.0.1:1"_s);
        RevokeJob job(c, targets({u"123"_s}), &m_nam);
        QVERIFY(run(job));
        QCOMPARE(job.outcomes().first().status, Status::Failed);
        QVERIFY(job.outcomes().first().reason.contains(u"delete-user-data"_s));
    }
};

QTEST_GUILESS_MAIN(TestRevokeJob)
#include "tst_revokejob.moc"
