// SPDX-License-Identifier: GPL-3.0-or-later
// The main window with saved profiles, the real keychain (run-with-keyring) and the demo
// server: sign-in when no token is stored, re-sign-in when the token stops working,
// reopening the last profile, sign-out, and the profile dialog.
#include "credentialstore.h"
#include "dialoghelpers.h"
#include "demoserver.h"
#include "mainwindow.h"
#include "profiledialog.h"
#include "providers/rocketchat/rocketchatauth.h"
#include "scriptedprompt.h"
#include "sessiontablemodel.h"
#include "testhelpers.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray keyringSecret(const QString &profileName)
{
    QProcess p;
    p.start(u"secret-tool"_s, {u"lookup"_s, u"server"_s, u"SessionDesk"_s, u"user"_s, u"profile/"_s + profileName});
    if (!p.waitForFinished(10000) || p.exitCode() != 0)
        return {};
    return p.readAllStandardOutput();
}

FetchResult waitForLoad(QSignalSpy &spy)
{
    if (spy.isEmpty() && !spy.wait(30000))
        return {};
    return spy.takeFirst().first().value<FetchResult>();
}

} // namespace

class TestProfileFlow : public QObject
{
    Q_OBJECT

    DemoServerThread m_demo;
    QTemporaryDir m_dir;
    QString m_config;

    Profile demoProfile(const QString &name) const
    {
        Profile p;
        p.name = name;
        p.url = m_demo.info().rocketChatUrl.toString();
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariable("SESSIONDESK_PRIVATE_BUS") == u"keyring"_s, "run through tests/support/run-with-keyring");
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(m_demo.start(5, 800, 0, &error), qPrintable(error));
        m_config = m_dir.filePath(u"profiles.conf"_s);
        ProfileStore store(m_config);
        QVERIFY2(store.save(demoProfile(u"chat"_s), &error), qPrintable(error));
    }

    void signInWhenNoTokenIsStored()
    {
        MainWindow window(m_config);
        ScriptedPrompt prompt;
        prompt.credentials = {SignInPrompt::Credentials{u"demo"_s, u"demo"_s}};
        window.setSignInPrompt(&prompt);
        window.show();
        QSignalSpy loaded(&window, &MainWindow::loadFinished);
        window.openProfile(u"chat"_s);
        QCOMPARE(waitForLoad(loaded).status, FetchResult::Status::Ok);
        QCOMPARE(window.sessionModel()->rowCount(), 800);
        QCOMPARE(prompt.asked.size(), 1);

        // The token went to the keychain, the user id to the profile, nothing secret to disk.
        const QByteArray token = keyringSecret(u"chat"_s);
        QVERIFY(token.startsWith("demo-login-token-"));
        Profile saved;
        QVERIFY(window.profileStore()->find(u"chat"_s, &saved));
        QCOMPARE(saved.userId, m_demo.info().rocketChatUserId);
        QCOMPARE(window.profileStore()->lastUsed(), u"chat"_s);
        QCOMPARE(TestHelpers::filesContaining(QDir::homePath(), token), QStringList());
        QCOMPARE(TestHelpers::filesContaining(m_dir.path(), token), QStringList());
    }

    void lastProfileIsReopenedWithoutAsking()
    {
        MainWindow window(m_config);
        ScriptedPrompt prompt; // no answers: any question fails the test
        window.setSignInPrompt(&prompt);
        QSignalSpy loaded(&window, &MainWindow::loadFinished);
        QVERIFY(window.openLastProfile());
        QCOMPARE(waitForLoad(loaded).status, FetchResult::Status::Ok);
        QCOMPARE(window.sessionModel()->rowCount(), 800);
        QVERIFY(prompt.asked.isEmpty());
        const auto *combo = window.findChild<QComboBox *>(u"profileCombo"_s);
        QCOMPARE(combo->currentText(), u"chat"_s);
    }

    void allProfilesInOneTable()
    {
        // A second profile of the same server, not signed in: the merged view reads "chat"'s
        // token from the keychain, loads it, and names "chat-2" as not signed in.
        QString error;
        QVERIFY2(ProfileStore(m_config).save(demoProfile(u"chat-2"_s), &error), qPrintable(error));
        MainWindow window(m_config);
        ScriptedPrompt prompt; // no answers: any question fails the test
        window.setSignInPrompt(&prompt);
        window.show();
        auto *combo = window.findChild<QComboBox *>(u"profileCombo"_s);
        const int all = combo->findData(u"merged"_s); // two profiles, no one-off servers
        QVERIFY(all >= 0);
        QSignalSpy loaded(&window, &MainWindow::loadFinished);
        combo->setCurrentIndex(all);
        emit combo->activated(all);
        QCOMPARE(waitForLoad(loaded).status, FetchResult::Status::Failed); // chat-2 could not load
        QVERIFY(window.isMerged());
        QCOMPARE(window.sessionModel()->rowCount(), 800);
        QCOMPARE(window.sessionModel()->store().server(0), u"chat"_s);
        QCOMPARE(window.sessionModel()->store().server(799), u"chat"_s);
        const QString status = window.findChild<QLabel *>(u"status"_s)->text();
        QVERIFY2(status.contains(u"chat-2: not signed in"_s), qPrintable(status));
        QVERIFY(prompt.asked.isEmpty());
        QVERIFY2(ProfileStore(m_config).remove(u"chat-2"_s, &error), qPrintable(error));
    }

    void expiredTokenAsksToSignInAgain()
    {
        MainWindow window(m_config);
        ScriptedPrompt prompt;
        window.setSignInPrompt(&prompt);
        QSignalSpy loaded(&window, &MainWindow::loadFinished);
        window.openProfile(u"chat"_s);
        QCOMPARE(waitForLoad(loaded).status, FetchResult::Status::Ok);

        // The server forgets the token (as after a sign-out elsewhere).
        Profile saved;
        QVERIFY(window.profileStore()->find(u"chat"_s, &saved));
        QNetworkAccessManager nam;
        RocketChatAuth auth(saved.connection(QString::fromUtf8(keyringSecret(u"chat"_s))), &nam);
        bool loggedOut = false;
        auth.logout([&](bool ok, const QString &) { loggedOut = ok; });
        QTRY_VERIFY_WITH_TIMEOUT(loggedOut, 10000);

        prompt.credentials = {SignInPrompt::Credentials{u"admin"_s, u"demo"_s}};
        prompt.codes = {u"123456"_s};
        window.refresh();
        QCOMPARE(waitForLoad(loaded).status, FetchResult::Status::AuthenticationFailed);
        QCOMPARE(waitForLoad(loaded).status, FetchResult::Status::Ok); // after signing in again
        QCOMPARE(prompt.asked.size(), 2);
        QVERIFY2(prompt.asked.first().contains(u"expired"_s), qPrintable(prompt.asked.first()));
        QVERIFY(prompt.asked.at(1).startsWith(u"code(totp)"_s));
        QVERIFY(window.profileStore()->find(u"chat"_s, &saved));
        QCOMPARE(saved.userId, u"demoAdminUserId01"_s);
    }

    void signOutForgetsTheToken()
    {
        MainWindow window(m_config);
        ScriptedPrompt prompt;
        window.setSignInPrompt(&prompt);
        QSignalSpy loaded(&window, &MainWindow::loadFinished);
        window.openProfile(u"chat"_s);
        QCOMPARE(waitForLoad(loaded).status, FetchResult::Status::Ok);
        window.signOut();
        QTRY_VERIFY_WITH_TIMEOUT(keyringSecret(u"chat"_s).isNull(), 10000);
        QCOMPARE(window.sessionModel()->rowCount(), 0);
        QVERIFY2(window.pageText().contains(u"Not signed in"_s), qPrintable(window.pageText()));
    }

    void cancelingTheSignInShowsNotSignedIn()
    {
        MainWindow window(m_config);
        ScriptedPrompt prompt;
        prompt.credentials = {std::nullopt};
        window.setSignInPrompt(&prompt);
        window.openProfile(u"chat"_s);
        QTRY_VERIFY_WITH_TIMEOUT(window.pageText().contains(u"Not signed in"_s), 10000);
        QCOMPARE(prompt.asked.size(), 1);
    }

    void profileDialogValidatesSavesTestsAndRemoves()
    {
        ProfileStore store(m_config);
        CredentialStore keychain;
        QNetworkAccessManager nam;
        ScriptedPrompt prompt;
        ProfileDialog dialog(&store, &keychain, &nam, &prompt);
        dialog.show();
        dialog.addProfile();

        // Bad input: a clear message, nothing saved.
        Profile p = demoProfile(u"second"_s);
        p.url = u"http://remote.example.org"_s;
        dialog.setFormProfile(p);
        dialog.save();
        QVERIFY2(dialog.message().contains(u"plain http"_s), qPrintable(dialog.message()));
        QVERIFY(!store.contains(u"second"_s));

        // A personal access token typed into the form goes to the keychain only.
        p = demoProfile(u"second"_s);
        p.userId = m_demo.info().rocketChatUserId;
        dialog.setFormProfile(p);
        dialog.findChild<QLineEdit *>(u"secretEdit"_s)->setText(m_demo.info().rocketChatToken);
        QSignalSpy tested(&dialog, &ProfileDialog::connectionTested);
        dialog.testConnection();
        QVERIFY(tested.wait(10000));
        QVERIFY2(tested.first().first().toBool(), qPrintable(dialog.message()));
        QVERIFY2(dialog.message().contains(u"800"_s), qPrintable(dialog.message()));

        QSignalSpy saved(&dialog, &ProfileDialog::saved);
        dialog.save();
        QVERIFY(saved.wait(10000));
        QVERIFY(store.contains(u"second"_s));
        QCOMPARE(keyringSecret(u"second"_s), m_demo.info().rocketChatToken.toUtf8());
        QVERIFY(!TestHelpers::filesContaining(m_dir.path(), m_demo.info().rocketChatToken.toUtf8()).size());

        // Renaming takes the secret along.
        p.name = u"renamed"_s;
        dialog.setFormProfile(p);
        dialog.save();
        QVERIFY(saved.wait(10000));
        QVERIFY(!store.contains(u"second"_s));
        QCOMPARE(keyringSecret(u"renamed"_s), m_demo.info().rocketChatToken.toUtf8());
        QVERIFY(keyringSecret(u"second"_s).isNull());

        // Removing asks first (Cancel is the default), then removes the secret too.
        QSignalSpy changed(&dialog, &ProfileDialog::profilesChanged);
        QTimer::singleShot(0, &dialog, [&dialog] {
            auto *box = dialog.findChild<QMessageBox *>();
            QVERIFY(box);
            QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
            QAbstractButton *destructive = TestHelpers::destructiveButton(box);
            QVERIFY(destructive);
            destructive->click();
        });
        dialog.removeProfile();
        QVERIFY(changed.wait(10000));
        QVERIFY(!store.contains(u"renamed"_s));
        QVERIFY(keyringSecret(u"renamed"_s).isNull());
    }

    void openReplayProjectAndUserLookup()
    {
        ProfileStore store(m_config);
        CredentialStore keychain;
        QNetworkAccessManager nam;
        ScriptedPrompt prompt;
        ProfileDialog dialog(&store, &keychain, &nam, &prompt);
        dialog.show();
        dialog.addProfile();
        Profile p;
        p.name = u"replays"_s;
        p.kind = ServerKind::OpenReplay;
        p.url = m_demo.info().openReplayUrl.toString();
        dialog.setFormProfile(p);
        dialog.findChild<QLineEdit *>(u"secretEdit"_s)->setText(m_demo.info().openReplayKey);
        auto pickFirst = [&dialog] {
            QMenu *menu = nullptr;
            if (!QTest::qWaitFor([&] { return (menu = dialog.findChild<QMenu *>()) && menu->isVisible(); }, 10000))
                return QString();
            const QString text = menu->actions().first()->text();
            menu->actions().first()->trigger();
            menu->close();
            return text;
        };
        dialog.lookUpOpenReplay(&dialog, false);
        QCOMPARE(pickFirst(), u"Demo web shop (demo-project)"_s);
        QCOMPARE(dialog.formProfile().projectKey, u"demo-project"_s);

        dialog.findChild<QLineEdit *>(u"usersEdit"_s)->setText(u"user2@example.org, user3"_s);
        dialog.lookUpOpenReplay(&dialog, true);
        QCOMPARE(pickFirst(), u"user3@example.org (Demo user 3)"_s);
        QCOMPARE(dialog.formProfile().users, (QStringList{u"user2@example.org"_s, u"user3@example.org"_s}));
    }
};

QTEST_MAIN(TestProfileFlow)
#include "tst_profileflow.moc"
