// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoserver.h"
#include "providers/rocketchat/rocketchatparser.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#if defined(Q_OS_LINUX)
#include <sched.h>
#endif

using namespace Qt::Literals::StringLiterals;

class TestDemoServer : public QObject
{
    Q_OBJECT

    struct Reply
    {
        int status = 0;
        QByteArray body;
    };

    Reply get(const QUrl &url, const QByteArray &userId, const QByteArray &token)
    {
        QNetworkRequest request(url);
        if (!userId.isNull())
            request.setRawHeader("X-User-Id", userId);
        if (!token.isNull())
            request.setRawHeader("X-Auth-Token", token);
        QNetworkReply *reply = m_nam.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(10000);
        Reply r{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
        reply->deleteLater();
        return r;
    }

    QUrl list(const DemoServer &server, const QString &query) const
    {
        return QUrl(server.info().rocketChatUrl.toString() + u"/api/v1/sessions/list"_s + query);
    }

    QNetworkAccessManager m_nam;

private Q_SLOTS:
    void enforcesAuthentication_data()
    {
        QTest::addColumn<bool>("sendUser");
        QTest::addColumn<bool>("sendToken");
        QTest::addColumn<bool>("wrongToken");
        QTest::newRow("no headers") << false << false << false;
        QTest::newRow("no token") << true << false << false;
        QTest::newRow("no user") << false << true << false;
        QTest::newRow("wrong token") << true << true << true;
    }
    void enforcesAuthentication()
    {
        QFETCH(bool, sendUser);
        QFETCH(bool, sendToken);
        QFETCH(bool, wrongToken);
        DemoServer server(1, 10, 1'700'000'000'000);
        QVERIFY(server.listen() != 0);
        const DemoServerInfo info = server.info();
        const Reply r = get(list(server, {}), sendUser ? info.rocketChatUserId.toUtf8() : QByteArray(),
                            sendToken ? (wrongToken ? QByteArray("nope") : info.rocketChatToken.toUtf8()) : QByteArray());
        QCOMPARE(r.status, 401);
        QCOMPARE(QJsonDocument::fromJson(r.body).object().value(u"status"_s).toString(), u"error"_s);
    }

    void enforcesCountLimit_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("rows");
        QTest::newRow("default 50") << QString() << 200 << 50;
        QTest::newRow("100 allowed") << u"?count=100"_s << 200 << 100;
        QTest::newRow("101 refused") << u"?count=101"_s << 400 << 0;
        QTest::newRow("0 refused") << u"?count=0"_s << 400 << 0;
        QTest::newRow("garbage refused") << u"?count=lots"_s << 400 << 0;
        QTest::newRow("negative offset refused") << u"?offset=-5"_s << 400 << 0;
        QTest::newRow("last partial page") << u"?offset=950&count=100"_s << 200 << 50;
        QTest::newRow("beyond the end") << u"?offset=5000&count=100"_s << 200 << 0;
    }
    void enforcesCountLimit()
    {
        QFETCH(QString, query);
        QFETCH(int, status);
        QFETCH(int, rows);
        DemoServer server(1, 1000, 1'700'000'000'000);
        QVERIFY(server.listen() != 0);
        const Reply r = get(list(server, query), server.info().rocketChatUserId.toUtf8(), server.info().rocketChatToken.toUtf8());
        QCOMPARE(r.status, status);
        if (status == 200) {
            const auto page = RocketChatParser::parseSessionsPage(std::string_view(r.body.constData(), size_t(r.body.size())));
            QVERIFY2(page.ok, qPrintable(page.error));
            QCOMPARE(page.sessions.size(), rows);
            QCOMPARE(page.total, 1000);
        }
    }

    void dataIsDeterministicAndRealistic()
    {
        const DemoData a(42, 5000, 1'700'000'000'000), b(42, 5000, 1'700'000'000'000), c(43, 5000, 1'700'000'000'000);
        QCOMPARE(a.session(1234), b.session(1234));
        QVERIFY(a.session(1234).sessionId != c.session(1234).sessionId);
        QSet<QString> users, devices, oses, ids;
        qint64 oldest = std::numeric_limits<qint64>::max(), newest = 0;
        int ipv6 = 0;
        for (qint64 i = 0; i < 5000; ++i) {
            const Session s = a.session(i);
            ids << s.sessionId;
            users << s.userId;
            devices << s.deviceName;
            oses << s.osName;
            ipv6 += s.ip.contains(u':');
            oldest = std::min(oldest, s.loginAt);
            newest = std::max(newest, s.loginAt);
            QCOMPARE(s.sessionId.size(), 17);
        }
        QCOMPARE(ids.size(), 5000);
        QVERIFY(users.size() > 300);
        QVERIFY(devices.size() >= 5);
        QVERIFY(oses.size() >= 5);
        QVERIFY(ipv6 > 100);
        QVERIFY(newest <= 1'700'000'000'000);
        QVERIFY(newest - oldest > 90LL * 86400 * 1000); // spread over months
    }

    void threadedServerServesWhileCallerIsBusy()
    {
        DemoServerThread thread;
        QString error;
        QVERIFY(thread.start(7, 300, 0, &error));
        const DemoServerInfo info = thread.info();
        const Reply r = get(QUrl(info.rocketChatUrl.toString() + u"/api/v1/sessions/list?count=100"_s),
                            info.rocketChatUserId.toUtf8(), info.rocketChatToken.toUtf8());
        QCOMPARE(r.status, 200);
        const QJsonObject line = QJsonDocument::fromJson(info.toJsonLine()).object();
        QCOMPARE(line[u"rocketchat"_s][u"url"_s].toString(), info.rocketChatUrl.toString());
        QCOMPARE(line[u"sessions"_s].toInt(), 300);
    }

#if defined(Q_OS_LINUX)
    void threadedServerSchedulingIsChosen_data()
    {
        QTest::addColumn<DemoServerThread::Scheduling>("scheduling");
        QTest::addColumn<int>("policy");
        // The interactive demo keeps its fair share, so it still serves on a busy machine;
        // the benchmark's server takes only time SessionDesk's threads leave.
        QTest::newRow("background") << DemoServerThread::Scheduling::Background << int(SCHED_BATCH);
        QTest::newRow("idle") << DemoServerThread::Scheduling::Idle << int(SCHED_IDLE);
    }

    void threadedServerSchedulingIsChosen()
    {
        QFETCH(DemoServerThread::Scheduling, scheduling);
        QFETCH(int, policy);
        const auto serverThreads = [] {
            QSet<pid_t> ids;
            const QDir tasks(u"/proc/self/task"_s);
            for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
                QFile comm(tasks.filePath(task + u"/comm"_s));
                if (comm.open(QIODevice::ReadOnly) && comm.readAll().trimmed() == "demo-server")
                    ids << pid_t(task.toInt());
            }
            return ids;
        };
        // A server thread of an earlier test may linger for a moment after it was joined.
        const QSet<pid_t> before = serverThreads();
        DemoServerThread thread;
        QString error;
        QVERIFY(thread.start(7, 10, 0, &error, 0, scheduling));
        const QSet<pid_t> started = serverThreads() - before;
        QCOMPARE(started.size(), 1);
        QCOMPARE(sched_getscheduler(*started.begin()), policy);
        QCOMPARE(sched_getscheduler(0), SCHED_OTHER); // the caller is left as it was
        // It serves.
        const DemoServerInfo info = thread.info();
        const Reply r = get(QUrl(info.rocketChatUrl.toString() + u"/api/v1/sessions/list?count=5"_s),
                            info.rocketChatUserId.toUtf8(), info.rocketChatToken.toUtf8());
        QCOMPARE(r.status, 200);
    }
#endif
};

QTEST_GUILESS_MAIN(TestDemoServer)
#include "tst_demoserver.moc"
