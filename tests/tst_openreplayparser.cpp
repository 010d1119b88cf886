// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/openreplay/openreplayparser.h"

#include <QFile>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
SessionsPage parse(int version, const QByteArray &body, const char *user = "")
{
    const std::string_view view(body.constData(), size_t(body.size()));
    return version == 1 ? OpenReplayParser::parseSessionsV1(view, user) : OpenReplayParser::parseSessionsV2(view, user);
}
}

class TestOpenReplayParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedExampleVerbatim()
    {
        QFile f(QStringLiteral(SESSIONDESK_SOURCE_DIR "/tests/data/openreplay-v1-sessions-example.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const SessionsPage page = parse(1, f.readAll());
        QVERIFY2(page.ok, qPrintable(page.error));
        QCOMPARE(page.sessions.size(), 2);
        const Session s = page.sessions.session(0);
        QCOMPARE(s.sessionId, u"4813018042986240"_s);
        QCOMPARE(s.userId, u"mickael@openreplay.com"_s);
        QCOMPARE(s.deviceName, u"Chrome"_s);
        QCOMPARE(s.deviceVersion, u"91.0.4472.77"_s); // from the user agent
        QCOMPARE(s.osName, u"Mac OS X"_s);
        QCOMPARE(s.ip, u"IN"_s);
        QCOMPARE(s.loginAt, 1623440822825);
        QCOMPARE(s.endedAt, 1623440822825 + 12779); // start + duration
        QCOMPARE(s.details, u"0:00:12, 1 events, 1 pages, 0 errors"_s);
        QCOMPARE(page.sessions.session(1).details, u"0:00:18, 6 events, 5 pages, 0 errors"_s);
    }

    void pages_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("rows");       // -1: must fail
        QTest::addColumn<qint64>("total");
        QTest::addColumn<QString>("expected"); // first row "id|user|details", or a fragment of the error

        QTest::newRow("v2") << 2 << QByteArray("{\"data\":{\"total\":3,\"sessions\":[{\"sessionId\":\"11\",\"eventsCount\":4,\"startTs\":1000,\"endTs\":3723000}]}}")
                            << 1 << qint64(3) << u"11|alice@example.org|1:02:02, 4 events"_s;
        QTest::newRow("v2 null sessions") << 2 << QByteArray("{\"data\":{\"total\":0,\"sessions\":null}}") << 0 << qint64(0) << QString();
        QTest::newRow("v2 numeric id") << 2 << QByteArray("{\"data\":{\"total\":1,\"sessions\":[{\"sessionId\":4813018042986240,\"startTs\":\"1623440822825\"}]}}")
                                       << 1 << qint64(1) << u"4813018042986240|alice@example.org|"_s;
        QTest::newRow("v2 item without id") << 2 << QByteArray("{\"data\":{\"sessions\":[{\"startTs\":1},5,null,{\"sessionId\":\"7\"}]}}")
                                            << 1 << qint64(-1) << u"7|alice@example.org|"_s;
        QTest::newRow("v2 error") << 2 << QByteArray("{\"error\":\"Invalid project key\"}") << -1 << qint64(-1) << u"Invalid project key"_s;
        QTest::newRow("v2 sessions not a list") << 2 << QByteArray("{\"data\":{\"sessions\":{}}}") << -1 << qint64(-1) << u"not a list"_s;
        QTest::newRow("v1 own user wins") << 1 << QByteArray("{\"data\":[{\"sessionId\":\"9\",\"userId\":\"bob\",\"userCity\":\"Lyon\",\"userCountry\":\"FR\",\"duration\":61000}]}")
                                          << 1 << qint64(1) << u"9|bob|0:01:01"_s;
        QTest::newRow("v1 errors") << 1 << QByteArray("{\"errors\":[\"Unauthorized\"]}") << -1 << qint64(-1) << u"Unauthorized"_s;
        QTest::newRow("html") << 1 << QByteArray("<!DOCTYPE html><html>login</html>") << -1 << qint64(-1) << u"HTML"_s;
        QTest::newRow("empty") << 2 << QByteArray() << -1 << qint64(-1) << u"empty"_s;
        QTest::newRow("truncated") << 2 << QByteArray("{\"data\":{\"total\":1,\"sessions\":[{\"sessionId\":\"1\"") << -1 << qint64(-1) << u"malformed"_s;
        QTest::newRow("negative duration") << 1 << QByteArray("{\"data\":[{\"sessionId\":\"5\",\"duration\":-5}]}") << 1 << qint64(1) << u"5|alice@example.org|"_s;
    }
    void pages()
    {
        QFETCH(int, version);
        QFETCH(QByteArray, body);
        QFETCH(int, rows);
        QFETCH(qint64, total);
        QFETCH(QString, expected);
        const SessionsPage page = parse(version, body, "alice@example.org");
        if (rows < 0) {
            QVERIFY(!page.ok);
            QVERIFY2(page.error.contains(expected), qPrintable(page.error));
            return;
        }
        QVERIFY2(page.ok, qPrintable(page.error));
        QCOMPARE(page.sessions.size(), rows);
        QCOMPARE(page.total, total);
        if (rows > 0) {
            const Session s = page.sessions.session(0);
            QCOMPARE(s.sessionId + u'|' + s.userId + u'|' + s.details, expected);
            if (body.contains("endTs"))
                QCOMPARE(s.endedAt, 3723000); // the v2 end time as sent
        }
    }

    void location()
    {
        const SessionsPage page = parse(1, "{\"data\":[{\"sessionId\":\"1\",\"userCity\":\"Lyon\",\"userCountry\":\"FR\"},{\"sessionId\":\"2\",\"userCity\":\"Lyon\"}]}");
        QCOMPARE(page.sessions.session(0).endedAt, kMissingTime); // no start, no duration: unknown
        QCOMPARE(page.sessions.session(0).ip, u"Lyon, FR"_s);
        QCOMPARE(page.sessions.session(1).ip, u"Lyon"_s);
    }

    void projects()
    {
        QList<OpenReplayParser::Project> projects;
        QString error;
        QVERIFY(OpenReplayParser::parseProjects("{\"data\":[{\"projectId\":1,\"projectKey\":\"pk1\",\"name\":\"Web\"},{\"name\":\"no key\"}]}",
                                                &projects, &error));
        QCOMPARE(projects.size(), 1);
        QCOMPARE(projects.first().key, u"pk1"_s);
        QCOMPARE(projects.first().id, 1);
        QVERIFY(!OpenReplayParser::parseProjects("{\"data\":7}", &projects, &error));
        QVERIFY(!error.isEmpty());
    }

    void replayLinks_data()
    {
        QTest::addColumn<QString>("api");
        QTest::addColumn<QString>("expected");
        QTest::newRow("cloud") << u"https://api.openreplay.com/v2"_s << u"https://app.openreplay.com/7/session/4813018042986240"_s;
        QTest::newRow("self-hosted v2") << u"https://replay.example.org/v2/api/"_s << u"https://replay.example.org/7/session/4813018042986240"_s;
        QTest::newRow("self-hosted v1") << u"https://replay.example.org"_s << u"https://replay.example.org/7/session/4813018042986240"_s;
        QTest::newRow("under a path") << u"https://example.org/or/v2/api"_s << u"https://example.org/or/7/session/4813018042986240"_s;
    }
    void replayLinks()
    {
        QFETCH(QString, api);
        QFETCH(QString, expected);
        QCOMPARE(OpenReplayParser::replayUrl(QUrl(api), 7, u"4813018042986240"_s).toString(), expected);
    }

    void users()
    {
        QList<OpenReplayParser::User> users;
        qint64 total = -1;
        QString error;
        QVERIFY(OpenReplayParser::parseUsers("{\"data\":{\"total\":1,\"users\":[{\"$user_id\":\"mickael@openreplay.com\",\"$email\":\"mickael@openreplay.com\","
                                             "\"$name\":\"Mickael\",\"$created_at\":1623440822825}]}}",
                                             &users, &total, &error));
        QCOMPARE(total, 1);
        QCOMPARE(users.size(), 1);
        QCOMPARE(users.first().id, u"mickael@openreplay.com"_s);
        QCOMPARE(users.first().name, u"Mickael"_s);
        QVERIFY(!OpenReplayParser::parseUsers("{\"error\":\"Invalid\"}", &users, &total, &error));
        QCOMPARE(error, u"Invalid"_s);
    }

    void durations()
    {
        QCOMPARE(OpenReplayParser::formatDuration(0), std::string("0:00:00"));
        QCOMPARE(OpenReplayParser::formatDuration(3'599'999), std::string("0:59:59"));
        QCOMPARE(OpenReplayParser::formatDuration(90'061'000), std::string("25:01:01"));
        QCOMPARE(OpenReplayParser::formatDuration(-1), std::string());
    }
};

QTEST_GUILESS_MAIN(TestOpenReplayParser)
#include "tst_openreplayparser.moc"
