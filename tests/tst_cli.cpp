// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real sessiondesk-cli binary.
#include "rawhttpserver.h"
#include "testhelpers.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

class TestCli : public QObject
{
    Q_OBJECT

    using Run = TestHelpers::CliRun;
    static Run cli(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        return TestHelpers::runCli(args, env);
    }

    QProcess m_server;
    TestHelpers::DemoLine m_demo;

    QStringList listArgs() const
    {
        return {u"list"_s, u"--kind"_s, u"rocketchat"_s, u"--url"_s, m_demo.url, u"--user-id"_s, m_demo.userId,
                u"--token-env"_s, u"SD_TEST_TOKEN"_s};
    }
    QProcessEnvironment env(const QString &token) const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(u"SD_TEST_TOKEN"_s, token);
        return e;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(TestHelpers::startDemoServer(&m_server, {u"--sessions"_s, u"5000"_s, u"--seed"_s, u"9"_s}, &m_demo));
        QCOMPARE(m_demo.sessions, 5000);
    }
    void cleanupTestCase()
    {
        m_server.terminate(); // SIGTERM: the server must exit cleanly
        QVERIFY(m_server.waitForFinished(10000));
        QCOMPARE(m_server.exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_server.exitCode(), 0);
    }

    void listsEverySessionAsCsv()
    {
        const Run r = cli(listArgs() << u"--format"_s << u"csv"_s, env(m_demo.token));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.isEmpty());
        const QList<QByteArray> lines = r.out.split('\n');
        QCOMPARE(lines.size(), 5002); // header + 5000 rows + empty after the final CRLF
        QCOMPARE(lines.first(), QByteArray("sessionId,userId,userName,device,clientType,os,ip,host,startedAt,endedAt,details\r"));
        QVERIFY(lines.at(5000).endsWith('\r'));
        QVERIFY(lines.last().isEmpty());
    }

    void userSinceAndUntilNarrowTheList()
    {
        // Rocket.Chat sends every session; --user, --since and --until must still hold, or a
        // script that revokes what it listed would revoke other users' sessions.
        // Every user's sessions (they carry user names), as CSV with the columns compared
        const QStringList columns{u"--all-users"_s, u"--format"_s, u"csv"_s, u"--columns"_s, u"sessionId,userId,userName,startedAt"_s};
        const auto listed = [&](const QStringList &extra) {
            const Run r = cli(listArgs() << columns << extra, env(m_demo.token));
            QSet<QString> ids;
            if (r.exitCode != 0)
                return QSet<QString>{u"exit "_s + QString::number(r.exitCode) + u": "_s + QString::fromUtf8(r.err)};
            const QList<QByteArray> lines = r.out.trimmed().split('\n');
            for (qsizetype i = 1; i < lines.size(); ++i) // after the header
                ids.insert(QString::fromUtf8(lines.at(i).split(',').first()));
            return ids;
        };
        const Run all = cli(listArgs() << columns, env(m_demo.token));
        QCOMPARE(all.exitCode, 0);
        struct Row
        {
            QString id, userId, userName, started;
        };
        QList<Row> rows;
        const QList<QByteArray> lines = all.out.trimmed().split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QStringList cells = QString::fromUtf8(lines.at(i).trimmed()).split(u',');
            QCOMPARE(cells.size(), 4);
            rows.append({cells[0], cells[1], cells[2], cells[3]});
        }
        QCOMPARE(rows.size(), 5000);
        const auto expected = [&rows](const std::function<bool(const Row &)> &keep) {
            QSet<QString> ids;
            for (const Row &row : rows) {
                if (keep(row))
                    ids.insert(row.id);
            }
            return ids;
        };

        // Two users, one named by id and one by user name, each with several sessions
        QHash<QString, int> perUser;
        for (const Row &row : rows)
            ++perUser[row.userId];
        QList<Row> chosen;
        for (const Row &row : rows) {
            if (perUser.value(row.userId) >= 2 && !row.userName.isEmpty()
                && (chosen.isEmpty() || chosen.first().userId != row.userId))
                chosen.append(row);
            if (chosen.size() == 2)
                break;
        }
        QCOMPARE(chosen.size(), 2);
        const QSet<QString> ofBoth = expected([&](const Row &row) {
            return row.userId == chosen[0].userId || row.userName == chosen[1].userName;
        });
        QVERIFY(ofBoth.size() >= 4);
        QCOMPARE(listed({u"--user"_s, chosen[0].userId, u"--user"_s, chosen[1].userName}), ofBoth);
        // Exactly: a part of an id is no user
        QCOMPARE(listed({u"--user"_s, chosen[0].userId.left(8)}), QSet<QString>());

        // A range of start times: from the first quarter's end (inclusive) to the third's (exclusive)
        QStringList times;
        for (const Row &row : rows)
            times << row.started;
        times.sort();
        const QString since = times.at(times.size() / 4), until = times.at(times.size() * 3 / 4);
        const QSet<QString> inRange = expected([&](const Row &row) { return row.started >= since && row.started < until; });
        QVERIFY(inRange.size() > 2000 && inRange.size() < 3000);
        QCOMPARE(listed({u"--since"_s, since, u"--until"_s, until}), inRange);
        // Together, and with the text filter: every condition holds
        QCOMPARE(listed({u"--user"_s, chosen[1].userName, u"--since"_s, since, u"--filter"_s, u"a"_s}),
                 expected([&](const Row &row) {
                     return row.userName == chosen[1].userName && row.started >= since
                         && (row.id + row.userId + row.userName).contains(u"a"_s, Qt::CaseInsensitive);
                 }));
    }

    void jsonHonoursFilterSortAndColumns()
    {
        const Run r = cli(listArgs() << u"--format"_s << u"json"_s << u"--filter"_s << u"firefox"_s << u"--sort"_s
                                     << u"startedAt:desc"_s << u"--columns"_s << u"sessionId,device,startedAt"_s,
                          env(m_demo.token));
        QCOMPARE(r.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
        QVERIFY(rows.size() > 100);
        QString previous = u"9999"_s;
        for (const QJsonValue &v : rows) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.keys(), (QStringList{u"device"_s, u"server"_s, u"sessionId"_s, u"startedAt"_s})); // the chosen columns + the server's own fields
            QVERIFY(o[u"device"_s].toString().contains(u"Firefox"_s));
            QVERIFY(o[u"startedAt"_s].toString() <= previous); // ISO UTC strings sort as times
            previous = o[u"startedAt"_s].toString();
        }
    }

    void jsonCarriesEveryServerField()
    {
        const Run r = cli(listArgs() << u"--format"_s << u"json"_s << u"--columns"_s << u"sessionId"_s, env(m_demo.token));
        QCOMPARE(r.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(rows.size(), 5000);
        const QJsonObject server = rows.first().toObject().value(u"server"_s).toObject();
        QCOMPARE(server.value(u"sessionId"_s), rows.first().toObject().value(u"sessionId"_s));
        QVERIFY(server.value(u"device"_s).toObject().contains(u"longVersion"_s)); // a field no column shows
    }

    void outputFileIsWritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sessions.csv"_s);
        const Run r = cli(listArgs() << u"--format"_s << u"csv"_s << u"--output"_s << path, env(m_demo.token));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.isEmpty());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().count('\n'), 5001);
    }

    void tableIsTheDefault()
    {
        const Run r = cli(listArgs() << u"--columns"_s << u"sessionId,userId"_s << u"--filter"_s << u"zzzzzz-none"_s, env(m_demo.token));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QByteArray("sessionId  userId"));
    }

    void wrongTokenExitsWithThree()
    {
        const Run r = cli(listArgs(), env(u"not-the-token"_s));
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.contains("HTTP 401"), r.err.constData());
        QVERIFY(!r.err.contains("not-the-token"));
    }

    void usageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("no command") << QStringList{} << u"Usage"_s;
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << u"Unknown command"_s;
        QTest::newRow("unknown option") << QStringList{u"list"_s, u"--bogus"_s} << u"bogus"_s;
        QTest::newRow("no url") << QStringList{u"list"_s} << u"--url"_s;
        QTest::newRow("no token flag") << QStringList{u"list"_s, u"--url"_s, u"https://chat.example.org"_s, u"--user-id"_s, u"u"_s} << u"--token-env"_s;
        QTest::newRow("unset token variable") << QStringList{u"list"_s, u"--url"_s, u"https://chat.example.org"_s, u"--user-id"_s, u"u"_s, u"--token-env"_s, u"SD_UNSET_VAR_X"_s} << u"SD_UNSET_VAR_X"_s;
        QTest::newRow("bad kind") << QStringList{u"list"_s, u"--kind"_s, u"irc"_s, u"--url"_s, u"https://x.org"_s} << u"irc"_s;
        QTest::newRow("plain http remote") << QStringList{u"list"_s, u"--url"_s, u"http://chat.example.org"_s} << u"plain http"_s;
        QTest::newRow("bad format") << QStringList{u"list"_s, u"--format"_s, u"xml"_s, u"--url"_s, u"http://127.0.0.1:1"_s, u"--user-id"_s, u"u"_s, u"--token-env"_s, u"SD_TEST_TOKEN"_s} << u"xml"_s;
        QTest::newRow("bad column") << QStringList{u"list"_s, u"--columns"_s, u"nope"_s, u"--url"_s, u"http://127.0.0.1:1"_s, u"--user-id"_s, u"u"_s, u"--token-env"_s, u"SD_TEST_TOKEN"_s} << u"nope"_s;
        QTest::newRow("bad sort") << QStringList{u"list"_s, u"--sort"_s, u"ip:sideways"_s, u"--url"_s, u"http://127.0.0.1:1"_s, u"--user-id"_s, u"u"_s, u"--token-env"_s, u"SD_TEST_TOKEN"_s} << u"sideways"_s;
        // One server per run: its JSON keeps the server's own fields under "server"
        QTest::newRow("server column") << QStringList{u"list"_s, u"--columns"_s, u"sessionId,server"_s, u"--url"_s, u"http://127.0.0.1:1"_s, u"--user-id"_s, u"u"_s, u"--token-env"_s, u"SD_TEST_TOKEN"_s} << u"Unknown column \"server\"; known columns: sessionId, userId"_s;
        QTest::newRow("bad port") << QStringList{u"demo-server"_s, u"--port"_s, u"70000"_s} << u"--port"_s;
        // An option another kind of server understands would be ignored: refused, naming both kinds
        QTest::newRow("seam option for rocket.chat")
            << QStringList{u"list"_s, u"--url"_s, u"http://127.0.0.1:1"_s, u"--user-id"_s, u"u"_s, u"--token-env"_s, u"SD_TEST_TOKEN"_s,
                           u"--user-identifier-key"_s, u"k"_s}
            << u"--user-identifier-key applies to seam servers only, and this one is rocketchat"_s;
        QTest::newRow("rocket.chat option for seam")
            << QStringList{u"revoke"_s, u"abc"_s, u"--kind"_s, u"seam"_s, u"--url"_s, u"http://127.0.0.1:1"_s, u"--token-env"_s,
                           u"SD_TEST_TOKEN"_s, u"--all-users"_s, u"--yes"_s}
            << u"--all-users applies to rocketchat servers only"_s;
        QTest::newRow("list option for revoke")
            << QStringList{u"revoke"_s, u"abc"_s, u"--url"_s, u"http://127.0.0.1:1"_s, u"--user-id"_s, u"u"_s, u"--token-env"_s,
                           u"SD_TEST_TOKEN"_s, u"--user"_s, u"bob"_s, u"--yes"_s}
            << u"--user narrows a list; revoke acts on exactly the session ids given"_s;
        QTest::newRow("server option with a profile")
            << QStringList{u"list"_s, u"--profile"_s, u"prod"_s, u"--ca-file"_s, u"/tmp/ca.pem"_s}
            << u"--ca-file is part of profile \"prod\""_s;
        QTest::newRow("openreplay option for seam in a new profile")
            << QStringList{u"profiles"_s, u"add"_s, u"x"_s, u"--kind"_s, u"seam"_s, u"--url"_s, u"https://seam.example.org"_s,
                           u"--project-key"_s, u"p"_s, u"--token-env"_s, u"SD_TEST_TOKEN"_s}
            << u"--project-key applies to openreplay servers only"_s;
    }
    void usageErrorsExitWithTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, errorPart);
        const Run r = cli(args, env(u"x"_s));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(errorPart), r.err.constData());
    }

    void unreachableServerExitsWithOne()
    {
        const Run r = cli({u"list"_s, u"--url"_s, u"http://127.0.0.1:1"_s, u"--user-id"_s, u"u"_s, u"--token-env"_s, u"SD_TEST_TOKEN"_s}, env(u"x"_s));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("refused"), r.err.constData());
    }

    void versionAndHelp()
    {
        Run r = cli({u"--version"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QByteArray("sessiondesk-cli " SESSIONDESK_VERSION));
        r = cli({u"list"_s, u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("--token-env"));
    }

    void revokeAsksPrintsOneLinePerIdAndAudits()
    {
        QProcess server;
        TestHelpers::DemoLine demo;
        QVERIFY(TestHelpers::startDemoServer(&server, {u"--sessions"_s, u"40"_s, u"--seed"_s, u"21"_s}, &demo));
        QTemporaryDir data;
        QProcessEnvironment e = env(demo.token);
        e.insert(u"XDG_DATA_HOME"_s, data.path()); // the audit log goes there
        e.insert(u"SD_CODE"_s, u"123456"_s);
        const QStringList connection{u"--url"_s, demo.url, u"--user-id"_s, demo.userId, u"--token-env"_s, u"SD_TEST_TOKEN"_s};

        Run r = cli(QStringList{u"list"_s, u"--format"_s, u"csv"_s, u"--columns"_s, u"sessionId"_s} + connection, e);
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.split('\n');
        const QString first = QString::fromUtf8(lines.at(1).trimmed());
        const QString second = QString::fromUtf8(lines.at(2).trimmed());

        // Without --yes and without a terminal: refused, nothing revoked.
        r = cli(QStringList{u"revoke"_s, first} + connection, e);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--yes"), r.err.constData());

        r = cli(QStringList{u"revoke"_s, first, u"AlreadyGone123456"_s, u"--yes"_s} + connection, e);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out, (first + u": revoked\nAlreadyGone123456: already gone\n"_s).toUtf8());

        // The administrator endpoint needs a second factor; without one nothing is sent.
        r = cli(QStringList{u"revoke"_s, second, u"--yes"_s, u"--all-users"_s} + connection, e);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("not sent") && r.out.contains("second factor"), r.out.constData());
        r = cli(QStringList{u"revoke"_s, second, u"--yes"_s, u"--all-users"_s, u"--2fa-env"_s, u"SD_CODE"_s} + connection, e);
        QVERIFY2(r.exitCode == 0, r.out.constData());
        QCOMPARE(r.out, (second + u": revoked\n"_s).toUtf8());

        r = cli(QStringList{u"list"_s, u"--format"_s, u"csv"_s} + connection, e);
        QCOMPARE(r.out.count('\n'), 39); // header + 38 sessions left
        QVERIFY(!r.out.contains(first.toUtf8()));

        r = cli({u"audit"_s, u"--format"_s, u"json"_s}, e);
        QCOMPARE(r.exitCode, 0);
        // The log is kept in the order the answers came; the first two requests ran at
        // the same time, so either may come first.
        QStringList outcomes;
        for (const QByteArray &line : r.out.trimmed().split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            outcomes << o.value(u"sessionId"_s).toString() + u" "_s + o.value(u"outcome"_s).toString();
        }
        QCOMPARE(outcomes.size(), 4);
        QStringList firstTwo = outcomes.mid(0, 2);
        firstTwo.sort();
        QStringList expected{first + u" revoked"_s, u"AlreadyGone123456 already-gone"_s};
        expected.sort();
        QCOMPARE(firstTwo, expected);
        QCOMPARE(outcomes.mid(2), (QStringList{second + u" canceled"_s, second + u" revoked"_s}));
        QVERIFY(!r.out.contains(demo.token.toUtf8()));
        server.terminate();
        QVERIFY(server.waitForFinished(10000));
    }

    void revokePrintsInTheOrderTheIdsWereGiven()
    {
        // Requests run two at a time and the server answers the first id last: the lines
        // still come out in the order given, so a script can pair them with its ids.
        const QByteArray slow = "SlowToAnswer00001";
        QThread thread;
        thread.start();
        auto *server = new RawHttpServer([slow](QTcpSocket *socket, const RawRequest &request) {
            const QByteArray answer = RawHttpServer::response(200, R"({"success":true})");
            if (request.body.contains(slow))
                QTimer::singleShot(400, socket, [socket, answer] { socket->write(answer); });
            else
                socket->write(answer);
        });
        server->moveToThread(&thread);
        QByteArray url;
        QMetaObject::invokeMethod(server, [&] {
            if (server->start())
                url = server->url();
        }, Qt::BlockingQueuedConnection);
        const auto stop = qScopeGuard([&] {
            QMetaObject::invokeMethod(server, [server] { delete server; }, Qt::BlockingQueuedConnection);
            thread.quit();
            thread.wait();
        });
        QVERIFY(!url.isEmpty());

        QTemporaryDir data;
        QProcessEnvironment e = env(u"token"_s);
        e.insert(u"XDG_DATA_HOME"_s, data.path());
        const Run r = cli({u"revoke"_s, QString::fromLatin1(slow), u"QuickToAnswer0002"_s, u"QuickToAnswer0003"_s, u"--yes"_s,
                           u"--url"_s, QString::fromLatin1(url), u"--user-id"_s, u"u1"_s, u"--token-env"_s, u"SD_TEST_TOKEN"_s},
                          e);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out, QByteArray(slow + ": revoked\nQuickToAnswer0002: revoked\nQuickToAnswer0003: revoked\n"));
    }

    void openReplayAndSeamFromTheCommandLine()
    {
        QProcess server;
        TestHelpers::DemoLine demo;
        QVERIFY(TestHelpers::startDemoServer(&server, {u"--sessions"_s, u"10"_s, u"--seed"_s, u"33"_s}, &demo));
        QTemporaryDir data;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(u"XDG_DATA_HOME"_s, data.path());
        e.insert(u"SD_OR"_s, demo.openReplayKey);
        e.insert(u"SD_SEAM"_s, demo.seamKey);
        const QStringList openReplay{u"--kind"_s, u"openreplay"_s, u"--url"_s, demo.openReplayUrl, u"--project-key"_s, u"demo-project"_s,
                                     u"--token-env"_s, u"SD_OR"_s};
        Run r = cli(QStringList{u"list"_s, u"--user"_s, u"user4@example.org"_s, u"--format"_s, u"csv"_s, u"--columns"_s, u"userId,endedAt"_s} + openReplay, e);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.count('\n') > 5);
        QVERIFY(r.out.contains("user4@example.org,20")); // every row names the user and has an end time

        r = cli(QStringList{u"revoke"_s, u"123"_s, u"--yes"_s} + openReplay, e);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("delete-user-data"), r.err.constData());

        r = cli(QStringList{u"delete-user-data"_s, u"user4@example.org"_s, u"--yes"_s} + openReplay, e);
        QVERIFY2(r.exitCode == 0, r.out.constData());
        QCOMPARE(r.out, QByteArray("user4@example.org: deletion accepted\n"));
        r = cli(QStringList{u"delete-user-data"_s, u"user4@example.org"_s, u"--yes"_s} + openReplay, e);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("user4@example.org: deletion already scheduled\n"));

        const QStringList seam{u"--kind"_s, u"seam"_s, u"--url"_s, demo.seamUrl, u"--token-env"_s, u"SD_SEAM"_s};
        r = cli(QStringList{u"list"_s, u"--format"_s, u"csv"_s, u"--columns"_s, u"sessionId"_s} + seam, e);
        QCOMPARE(r.exitCode, 0);
        const QString first = QString::fromUtf8(r.out.split('\n').at(1).trimmed());
        r = cli(QStringList{u"delete"_s, first, u"--yes"_s} + seam, e);
        QCOMPARE(r.out, (first + u": deleted\n"_s).toUtf8());

        r = cli({u"audit"_s, u"--format"_s, u"json"_s}, e);
        QCOMPARE(r.out.count('\n'), 3);
        QCOMPARE(r.out.count("\"action\":\"delete-user-data\""), 2);
        QVERIFY(r.out.contains("\"outcome\":\"already-scheduled\""));
        QVERIFY(r.out.contains("\"action\":\"delete\""));
        server.terminate();
        QVERIFY(server.waitForFinished(10000));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
