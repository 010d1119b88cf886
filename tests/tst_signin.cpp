// SPDX-License-Identifier: GPL-3.0-or-later
// Rocket.Chat sign-in against the demo server, answered by a scripted prompt.
#include "demoserver.h"
#include "providers/connectiontest.h"
#include "providers/rocketchat/rocketchatauth.h"
#include "providers/rocketchat/rocketchatclient.h"
#include "scriptedprompt.h"
#include "signin.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>


using namespace Qt::Literals::StringLiterals;

class TestSignIn : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;
    std::unique_ptr<DemoServer> m_server;
    Connection m_connection;

    SignInResult run(ScriptedPrompt &prompt)
    {
        SignInFlow flow(m_connection, &m_nam, &prompt);
        QSignalSpy finished(&flow, &SignInFlow::finished);
        flow.start(u"first"_s);
        if ((finished.isEmpty() && !finished.wait(10000)) || finished.size() != 1)
            return {SignInResult::Status::Failed, u"the flow did not finish exactly once"_s, {}, {}};
        return finished.first().first().value<SignInResult>();
    }

    FetchResult fetchWith(const QString &userId, const QString &token)
    {
        Connection c = m_connection;
        c.userId = userId;
        c.secret = token;
        RocketChatClient client(c, &m_nam);
        QSignalSpy finished(&client, &SessionProvider::finished);
        client.fetch();
        if (!finished.wait(10000))
            return {};
        return finished.first().first().value<FetchResult>();
    }

    static SignInPrompt::Credentials demoUser(const char *user, const char *password = DemoServerInfo::kPassword)
    {
        return {QString::fromLatin1(user), QString::fromLatin1(password)};
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<SignInResult>();
        m_server = std::make_unique<DemoServer>(3, 250, DemoServer::defaultReferenceTime());
        QVERIFY(m_server->listen() != 0);
        m_connection.kind = ServerKind::RocketChat;
        m_connection.baseUrl = m_server->info().rocketChatUrl;
    }

    void passwordSignIn()
    {
        ScriptedPrompt prompt;
        prompt.credentials = {demoUser(DemoServerInfo::kLoginUser)};
        const SignInResult r = run(prompt);
        QCOMPARE(r.status, SignInResult::Status::SignedIn);
        QCOMPARE(r.userId, m_server->info().rocketChatUserId);
        QVERIFY(!r.authToken.isEmpty());
        QCOMPARE(prompt.asked, QStringList{u"credentials: first"_s});
        QCOMPARE(fetchWith(r.userId, r.authToken).sessions, 250); // the token works
    }

    void wrongPasswordAsksAgain()
    {
        ScriptedPrompt prompt;
        prompt.credentials = {demoUser(DemoServerInfo::kLoginUser, "wrong"), demoUser(DemoServerInfo::kLoginUser)};
        const SignInResult r = run(prompt);
        QCOMPARE(r.status, SignInResult::Status::SignedIn);
        QCOMPARE(prompt.asked.size(), 2);
        QVERIFY2(prompt.asked.at(1).contains(u"not accepted"_s), qPrintable(prompt.asked.at(1)));
    }

    void twoFactorCodeIsAskedFor()
    {
        ScriptedPrompt prompt;
        prompt.credentials = {demoUser(DemoServerInfo::kTwoFactorUser)};
        prompt.codes = {u"000000"_s, u" 123456 "_s}; // a wrong code first, then the right one (trimmed)
        const SignInResult r = run(prompt);
        QCOMPARE(r.status, SignInResult::Status::SignedIn);
        QCOMPARE(prompt.asked.size(), 3);
        QCOMPARE(prompt.asked.at(1), u"code(totp): "_s);
        QVERIFY2(prompt.asked.at(2).startsWith(u"code(totp): The code was wrong"_s), qPrintable(prompt.asked.at(2)));
        QVERIFY(r.userId != m_server->info().rocketChatUserId); // the admin is another user
        QCOMPARE(fetchWith(r.userId, r.authToken).status, FetchResult::Status::Ok);
    }

    void cancelingEndsTheFlow()
    {
        ScriptedPrompt prompt;
        prompt.credentials = {demoUser(DemoServerInfo::kTwoFactorUser)};
        prompt.codes = {std::nullopt};
        const SignInResult r = run(prompt);
        QCOMPARE(r.status, SignInResult::Status::Canceled);
        QVERIFY(r.authToken.isEmpty());

        ScriptedPrompt early;
        early.credentials = {std::nullopt};
        QCOMPARE(run(early).status, SignInResult::Status::Canceled);
    }

    void unreachableServerFails()
    {
        Connection saved = m_connection;
        m_connection.baseUrl = QUrl(u"http://127.0.0.1:1"_s);
        ScriptedPrompt prompt;
        prompt.credentials = {demoUser(DemoServerInfo::kLoginUser)};
        const SignInResult r = run(prompt);
        m_connection = saved;
        QCOMPARE(r.status, SignInResult::Status::Failed);
        QVERIFY2(r.error.contains(u"refused"_s), qPrintable(r.error));
    }

    void signOutRevokesTheToken()
    {
        ScriptedPrompt prompt;
        prompt.credentials = {demoUser(DemoServerInfo::kLoginUser)};
        const SignInResult r = run(prompt);
        QCOMPARE(r.status, SignInResult::Status::SignedIn);

        Connection c = m_connection;
        c.userId = r.userId;
        c.secret = r.authToken;
        RocketChatAuth auth(c, &m_nam);
        bool done = false, ok = false;
        auth.logout([&](bool success, const QString &) {
            ok = success;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY(ok);
        const FetchResult after = fetchWith(r.userId, r.authToken);
        QCOMPARE(after.status, FetchResult::Status::AuthenticationFailed); // the expired-token path
        QVERIFY2(after.error.contains(u"sign in again"_s), qPrintable(after.error));
    }

    void testConnection()
    {
        Connection c = m_connection;
        c.userId = m_server->info().rocketChatUserId;
        c.secret = m_server->info().rocketChatToken;
        std::optional<ConnectionTestResult> result;
        ConnectionTest::run(c, &m_nam, this, [&](const ConnectionTestResult &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QCOMPARE(result->status, ConnectionTestResult::Status::Ok);
        QVERIFY2(result->message.contains(u"250"_s), qPrintable(result->message));

        c.secret = u"wrong"_s;
        result.reset();
        ConnectionTest::run(c, &m_nam, this, [&](const ConnectionTestResult &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QCOMPARE(result->status, ConnectionTestResult::Status::AuthenticationFailed);
    }
};

QTEST_GUILESS_MAIN(TestSignIn)
#include "tst_signin.moc"
