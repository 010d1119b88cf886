// SPDX-License-Identifier: GPL-3.0-or-later
// The OpenReplay and Seam clients against the demo server, which answers like the real
// APIs (DESIGN.md) and checks auth, bodies and ranges.
#include "demoserver.h"
#include "providers/openreplay/openreplayclient.h"
#include "providers/seam/seamclient.h"
#include "sessionstore.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestProviders : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;
    std::unique_ptr<DemoServer> m_demo;
    qint64 m_reference = 0;

    struct Fetched
    {
        FetchResult result;
        QList<Session> sessions;
    };
    Fetched fetch(const Connection &c)
    {
        std::unique_ptr<SessionProvider> provider(SessionProvider::create(c, &m_nam, nullptr));
        Fetched out;
        connect(provider.get(), &SessionProvider::batchReady, this, [&out](const SessionBatch &b) {
            for (int i = 0; i < b.size(); ++i)
                out.sessions.append(b.session(i));
        });
        QSignalSpy finished(provider.get(), &SessionProvider::finished);
        provider->fetch();
        if (finished.wait(15000))
            out.result = finished.first().first().value<FetchResult>();
        return out;
    }
    Connection openReplay(int api = 0) const
    {
        Connection c = m_demo->info().openReplayConnection({});
        if (api == 1)
            c.baseUrl = m_demo->info().openReplayV1Url;
        c.openReplayApi = api;
        c.untilMs = m_reference + 1;
        return c;
    }
    Connection seam() const { return m_demo->info().seamConnection(); }

private Q_SLOTS:
    void initTestCase()
    {
        m_reference = DemoServer::defaultReferenceTime();
        m_demo = std::make_unique<DemoServer>(5, 100, m_reference);
        QVERIFY(m_demo->listen());
    }

    void openReplayV2PagesAndMergesUsers()
    {
        Connection c = openReplay(2);
        c.users = {u"user1@example.org"_s, u"user2@example.org"_s};
        c.rangeDays = 90; // user1 has 260 sessions in 54 days: two pages of 200
        const Fetched f = fetch(c);
        QCOMPARE(f.result.status, FetchResult::Status::Ok);
        const int expected = DemoServer::openReplaySessionCount(0) + DemoServer::openReplaySessionCount(1);
        QCOMPARE(f.sessions.size(), expected);
        QSet<QString> ids, users;
        for (const Session &s : f.sessions) {
            ids.insert(s.sessionId);
            users.insert(s.userId); // v2 items carry no user: the client fills it in
            QVERIFY(s.loginAt <= m_reference);
            QVERIFY2(s.details.contains(u"events"_s), qPrintable(s.details));
        }
        QCOMPARE(ids.size(), expected);
        QCOMPARE(users, (QSet<QString>{u"user1@example.org"_s, u"user2@example.org"_s}));
    }

    void openReplayDateRangeIsSent()
    {
        Connection c = openReplay(2);
        c.users = {u"user1@example.org"_s};
        c.sinceMs = m_reference - 24LL * 3600 * 1000;
        const Fetched f = fetch(c);
        QCOMPARE(f.result.status, FetchResult::Status::Ok);
        QVERIFY(f.sessions.size() >= 4 && f.sessions.size() <= 6); // one every five hours
        for (const Session &s : f.sessions)
            QVERIFY(s.loginAt >= c.sinceMs);
    }

    void openReplayDetectsV1()
    {
        Connection c = openReplay(0);
        c.baseUrl = m_demo->info().openReplayV1Url; // an old server: no v2 API there
        c.users = {u"user3@example.org"_s};
        std::unique_ptr<OpenReplayClient> client(new OpenReplayClient(c, &m_nam));
        QSignalSpy finished(client.get(), &SessionProvider::finished);
        QSignalSpy batches(client.get(), &SessionProvider::batchReady);
        client->fetch();
        QVERIFY(finished.wait(15000));
        const FetchResult r = finished.first().first().value<FetchResult>();
        QVERIFY2(r.status == FetchResult::Status::Ok, qPrintable(r.error));
        QCOMPARE(client->apiVersion(), 1);
        QVERIFY(r.sessions > 0);
        const Session s = batches.first().first().value<SessionBatch>().session(0);
        QVERIFY(!s.deviceName.isEmpty()); // v1 carries browser, OS and location
        QVERIFY(s.ip.contains(u", "_s));
    }

    void openReplayErrors()
    {
        Connection c = openReplay(2);
        c.users = {u"user1@example.org"_s};
        c.secret = u"wrong"_s;
        Fetched f = fetch(c);
        QCOMPARE(f.result.status, FetchResult::Status::AuthenticationFailed);
        QVERIFY2(f.result.error.contains(u"API key or the project key"_s), qPrintable(f.result.error));
        QVERIFY(!f.result.error.contains(u"wrong"_s));

        c = openReplay(2);
        f = fetch(c); // no users
        QCOMPARE(f.result.status, FetchResult::Status::Failed);
        QVERIFY2(f.result.error.contains(u"--user"_s), qPrintable(f.result.error));
    }

    void openReplayDeleteUserData()
    {
        Connection c = openReplay(2);
        std::optional<OpenReplayClient::DeleteResult> r;
        auto run = [&] {
            r.reset();
            OpenReplayClient::deleteUserData(c, u"user8@example.org"_s, &m_nam, this, [&](const OpenReplayClient::DeleteResult &d) { r = d; });
            return QTest::qWaitFor([&] { return r.has_value(); }, 10000);
        };
        QVERIFY(run());
        QCOMPARE(r->status, OpenReplayClient::DeleteResult::Status::Accepted);
        QVERIFY(run());
        QCOMPARE(r->status, OpenReplayClient::DeleteResult::Status::AlreadyScheduled); // 409
        c.users = {u"user8@example.org"_s};
        QCOMPARE(fetch(c).sessions.size(), 0); // the data is gone
    }

    void openReplayProjectsAndUserSearch()
    {
        Connection c = openReplay(2);
        std::optional<QString> error;
        QList<OpenReplayParser::Project> projects;
        OpenReplayClient::listProjects(c, &m_nam, this, [&](const QList<OpenReplayParser::Project> &p, const QString &e) {
            projects = p;
            error = e;
        });
        QVERIFY(QTest::qWaitFor([&] { return error.has_value(); }, 10000));
        QVERIFY2(error->isEmpty(), qPrintable(*error));
        QCOMPARE(projects.size(), 1);
        QCOMPARE(projects.first().key, m_demo->info().openReplayProjectKey);

        error.reset();
        QList<OpenReplayParser::User> users;
        OpenReplayClient::searchUsers(c, u"USER1"_s, &m_nam, this, [&](const QList<OpenReplayParser::User> &u, const QString &e) {
            users = u;
            error = e;
        });
        QVERIFY(QTest::qWaitFor([&] { return error.has_value(); }, 10000));
        QVERIFY2(error->isEmpty(), qPrintable(*error));
        QCOMPARE(users.size(), 1);
        QCOMPARE(users.first().id, u"user1@example.org"_s);
    }

    void seamListsAndFilters()
    {
        Fetched f = fetch(seam());
        QCOMPARE(f.result.status, FetchResult::Status::Ok);
        QCOMPARE(f.sessions.size(), DemoServer::kSeamSessions);
        Connection c = seam();
        c.seam.userIdentifierKey = u"internal user ID 3"_s;
        f = fetch(c);
        QVERIFY(f.sessions.size() >= 2);
        for (const Session &s : f.sessions)
            QCOMPARE(s.userId, u"internal user ID 3"_s);
        c = seam();
        c.seam.withoutUserIdentifierKey = true;
        f = fetch(c);
        QVERIFY(!f.sessions.isEmpty());
        for (const Session &s : f.sessions)
            QVERIFY(s.userId.isEmpty());
        c = seam();
        c.secret = u"nope"_s;
        QCOMPARE(fetch(c).result.status, FetchResult::Status::AuthenticationFailed);
    }

    void seamListBody()
    {
        SeamFilter filter;
        QCOMPARE(SeamClient::listBody(filter), QByteArray("{}"));
        filter.userIdentifierKey = u"u1"_s;
        filter.withoutUserIdentifierKey = true;
        QCOMPARE(SeamClient::listBody(filter), QByteArray("{\"user_identifier_key\":\"u1\",\"without_user_identifier_key\":true}"));
    }
};

QTEST_GUILESS_MAIN(TestProviders)
#include "tst_providers.moc"
