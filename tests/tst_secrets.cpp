// SPDX-License-Identifier: GPL-3.0-or-later
// Secrets hygiene: run the window's and the CLI's flows with known secrets and with every
// logging category switched on, then search every file they wrote (settings, profiles,
// audit log, exports) and everything they printed for those secrets. Zero hits allowed.
#include "demoserver.h"
#include "dialoghelpers.h"
#include "mainwindow.h"
#include "scriptedprompt.h"
#include "sessionroles.h"
#include "sessiontablemodel.h"
#include "testhelpers.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

QString g_log; // every message the window's code printed

void captureMessages(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log += message + u'\n';
}

/// Files under dir whose bytes contain any of needles, with the needle found.
QStringList filesContainingAny(const QString &dir, const QList<QByteArray> &needles)
{
    QStringList hits;
    for (const QByteArray &needle : needles) {
        for (const QString &file : TestHelpers::filesContaining(dir, needle))
            hits << file + u" ("_s + QString::fromLatin1(needle.left(6)) + u"…)"_s;
    }
    return hits;
}

int countFiles(const QString &dir)
{
    int n = 0;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT

    DemoServerThread m_demo;
    QList<QByteArray> m_secrets;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(m_demo.start(7, 400, 0, &error), qPrintable(error));
        const DemoServerInfo &info = m_demo.info();
        m_secrets = {info.rocketChatToken.toUtf8(), info.openReplayKey.toUtf8(), info.seamKey.toUtf8()};
        for (const QByteArray &s : std::as_const(m_secrets))
            QVERIFY(s.size() >= 16); // long enough that a hit cannot be chance
    }

    void windowFlows()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // Everything on, except QtHttpServer's own log in the in-process demo server: that
        // is the server side, which legitimately receives (and there prints) the demo's
        // generated credentials.
        QLoggingCategory::setFilterRules(u"*.debug=true\nqt.httpserver*=false"_s);
        const QtMessageHandler previous = qInstallMessageHandler(captureMessages);
        {
            MainWindow window(dir.filePath(u"profiles.conf"_s));
            window.setAuditLogFile(dir.filePath(u"audit.jsonl"_s));
            ScriptedPrompt prompt;
            prompt.codes = {u"123456"_s};
            window.setSignInPrompt(&prompt);
            window.show();
            const DemoServerInfo &info = m_demo.info();
            for (const Connection &c : {info.rocketChatConnection(true), info.openReplayConnection(info.openReplayUsers), info.seamConnection()}) {
                QSignalSpy loaded(&window, &MainWindow::loadFinished);
                window.openConnection(c, u"Demo"_s);
                QVERIFY(loaded.wait(30000));
                QVERIFY(window.sessionModel()->rowCount() > 0);
                window.tableView()->selectRow(0); // the details pane shows the row's JSON
                QCOMPARE(window.exportCsv(dir.filePath(u"export-%1.csv"_s.arg(int(c.kind)))), QString());
            }
            // Revoke two Seam sessions: requests with the key, audit entries without it.
            QTableView *table = window.tableView();
            table->selectionModel()->select(table->model()->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
            window.revokeSelected();
            auto *box = window.findChild<QMessageBox *>(u"revokeConfirmation"_s);
            QVERIFY(box);
            QSignalSpy revoked(&window, &MainWindow::revokeFinished);
            QAbstractButton *destructive = TestHelpers::destructiveButton(box);
            QVERIFY(destructive);
            destructive->click();
            QVERIFY(revoked.wait(15000));
            window.close(); // saves the window state
        }
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());

        QVERIFY(QFile::exists(dir.filePath(u"audit.jsonl"_s)));
        QVERIFY(countFiles(dir.path()) >= 4);
        QVERIFY2(g_log.contains(u"sessiondesk.net"_s) || g_log.contains(u"GET"_s), "debug logging was not on");
        const QString settings = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
        QStringList hits = filesContainingAny(dir.path(), m_secrets) + filesContainingAny(settings, m_secrets);
        for (const QByteArray &s : std::as_const(m_secrets)) {
            for (const QString &line : g_log.split(u'\n')) {
                if (line.contains(QString::fromUtf8(s)))
                    hits << u"the log: "_s + line.left(160);
            }
        }
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u", "_s)));
    }

    void cliFlows()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const DemoServerInfo &info = m_demo.info();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, home.path());
        env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
        env.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
        env.insert(u"QT_LOGGING_RULES"_s, u"*.debug=true"_s);
        env.insert(u"RC_TOKEN"_s, info.rocketChatToken);
        env.insert(u"SEAM_KEY"_s, info.seamKey);
        env.insert(u"OR_KEY"_s, info.openReplayKey);
        env.insert(u"TWO_FA"_s, u"123456"_s);
        const QStringList rc = {u"--url"_s, info.rocketChatConnection().baseUrl.toString(), u"--user-id"_s, info.rocketChatUserId,
                                u"--token-env"_s, u"RC_TOKEN"_s, u"--all-users"_s};
        const QStringList seam = {u"--kind"_s, u"seam"_s, u"--url"_s, info.seamConnection().baseUrl.toString(), u"--token-env"_s,
                                  u"SEAM_KEY"_s};
        const QString out = home.filePath(u"out"_s);
        QList<QStringList> runs = {
            QStringList{u"list"_s, u"--format"_s, u"csv"_s, u"--output"_s, out + u".csv"_s} + rc,
            QStringList{u"list"_s, u"--format"_s, u"json"_s, u"--output"_s, out + u".json"_s} + rc,
            QStringList{u"list"_s} + seam,
            QStringList{u"list"_s, u"--format"_s, u"json"_s} + seam,
            QStringList{u"profiles"_s, u"add"_s, u"prod"_s, u"--kind"_s, u"rocketchat"_s, u"--url"_s,
                        info.rocketChatConnection().baseUrl.toString(), u"--user-id"_s, info.rocketChatUserId},
            QStringList{u"profiles"_s, u"list"_s, u"--format"_s, u"json"_s},
            QStringList{u"audit"_s, u"--format"_s, u"json"_s},
        };
        // Revoke one session of each kind, through the CLI, so the audit log has entries.
        const TestHelpers::CliRun listed = TestHelpers::runCli(QStringList{u"list"_s, u"--format"_s, u"csv"_s, u"--columns"_s,
                                                                           u"sessionId"_s} + seam, env);
        QCOMPARE(listed.exitCode, 0);
        const QString seamSession = QString::fromUtf8(listed.out.split('\n').value(1)).trimmed();
        QVERIFY(!seamSession.isEmpty());
        runs.append(QStringList{u"revoke"_s, seamSession, u"--yes"_s} + seam);
        QByteArray printed;
        for (const QStringList &args : std::as_const(runs)) {
            const TestHelpers::CliRun run = TestHelpers::runCli(args, env);
            QVERIFY2(run.exitCode == 0, qPrintable(args.join(u' ') + u": "_s + QString::fromUtf8(run.err)));
            printed += run.out + run.err;
        }
        QVERIFY(QFile::exists(out + u".csv"_s));
        QVERIFY(countFiles(home.path()) >= 4); // exports, profiles, audit log
        const QStringList hits = filesContainingAny(home.path(), m_secrets);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u", "_s)));
        for (const QByteArray &s : std::as_const(m_secrets))
            QVERIFY2(!printed.contains(s), "a secret was printed");
    }
};

QTEST_MAIN(TestSecrets)
#include "tst_secrets.moc"
