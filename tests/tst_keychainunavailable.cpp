// SPDX-License-Identifier: GPL-3.0-or-later
// Runs where no Secret Service can be reached (tests/support/run-with-keyring --none or
// --no-service): every keychain operation must fail with the clear error, the CLI must
// exit 3, and no secret may be written anywhere.
#include "credentialstore.h"
#include "testhelpers.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestKeychainUnavailable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QString mode = qEnvironmentVariable("SESSIONDESK_PRIVATE_BUS");
        QVERIFY2(mode == u"none"_s || mode == u"no-service"_s,
                 "run this test through tests/support/run-with-keyring --none or --no-service (ctest does)");
        QVERIFY(QDir::homePath().contains(u"sessiondesk-keyring"_s));
    }

    void everyOperationFailsClearly()
    {
        CredentialStore keychain;
        const CredentialResult results[] = {
            TestHelpers::waitForKeychain([&](auto cb) { keychain.write(u"profile/x"_s, u"secret-value-1"_s, this, cb); }),
            TestHelpers::waitForKeychain([&](auto cb) { keychain.read(u"profile/x"_s, this, cb); }),
            TestHelpers::waitForKeychain([&](auto cb) { keychain.remove(u"profile/x"_s, this, cb); }),
        };
        for (const CredentialResult &r : results) {
            QCOMPARE(r.status, CredentialResult::Status::Unavailable);
            QCOMPARE(r.error, CredentialStore::unavailableMessage());
            QVERIFY(r.secret.isEmpty());
        }
        QCOMPARE(TestHelpers::filesContaining(QDir::homePath(), "secret-value-1"), QStringList());
    }

    void cliProfilesAddExitsThreeAndWritesNothing()
    {
        QTemporaryDir dir;
        const QString config = dir.filePath(u"profiles.conf"_s);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"SD_TOKEN"_s, u"secret-value-2"_s);
        const auto r = TestHelpers::runCli({u"profiles"_s, u"add"_s, u"prod"_s, u"--config"_s, config, u"--url"_s,
                                            u"https://chat.example.org"_s, u"--user-id"_s, u"u1"_s, u"--token-env"_s, u"SD_TOKEN"_s},
                                           env);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("No Secret Service is running") && r.err.contains("gnome-keyring"), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1); // one sentence
        QVERIFY(!QFile::exists(config)); // nothing saved at all
        QCOMPARE(TestHelpers::filesContaining(QDir::homePath(), "secret-value-2"), QStringList());
        QCOMPARE(TestHelpers::filesContaining(dir.path(), "secret-value-2"), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestKeychainUnavailable)
#include "tst_keychainunavailable.moc"
