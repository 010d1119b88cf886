// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/rocketchat/rocketchatparser.h"
#include "testhelpers.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

// The "Success Example" of Rocket.Chat's published OpenAPI document for GET
// /api/v1/sessions/list, cut verbatim from the seed (note "total": "2": numbers as strings).
QByteArray seedExample()
{
    QFile file(QStringLiteral(SESSIONDESK_SOURCE_DIR "/tests/data/rocketchat-sessions-list-example.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

RocketChatParser::SessionsPage parse(const QByteArray &body)
{
    return RocketChatParser::parseSessionsPage(std::string_view(body.constData(), size_t(body.size())));
}

} // namespace

class TestRocketChatParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedExampleVerbatim()
    {
        const QByteArray example = seedExample();
        QVERIFY(example.contains("\"total\": \"2\""));
        const auto page = parse(example);
        QVERIFY2(page.ok, qPrintable(page.error));
        QCOMPARE(page.total, 2);
        QCOMPARE(page.offset, 0);
        QCOMPARE(page.sessions.size(), 2);
        const Session first{.id = u"QoYYFw2t9oKks2niG"_s, .sessionId = u"QoYYFw2t9oKks2niG"_s,
                            .userId = u"rbAXPnMktTFbNpwtJ"_s, .userName = {}, .deviceType = u"browser"_s, .deviceName = u"Chrome"_s,
                            .deviceVersion = u"113.0.0"_s, .deviceLongVersion = u"113.0.0.0"_s, .osName = u"Windows"_s,
                            .osVersion = u"10"_s, .host = u"localhost:3000"_s, .ip = u"172.20.0.2"_s,
                            .details = {}, .loginAt = 1684859625202, .server = {}};
        QCOMPARE(TestHelpers::describe(page.sessions.session(0)), TestHelpers::describe(first));
        QCOMPARE(page.sessions.session(1).deviceType, u"mobile"_s);
    }

    void seedExampleMatchesTheSeedDocument()
    {
        // The example file and the OpenAPI document served by the contract test agree.
        QFile seed(QStringLiteral(SESSIONDESK_SOURCE_DIR "/tests/openapi/rocketchat-sessions-list.json"));
        QVERIFY(seed.open(QIODevice::ReadOnly));
        const QJsonValue documented = QJsonDocument::fromJson(seed.readAll())
            .object()[u"paths"_s][u"/api/v1/sessions/list"_s][u"get"_s][u"responses"_s][u"200"_s][u"content"_s]
                     [u"application/json"_s][u"examples"_s][u"Success Example"_s][u"value"_s];
        QVERIFY(documented.isObject());
        QCOMPARE(QJsonDocument::fromJson(seedExample()).object(), documented.toObject());
    }

    void variants_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("rows");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<QString>("errorPart");

        QTest::newRow("numbers as numbers") << QByteArray("{\"sessions\":[{\"sessionId\":\"a\",\"loginAt\":\"2023-05-23T16:33:45.202Z\"}],\"total\":7,\"count\":1,\"offset\":5,\"success\":true}")
                                            << true << 1 << qint64(7) << QString();
        QTest::newRow("numbers as strings") << QByteArray("{\"sessions\":[{\"sessionId\":\"a\"}],\"total\":\" 7 \",\"offset\":\"5\",\"success\":\"true\"}")
                                            << true << 1 << qint64(7) << QString();
        QTest::newRow("total missing") << QByteArray("{\"sessions\":[{\"sessionId\":\"a\"}]}") << true << 1 << qint64(-1) << QString();
        QTest::newRow("empty list") << QByteArray("{\"sessions\":[],\"total\":0,\"success\":true}") << true << 0 << qint64(0) << QString();
        QTest::newRow("missing nested objects") << QByteArray("{\"sessions\":[{\"_id\":\"x\"}],\"total\":1}") << true << 1 << qint64(1) << QString();
        QTest::newRow("wrong types inside a session") << QByteArray("{\"sessions\":[{\"sessionId\":42,\"userId\":[\"x\"],\"device\":\"Chrome\",\"loginAt\":{\"nested\":1}}],\"total\":1}")
                                                      << true << 1 << qint64(1) << QString();
        QTest::newRow("non-object items skipped") << QByteArray("{\"sessions\":[1,\"x\",null,{\"sessionId\":\"a\"},{\"userId\":\"noid\"}],\"total\":5}")
                                                  << true << 1 << qint64(5) << QString();
        QTest::newRow("total not a number") << QByteArray("{\"sessions\":[],\"total\":\"many\"}") << false << 0 << qint64(-1) << u"total"_s;
        QTest::newRow("negative total") << QByteArray("{\"sessions\":[],\"total\":-3}") << false << 0 << qint64(-1) << u"total"_s;
        QTest::newRow("sessions not a list") << QByteArray("{\"sessions\":{\"a\":1},\"total\":1}") << false << 0 << qint64(-1) << u"\"sessions\""_s;
        QTest::newRow("success false") << QByteArray("{\"success\":false,\"error\":\"error-unauthorized\"}") << false << 0 << qint64(-1) << u"error-unauthorized"_s;
        QTest::newRow("truncated JSON") << QByteArray("{\"sessions\":[{\"sessionId\":\"a\"},{\"sessi") << false << 0 << qint64(-1) << u"malformed JSON"_s;
        QTest::newRow("HTML error page") << QByteArray("<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>")
                                         << false << 0 << qint64(-1) << u"HTML"_s;
        QTest::newRow("empty body") << QByteArray() << false << 0 << qint64(-1) << u"empty"_s;
        QTest::newRow("top-level array") << QByteArray("[]") << false << 0 << qint64(-1) << u"not a JSON object"_s;
        QTest::newRow("deep nesting") << QByteArray(5000, '[') << false << 0 << qint64(-1) << u"JSON"_s;
        QTest::newRow("invalid UTF-8") << QByteArray("{\"sessions\":[{\"sessionId\":\"\xff\xfe\"}]}") << false << 0 << qint64(-1) << u"malformed JSON"_s;
    }
    void variants()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        QFETCH(int, rows);
        QFETCH(qint64, total);
        QFETCH(QString, errorPart);
        const auto page = parse(body);
        QCOMPARE(page.ok, ok);
        if (ok) {
            QCOMPARE(page.sessions.size(), rows);
            QCOMPARE(page.total, total);
        } else {
            QVERIFY2(page.error.contains(errorPart), qPrintable(page.error));
            QVERIFY(page.error.endsWith(u'.') || page.error.endsWith(u')'));
        }
    }

    void unicodeAndLongValuesSurvive()
    {
        const QString longDevice(10000, u'x');
        const QByteArray body = "{\"sessions\":[{\"sessionId\":\"ü-1\",\"userId\":\"名前\",\"device\":{\"name\":\"" + longDevice.toUtf8()
            + "\",\"os\":{\"name\":\"עברית 🙂\"}},\"ip\":\"2001:db8::1\",\"loginAt\":{\"$date\":1684859625202}}],\"total\":1}";
        const auto page = parse(body);
        QVERIFY2(page.ok, qPrintable(page.error));
        const Session s = page.sessions.session(0);
        QCOMPARE(s.sessionId, u"ü-1"_s);
        QCOMPARE(s.userId, u"名前"_s);
        QCOMPARE(s.deviceName, longDevice);
        QCOMPARE(s.osName, u"עברית 🙂"_s);
        QCOMPARE(s.ip, u"2001:db8::1"_s);
        QCOMPARE(s.loginAt, qint64(1684859625202));
    }

    void membersAreFoundInAnyOrderAndTheFirstOfDuplicatesWins()
    {
        // Members are picked out in one pass over each object: their order must not
        // matter, unknown ones are skipped, and a repeated key keeps its first value.
        const auto page = parse("{\"sessions\":[{\"extra\":{\"sessionId\":\"nested\"},\"loginAt\":\"2023-05-23T16:33:45.202Z\","
                                "\"device\":{\"os\":{\"version\":\"14\",\"name\":\"macOS\",\"name\":\"Linux\"},\"longVersion\":\"113.0.1\","
                                "\"version\":\"113\",\"name\":\"Chrome\",\"type\":\"browser\",\"type\":\"mobile-app\"},"
                                "\"ip\":\"10.0.0.1\",\"host\":\"chat.example\",\"_user\":{\"name\":\"Ann\",\"username\":\"ann\"},"
                                "\"userId\":\"u1\",\"sessionId\":\"first\",\"sessionId\":\"second\",\"_id\":\"doc\"}],\"total\":1}");
        QVERIFY2(page.ok, qPrintable(page.error));
        QCOMPARE(page.sessions.size(), 1);
        const Session expected{.id = u"doc"_s, .sessionId = u"first"_s, .userId = u"u1"_s, .userName = u"ann"_s,
                               .deviceType = u"browser"_s, .deviceName = u"Chrome"_s, .deviceVersion = u"113"_s,
                               .deviceLongVersion = u"113.0.1"_s, .osName = u"macOS"_s, .osVersion = u"14"_s,
                               .host = u"chat.example"_s, .ip = u"10.0.0.1"_s, .details = {},
                               .loginAt = 1684859625202, .server = {}};
        QCOMPARE(TestHelpers::describe(page.sessions.session(0)), TestHelpers::describe(expected));
    }

    void numericFieldsBecomeText()
    {
        const auto page = parse("{\"sessions\":[{\"sessionId\":\"a\",\"device\":{\"version\":113,\"os\":{\"version\":10.5}}}]}");
        QVERIFY(page.ok);
        QCOMPARE(page.sessions.session(0).deviceVersion, u"113"_s);
        QCOMPARE(page.sessions.session(0).osVersion, u"10.5"_s);
    }

    void parseLogin_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("userId");
        QTest::addColumn<QString>("detail"); // token, two-factor method or message fragment

        using O = RocketChatParser::LoginResult::Outcome;
        QTest::newRow("signed in") << 200
            << QByteArray("{\"status\":\"success\",\"data\":{\"userId\":\"u1\",\"authToken\":\"tok\",\"me\":{\"username\":\"a\"}}}")
            << int(O::SignedIn) << u"u1"_s << u"tok"_s;
        QTest::newRow("totp required") << 401
            << QByteArray("{\"status\":\"error\",\"error\":\"totp-required\",\"message\":\"TOTP Required\",\"details\":{\"method\":\"email\"}}")
            << int(O::TwoFactorRequired) << QString() << u"email"_s;
        QTest::newRow("totp required without details") << 401
            << QByteArray("{\"status\":\"error\",\"error\":\"totp-required\"}") << int(O::TwoFactorRequired) << QString() << u"totp"_s;
        QTest::newRow("totp invalid") << 401
            << QByteArray("{\"status\":\"error\",\"error\":\"totp-invalid\",\"details\":{\"method\":\"totp\"}}")
            << int(O::TwoFactorInvalid) << QString() << u"totp"_s;
        QTest::newRow("wrong password") << 401 << QByteArray("{\"status\":\"error\",\"message\":\"Unauthorized\"}")
            << int(O::Rejected) << QString() << u"Unauthorized"_s;
        QTest::newRow("success without token") << 200 << QByteArray("{\"status\":\"success\",\"data\":{\"userId\":\"u1\"}}")
            << int(O::Failed) << QString() << u"no user id or token"_s;
        QTest::newRow("numbers for strings") << 200
            << QByteArray("{\"status\":\"success\",\"data\":{\"userId\":12,\"authToken\":34}}") << int(O::SignedIn) << u"12"_s << u"34"_s;
        QTest::newRow("html") << 200 << QByteArray("<html><body>proxy</body></html>") << int(O::Failed) << QString() << u"not JSON"_s;
        QTest::newRow("empty") << 502 << QByteArray() << int(O::Failed) << QString() << u"empty"_s;
        QTest::newRow("array") << 200 << QByteArray("[1,2]") << int(O::Failed) << QString() << u"not JSON"_s;
        QTest::newRow("server error") << 500 << QByteArray("{\"x\":1}") << int(O::Failed) << QString() << u"HTTP 500"_s;
    }
    void parseLogin()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, outcome);
        QFETCH(QString, userId);
        QFETCH(QString, detail);
        const auto r = RocketChatParser::parseLogin(status, std::string_view(body.constData(), size_t(body.size())));
        QCOMPARE(int(r.outcome), outcome);
        QCOMPARE(r.userId, userId);
        using O = RocketChatParser::LoginResult::Outcome;
        if (r.outcome == O::SignedIn)
            QCOMPARE(r.authToken, detail);
        else if (r.outcome == O::TwoFactorRequired || r.outcome == O::TwoFactorInvalid)
            QCOMPARE(r.twoFactorMethod, detail);
        else
            QVERIFY2(r.message.contains(detail), qPrintable(r.message));
        if (r.outcome != O::SignedIn)
            QVERIFY(r.authToken.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRocketChatParser)
#include "tst_rocketchatparser.moc"
