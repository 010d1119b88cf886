// SPDX-License-Identifier: GPL-3.0-or-later
// Runs against a real Secret Service: tests/support/run-with-keyring starts a private
// D-Bus session with gnome-keyring unlocked and a throw-away HOME.
#include "credentialstore.h"
#include "profiles.h"
#include "testhelpers.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

/// secret-tool's view of the keyring: the secret stored for key, or a null array.
QByteArray lookupWithSecretTool(const QString &key)
{
    QProcess p;
    p.start(u"secret-tool"_s, {u"lookup"_s, u"server"_s, u"SessionDesk"_s, u"user"_s, key});
    if (!p.waitForFinished(10000) || p.exitCode() != 0)
        return {};
    return p.readAllStandardOutput();
}

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

    CredentialStore m_keychain;
    QProcess m_server;
    TestHelpers::DemoLine m_demo;
    QTemporaryDir m_dir;

    QString configPath() const { return m_dir.filePath(u"profiles.conf"_s); }
    QProcessEnvironment envWith(const QString &name, const QString &value) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(name, value);
        return env;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariable("SESSIONDESK_PRIVATE_BUS") == u"keyring"_s,
                 "run this test through tests/support/run-with-keyring (ctest does)");
        QVERIFY(QDir::homePath().contains(u"sessiondesk-keyring"_s)); // never the user's own HOME
        QVERIFY(TestHelpers::startDemoServer(&m_server, {u"--sessions"_s, u"300"_s}, &m_demo));
    }
    void cleanupTestCase()
    {
        m_server.terminate();
        m_server.waitForFinished(10000);
    }

    void storeReadOverwriteDelete()
    {
        const QString key = u"profile/roundtrip"_s;
        CredentialResult r = TestHelpers::waitForKeychain([&](auto cb) { m_keychain.read(key, this, cb); });
        QCOMPARE(r.status, CredentialResult::Status::NotFound); // "not signed in yet"

        r = TestHelpers::waitForKeychain([&](auto cb) { m_keychain.write(key, u"first-Tök€n-🔑"_s, this, cb); });
        QVERIFY2(r.status == CredentialResult::Status::Ok, qPrintable(r.error));
        r = TestHelpers::waitForKeychain([&](auto cb) { m_keychain.read(key, this, cb); });
        QCOMPARE(r.status, CredentialResult::Status::Ok);
        QCOMPARE(r.secret, u"first-Tök€n-🔑"_s);
        QCOMPARE(lookupWithSecretTool(key), u"first-Tök€n-🔑"_s.toUtf8()); // really in the keyring

        r = TestHelpers::waitForKeychain([&](auto cb) { m_keychain.write(key, u"second"_s, this, cb); });
        QCOMPARE(r.status, CredentialResult::Status::Ok);
        r = TestHelpers::waitForKeychain([&](auto cb) { m_keychain.read(key, this, cb); });
        QCOMPARE(r.secret, u"second"_s);
        QCOMPARE(lookupWithSecretTool(key), QByteArray("second"));

        r = TestHelpers::waitForKeychain([&](auto cb) { m_keychain.remove(key, this, cb); });
        QCOMPARE(r.status, CredentialResult::Status::Ok);
        QVERIFY(lookupWithSecretTool(key).isNull());
        r = TestHelpers::waitForKeychain([&](auto cb) { m_keychain.read(key, this, cb); });
        QCOMPARE(r.status, CredentialResult::Status::NotFound);
        r = TestHelpers::waitForKeychain([&](auto cb) { m_keychain.remove(key, this, cb); }); // removing twice is fine
        QCOMPARE(r.status, CredentialResult::Status::Ok);
    }

    void cliProfileSecretLivesOnlyInTheKeychain()
    {
        const QString name = u"demo chat"_s;
        auto r = TestHelpers::runCli({u"profiles"_s, u"add"_s, name, u"--config"_s, configPath(), u"--kind"_s, u"rocketchat"_s,
                                      u"--url"_s, m_demo.url, u"--user-id"_s, m_demo.userId, u"--token-env"_s, u"SD_TOKEN"_s},
                                     envWith(u"SD_TOKEN"_s, m_demo.token));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(lookupWithSecretTool(u"profile/"_s + name), m_demo.token.toUtf8());

        // Neither the profile file nor anything else under HOME holds the token in clear
        // (gnome-keyring's own file is encrypted).
        QFile config(configPath());
        QVERIFY(config.open(QIODevice::ReadOnly));
        const QByteArray settings = config.readAll();
        QVERIFY(settings.contains(m_demo.userId.toUtf8()));
        QVERIFY(!settings.contains(m_demo.token.toUtf8()));
        QCOMPARE(TestHelpers::filesContaining(QDir::homePath(), m_demo.token.toUtf8()), QStringList());
        QCOMPARE(TestHelpers::filesContaining(m_dir.path(), m_demo.token.toUtf8()), QStringList());

        r = TestHelpers::runCli({u"list"_s, u"--profile"_s, name, u"--config"_s, configPath(), u"--format"_s, u"csv"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out.count('\n'), 301);

        r = TestHelpers::runCli({u"profiles"_s, u"list"_s, u"--config"_s, configPath()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("demo chat"));
        QVERIFY(!r.out.contains(m_demo.token.toUtf8()));

        r = TestHelpers::runCli({u"profiles"_s, u"remove"_s, name, u"--config"_s, configPath()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(lookupWithSecretTool(u"profile/"_s + name).isNull()); // removing a profile removes its secret
        r = TestHelpers::runCli({u"list"_s, u"--profile"_s, name, u"--config"_s, configPath()});
        QCOMPARE(r.exitCode, 2);
    }

    void tokenFromStandardInput()
    {
        auto r = TestHelpers::runCli({u"profiles"_s, u"add"_s, u"piped"_s, u"--config"_s, configPath(), u"--url"_s, m_demo.url,
                                      u"--user-id"_s, m_demo.userId, u"--token-stdin"_s},
                                     QProcessEnvironment::systemEnvironment(), m_demo.token.toUtf8() + '\n');
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(lookupWithSecretTool(u"profile/piped"_s), m_demo.token.toUtf8());
        r = TestHelpers::runCli({u"list"_s, u"--profile"_s, u"piped"_s, u"--config"_s, configPath(), u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.startsWith('['));

        // A stored token that the server no longer accepts is an authentication error.
        r = TestHelpers::runCli({u"profiles"_s, u"add"_s, u"piped"_s, u"--replace"_s, u"--config"_s, configPath(), u"--url"_s,
                                 m_demo.url, u"--user-id"_s, m_demo.userId, u"--token-stdin"_s},
                                QProcessEnvironment::systemEnvironment(), "revoked-token\n");
        QCOMPARE(r.exitCode, 0);
        r = TestHelpers::runCli({u"list"_s, u"--profile"_s, u"piped"_s, u"--config"_s, configPath()});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("sign in again"), r.err.constData());
    }

    void profileWithoutSecretIsNotSignedIn()
    {
        auto r = TestHelpers::runCli({u"profiles"_s, u"add"_s, u"later"_s, u"--config"_s, configPath(), u"--url"_s, m_demo.url,
                                      u"--user-id"_s, m_demo.userId});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = TestHelpers::runCli({u"list"_s, u"--profile"_s, u"later"_s, u"--config"_s, configPath()});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("not signed in"), r.err.constData());
        // a one-off token still works with the saved profile
        r = TestHelpers::runCli({u"list"_s, u"--profile"_s, u"later"_s, u"--config"_s, configPath(), u"--token-env"_s, u"SD_TOKEN"_s},
                                envWith(u"SD_TOKEN"_s, m_demo.token));
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
