// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/seam/seamparser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
SessionsPage parse(const QByteArray &body)
{
    return SeamParser::parseClientSessions(std::string_view(body.constData(), size_t(body.size())));
}
/// Every text a session holds, joined: a token must never be in it.
QString everyField(const Session &s)
{
    return QStringList{s.id, s.sessionId, s.userId, s.userName, s.deviceType, s.deviceName, s.deviceVersion,
                       s.deviceLongVersion, s.osName, s.osVersion, s.host, s.ip, s.details}.join(u'|');
}
}

class TestSeamParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedExample()
    {
        QFile f(QStringLiteral(SESSIONDESK_SOURCE_DIR "/tests/data/seam-client-sessions-list-example.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const SessionsPage page = parse(f.readAll());
        QVERIFY2(page.ok, qPrintable(page.error));
        QCOMPARE(page.sessions.size(), 2);
        const Session s = page.sessions.session(0);
        QCOMPARE(s.sessionId, u"c75d4330-ae01-4dfd-b6c5-f3e94e0d8168"_s);
        QCOMPARE(s.userId, u"internal user ID 1"_s);
        QCOMPARE(s.host, u"398d80b7-3f96-47c2-b85a-6f8ba21d07be"_s);
        QCOMPARE(s.loginAt, 1703564626829); // 2023-12-26T04:23:46.829Z
        QCOMPARE(s.details, u"4 devices, 2 connected accounts, 0 webviews"_s);
        for (int i = 0; i < page.sessions.size(); ++i) {
            QVERIFY(!everyField(page.sessions.session(i)).contains(u"seam_cst"_s)); // the live token is never kept
        }
    }

    void rawFieldsMaskTheToken()
    {
        QFile f(QStringLiteral(SESSIONDESK_SOURCE_DIR "/tests/data/seam-client-sessions-list-example.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray body = f.readAll();
        const SessionsPage page = SeamParser::parseClientSessions(std::string_view(body.constData(), size_t(body.size())), true);
        QVERIFY(page.ok);
        QVERIFY(page.sessions.hasRaw());
        const QByteArray raw(page.sessions.raw(0).data(), qsizetype(page.sessions.raw(0).size()));
        const QJsonObject o = QJsonDocument::fromJson(raw).object(); // still valid JSON
        QCOMPARE(o.value(u"client_session_id"_s).toString(), u"c75d4330-ae01-4dfd-b6c5-f3e94e0d8168"_s);
        QCOMPARE(o.value(u"device_count"_s).toInt(), 4);
        QCOMPARE(o.value(u"connected_account_ids"_s).toArray().size(), 2);
        QCOMPARE(o.value(u"token"_s).toString(), u"\u20262NGp"_s); // "seam_cst1271Q3JUh_A3ECdSrrqgYp98SmB9qY2NGp"
        QVERIFY(!raw.contains("seam_cst1271"));
        QVERIFY(!SeamParser::parseClientSessions(std::string_view(body.constData(), size_t(body.size()))).sessions.hasRaw());
    }

    void bodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("rows"); // -1: must fail
        QTest::addColumn<QString>("expected");

        QTest::newRow("empty list") << QByteArray("{\"client_sessions\":[],\"ok\":true}") << 0 << QString();
        QTest::newRow("identity from the list") << QByteArray("{\"client_sessions\":[{\"client_session_id\":\"a\",\"user_identity_ids\":[\"ui_1\"]}],\"ok\":true}")
                                                << 1 << u"ui_1"_s;
        QTest::newRow("float device count") << QByteArray("{\"client_sessions\":[{\"client_session_id\":\"a\",\"device_count\":-3.4e38}],\"ok\":true}")
                                            << 1 << QString();
        QTest::newRow("entries without id") << QByteArray("{\"client_sessions\":[{\"token\":\"seam_cst_x\"},1,{\"client_session_id\":\"b\"}]}")
                                            << 1 << QString();
        QTest::newRow("error") << QByteArray("{\"error\":{\"type\":\"unauthorized\",\"message\":\"Unauthorized\"},\"ok\":false}") << -1 << u"Unauthorized"_s;
        QTest::newRow("no list") << QByteArray("{\"ok\":true}") << -1 << u"client_sessions"_s;
        QTest::newRow("html") << QByteArray("<html></html>") << -1 << u"HTML"_s;
        QTest::newRow("array root") << QByteArray("[]") << -1 << u"not a JSON object"_s;
    }
    void bodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, rows);
        QFETCH(QString, expected);
        const SessionsPage page = parse(body);
        if (rows < 0) {
            QVERIFY(!page.ok);
            QVERIFY2(page.error.contains(expected), qPrintable(page.error));
            return;
        }
        QVERIFY2(page.ok, qPrintable(page.error));
        QCOMPARE(page.sessions.size(), rows);
        if (!expected.isEmpty())
            QCOMPARE(page.sessions.session(0).userName, expected);
        for (int i = 0; i < page.sessions.size(); ++i)
            QVERIFY(!everyField(page.sessions.session(i)).contains(u"seam_cst"_s));
    }
};

QTEST_GUILESS_MAIN(TestSeamParser)
#include "tst_seamparser.moc"
