// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real sessiondesk binary with command lines it must refuse, and with ones it
// must accept.
#include "testhelpers.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestGuiArguments : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    /// A private home: settings, profiles and the audit log stay in the temporary directory.
    QProcessEnvironment env() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        e.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        e.insert(u"XDG_CACHE_HOME"_s, m_home.filePath(u"cache"_s));
        e.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        e.insert(u"SD_TEST_KEY"_s, u"seam_test_key"_s);
        return e;
    }
    QStringList withConfig(const QStringList &args) const
    {
        return args + QStringList{u"--config"_s, m_home.filePath(u"profiles.conf"_s)};
    }

private slots:
    void initTestCase() { QVERIFY(m_home.isValid()); }

    void refusesOptionsThatWouldBeIgnored_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("error");
        QTest::newRow("demo-sessions without demo") << QStringList{u"--demo-sessions"_s, u"10"_s}
                                                     << u"--demo-sessions needs --demo."_s;
        QTest::newRow("demo and profile") << QStringList{u"--demo"_s, u"--profile"_s, u"prod"_s}
                                          << u"Pass either --demo or --profile, not both."_s;
        QTest::newRow("demo and url") << QStringList{u"--demo"_s, u"--url"_s, u"https://chat.example.org"_s}
                                      << u"--demo opens the embedded demo server, which does not take --url."_s;
        QTest::newRow("demo and a transport option") << QStringList{u"--demo"_s, u"--timeout"_s, u"5"_s}
                                                     << u"--demo opens the embedded demo server, which does not take --timeout."_s;
        QTest::newRow("profile and url") << QStringList{u"--profile"_s, u"prod"_s, u"--url"_s, u"https://chat.example.org"_s}
                                         << u"Pass either --profile or --url, not both."_s;
        QTest::newRow("profile and ca-file")
            << QStringList{u"--profile"_s, u"prod"_s, u"--ca-file"_s, u"/etc/ssl/certs/ca-certificates.crt"_s}
            << u"--ca-file belongs to a one-off connection (--url); profile \"prod\" keeps its own settings, which "
               "Server > Profiles changes."_s;
        QTest::newRow("profile and a secret") << QStringList{u"--profile"_s, u"prod"_s, u"--token-env"_s, u"SD_TEST_KEY"_s}
                                              << u"--token-env belongs to a one-off connection (--url)"_s;
        QTest::newRow("server options without url") << QStringList{u"--kind"_s, u"seam"_s, u"--token-env"_s, u"SD_TEST_KEY"_s}
                                                    << u"--kind belongs to a one-off connection: give the server with --url too."_s;
        QTest::newRow("a server without --url") << QStringList{u"https://chat.example.org"_s}
                                                << u"Unexpected argument \"https://chat.example.org\": give a server with --url or --profile."_s;
        QTest::newRow("profile that does not exist") << QStringList{u"--profile"_s, u"prod"_s}
                                                     << u"There is no profile named \"prod\"."_s;
    }

    void refusesOptionsThatWouldBeIgnored()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, error);
        const TestHelpers::CliRun run = TestHelpers::runProgram(QStringLiteral(SESSIONDESK_GUI), withConfig(args), env());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(("sessiondesk: " + error).toUtf8()), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }

    // The same checks must let through what the window can open: it is still running
    // after a few seconds instead of exiting with a usage error.
    void opensWhatItCan_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("demo with its size") << QStringList{u"--demo"_s, u"--demo-sessions"_s, u"10"_s};
        QTest::newRow("one-off server with its options")
            << QStringList{u"--kind"_s, u"seam"_s, u"--url"_s, u"http://127.0.0.1:9/seam"_s, u"--allow-http"_s,
                           u"--timeout"_s, u"5"_s, u"--token-env"_s, u"SD_TEST_KEY"_s};
    }

    void opensWhatItCan()
    {
        QFETCH(QStringList, args);
        QProcess window;
        window.setProcessEnvironment(env());
        window.start(QStringLiteral(SESSIONDESK_GUI), withConfig(args));
        QVERIFY(window.waitForStarted(10000));
        const bool exited = window.waitForFinished(3000);
        const QByteArray err = window.readAllStandardError();
        if (!exited) {
            window.kill();
            window.waitForFinished(5000);
        }
        QVERIFY2(!exited, qPrintable(u"exited with %1: %2"_s.arg(window.exitCode()).arg(QString::fromUtf8(err))));
    }
};

QTEST_GUILESS_MAIN(TestGuiArguments)
#include "tst_guiarguments.moc"
