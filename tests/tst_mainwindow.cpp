// SPDX-License-Identifier: GPL-3.0-or-later
// GUI smoke test: the real main window against the embedded demo server.
#include "auditlog.h"
#include "dialoghelpers.h"
#include "auditlogdialog.h"
#include "exportdialog.h"
#include "demoserver.h"
#include "detailsdock.h"
#include "mainwindow.h"
#include "overviewdock.h"
#include "quickfilterbar.h"
#include "rawhttpserver.h"
#include "revokeresultsdialog.h"
#include "scriptedprompt.h"
#include "signindialog.h"
#include "testhelpers.h"
#include "sessionroles.h"
#include "sessionfiltermodel.h"
#include "sessiontablemodel.h"

#include <QAbstractItemModelTester>
#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QPointer>
#include <QProcess>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QProgressBar>
#include <QTest>
#include <QToolTip>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

    DemoServerThread m_demo;

    Connection demoConnection() const { return m_demo.info().rocketChatConnection(); }

    /// Shows the demo's administrator endpoint (revokes ask for a second factor, answered
    /// by prompt) with the audit log at auditPath, and waits until it is loaded.
    bool openAsAdministrator(MainWindow &window, ScriptedPrompt &prompt, const QString &auditPath) const
    {
        window.setAuditLogFile(auditPath);
        window.setSignInPrompt(&prompt);
        window.show();
        QSignalSpy loaded(&window, &MainWindow::loadFinished);
        window.openConnection(m_demo.info().rocketChatConnection(true), u"Demo"_s);
        return loaded.wait(30000);
    }

    /// A Rocket.Chat connection to a test server on loopback.
    static Connection rocketChatAt(const RawHttpServer &server)
    {
        Connection c;
        c.kind = ServerKind::RocketChat;
        c.baseUrl = QUrl(QString::fromUtf8(server.url()));
        c.userId = u"me"_s;
        c.secret = u"token"_s;
        return c;
    }

    /// Shows window with the demo's Rocket.Chat server and waits until it is loaded.
    bool showDemo(MainWindow &window) const
    {
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return false;
        QSignalSpy finished(&window, &MainWindow::loadFinished);
        window.openConnection(demoConnection(), u"Demo"_s);
        return finished.wait(30000);
    }

    static bool load(MainWindow &window)
    {
        QSignalSpy finished(&window, &MainWindow::loadFinished);
        window.refresh();
        return finished.wait(30000) && finished.first().first().value<FetchResult>().status == FetchResult::Status::Ok;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings go to a throw-away location
        QSettings().clear();
        QString error;
        QVERIFY2(m_demo.start(4, 3000, 0, &error), qPrintable(error));
    }

    void damagedProfilesFileNamesTheBrokenEntries()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"profiles.conf"_s);
        QVERIFY(TestHelpers::writeFile(path, "[profiles]\n1\\kind=rocketchat\n1\\name=good\n1\\url=https://chat.example.org\n"
                "2\\kind=nonsense\n2\\name=odd\n2\\url=https://x.example.org\nsize=2\n"));
        MainWindow window(path);
        const auto *status = window.findChild<QLabel *>(u"status"_s);
        QVERIFY(status);
        QVERIFY2(status->text().contains(u"\"odd\" has an unknown server kind"_s), qPrintable(status->text()));
        const auto *combo = window.findChild<QComboBox *>();
        QVERIFY(combo);
        QCOMPARE(combo->findText(u"good"_s) >= 0, true);
        QCOMPARE(combo->findText(u"odd"_s), -1);
    }

    void statusMessagesDoNotResizeTheWindow()
    {
        // While rows stream in, the status text changes ten times a second; its size must
        // not depend on it (each change would lay the window out again and shape the text),
        // and a long error must not widen the window's minimum. It stays selectable.
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *status = window.findChild<QLabel *>(u"status"_s);
        QVERIFY(status);
        QVERIFY(status->textInteractionFlags() & Qt::TextSelectableByMouse);
        status->setText(u"Loading sessions from Demo: 1 of 1,000,000…"_s);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        const QSize hint = status->sizeHint();
        const QSize minimum = window.minimumSizeHint();
        status->setText(u"The server reported an error: "_s + QString(u"a very long explanation "_s).repeated(40));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCOMPARE(status->sizeHint(), hint);
        QCOMPARE(status->minimumSizeHint(), hint);
        QCOMPARE(window.minimumSizeHint(), minimum);
        QVERIFY(status->height() >= status->fontMetrics().height()); // one line still fits
        // What does not fit shows whole when the pointer rests on it.
        QHelpEvent help(QEvent::ToolTip, QPoint(5, 5), status->mapToGlobal(QPoint(5, 5)));
        QCoreApplication::sendEvent(status, &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), status->text());
        QToolTip::hideText();
    }

    void loadsFiltersSortsAndExports()
    {
        MainWindow window;
        QAbstractItemModelTester modelTester(window.sessionModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(window.filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QSignalSpy finished(&window, &MainWindow::loadFinished);
        window.openConnection(demoConnection(), u"Demo"_s);
        QVERIFY(window.isLoading());
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().value<FetchResult>().status, FetchResult::Status::Ok);
        QCOMPARE(window.sessionModel()->rowCount(), 3000);
        QCOMPARE(window.tableView()->model()->rowCount(), 3000);
        QVERIFY(!window.filterModel()->hasPendingChanges()); // finished means in place: nothing moves later

        // Ctrl+F focuses the filter; typing filters as you type
        window.tableView()->setFocus();
        QTest::keyClick(window.tableView(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(window.filterEdit()->hasFocus());
        QTest::keyClicks(window.filterEdit(), u"fire"_s);
        const int firefox = window.filterModel()->rowCount();
        QVERIFY(firefox > 50 && firefox < 3000);
        for (int row = 0; row < firefox; row += 17) {
            const Session s = window.filterModel()->index(row, 0).data(SessionRoles::SessionRole).value<Session>();
            QVERIFY(s.deviceName.contains(u"Firefox"_s));
        }

        // The first start shows newest first; clicking "Signed in" clears, then sorts ascending
        QHeaderView *header = window.tableView()->horizontalHeader();
        const int timeColumn = int(SessionColumn::StartedAt);
        QCOMPARE(window.filterModel()->sortColumn(), timeColumn);
        QCOMPARE(window.filterModel()->sortOrder(), Qt::DescendingOrder);
        const QPoint timeHeader(header->sectionViewportPosition(timeColumn) + 10, header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, timeHeader);
        QCOMPARE(window.filterModel()->sortColumn(), -1);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, timeHeader);
        QCOMPARE(window.filterModel()->sortColumn(), timeColumn);
        QCOMPARE(window.filterModel()->sortOrder(), Qt::AscendingOrder);
        qint64 previous = std::numeric_limits<qint64>::min();
        for (int row = 0; row < firefox; ++row) {
            const qint64 t = window.filterModel()->index(row, timeColumn).data(SessionRoles::SortRole).toLongLong();
            QVERIFY(t >= previous);
            previous = t;
        }

        // Esc in the filter clears it
        QTest::keyClick(window.filterEdit(), Qt::Key_Escape);
        QVERIFY(window.filterEdit()->text().isEmpty());
        QCOMPARE(window.filterModel()->rowCount(), 3000);

        // Export the visible rows, then compare with the CLI's CSV for the same rows/columns
        QTest::keyClicks(window.filterEdit(), u"fire"_s);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"gui.csv"_s);
        QCOMPARE(window.exportCsv(path), QString());
        QFile exported(path);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QByteArray gui = exported.readAll();
        QCOMPARE(gui.count('\n'), firefox + 1);

        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"SD_GUI_TEST_TOKEN"_s, m_demo.info().rocketChatToken);
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(SESSIONDESK_CLI),
                  {u"list"_s, u"--url"_s, m_demo.info().rocketChatUrl.toString(), u"--user-id"_s, m_demo.info().rocketChatUserId,
                   u"--token-env"_s, u"SD_GUI_TEST_TOKEN"_s, u"--filter"_s, u"fire"_s, u"--sort"_s, u"startedAt"_s,
                   u"--format"_s, u"csv"_s, u"--columns"_s, u"sessionId,userId,userName,device,clientType,os,ip,host,startedAt"_s});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        QCOMPARE(cli.readAllStandardOutput(), gui);
    }

    void quickFiltersNarrowAndEscClears()
    {
        MainWindow window;
        QVERIFY(showDemo(window));
        const int all = window.filterModel()->rowCount();
        QCOMPARE(all, 3000);
        QuickFilterBar *bar = window.quickFilters();
        QVERIFY(bar->isVisible());
        auto shownSessions = [&window] {
            QList<Session> out;
            for (int row = 0; row < window.filterModel()->rowCount(); ++row)
                out << window.filterModel()->index(row, 0).data(SessionRoles::SessionRole).value<Session>();
            return out;
        };

        // The OS list offers what was loaded, with counts; choosing one narrows to it
        QComboBox *os = bar->osCombo();
        QVERIFY(os->count() > 2);
        const int linux = os->findData(u"Linux"_s);
        QVERIFY(linux > 0);
        QVERIFY(os->itemText(linux).startsWith(u"Linux ("_s));
        os->setCurrentIndex(linux);
        const QList<Session> linuxRows = shownSessions();
        QVERIFY(!linuxRows.isEmpty() && linuxRows.size() < all);
        for (const Session &s : linuxRows)
            QCOMPARE(s.osName, u"Linux"_s);
        QCOMPARE(os->itemText(linux), u"Linux (%1)"_s.arg(QLocale().toString(linuxRows.size())));

        // An address range, typed: only rows inside it; a half-typed one keeps the last filter
        os->setCurrentIndex(0);
        QTest::keyClicks(bar->addressEdit(), u"192.168.0.0/16"_s);
        QVERIFY(bar->addressError().isEmpty());
        const QHostAddress net192(u"192.168.0.0"_s);
        const QList<Session> inRange = shownSessions();
        QVERIFY(!inRange.isEmpty() && inRange.size() < all);
        for (const Session &s : inRange)
            QVERIFY2(QHostAddress(s.ip).isInSubnet(net192, 16), qPrintable(s.ip));
        QTest::keyClick(bar->addressEdit(), Qt::Key_Backspace);
        QTest::keyClick(bar->addressEdit(), Qt::Key_Backspace);
        QTest::keyClick(bar->addressEdit(), Qt::Key_Backspace); // "192.168.0.0"
        QVERIFY(bar->addressError().isEmpty());
        QTest::keyClick(bar->addressEdit(), Qt::Key_Backspace); // "192.168.0." is not an address
        QVERIFY(bar->addressError().contains(u"192.168.0."_s));
        QCOMPARE(bar->addressEdit()->toolTip(), bar->addressError());
        QVERIFY(window.filterModel()->rowCount() < all); // still the last valid filter (one address)

        // Combined with the user and the text filter; the count says so
        bar->addressEdit()->clear();
        QString someUser;
        for (const Session &s : shownSessions()) {
            if (s.deviceName == u"Chrome"_s)
                someUser = s.userId.left(5).toLower();
        }
        QTest::keyClicks(bar->userEdit(), someUser);
        QTest::keyClicks(window.filterEdit(), u"chrome"_s);
        const QList<Session> combined = shownSessions();
        QVERIFY2(!combined.isEmpty(), qPrintable(bar->summary() + u" / "_s + window.filterModel()->filterText()));
        for (const Session &s : combined) {
            QVERIFY(s.userName.contains(someUser, Qt::CaseInsensitive) || s.userId.contains(someUser, Qt::CaseInsensitive));
            QVERIFY(s.deviceName.contains(u"Chrome"_s));
        }
        QVERIFY(window.findChild<QLabel *>()); // the count label exists
        bool countSays = false;
        for (QLabel *label : window.findChildren<QLabel *>())
            countSays = countSays || label->toolTip().contains(u"user contains \"%1\""_s.arg(someUser));
        QVERIFY(countSays);

        // A custom time range: exactly the sessions started inside it
        const qint64 from = combined.first().loginAt - 3'600'000, to = combined.first().loginAt + 1;
        bar->userEdit()->clear();
        window.filterEdit()->clear();
        bar->periodCombo()->setCurrentIndex(bar->periodCombo()->findData(int(QuickFilterBar::Period::Custom)));
        QVERIFY(bar->fromEdit()->isVisible());
        bar->fromEdit()->setDateTime(QDateTime::fromMSecsSinceEpoch(from));
        bar->toEdit()->setDateTime(QDateTime::fromMSecsSinceEpoch(to));
        const qint64 fromMinute = bar->fromEdit()->dateTime().toMSecsSinceEpoch(); // edits keep minutes
        const qint64 toMinute = bar->toEdit()->dateTime().toMSecsSinceEpoch();
        const QList<Session> inTime = shownSessions();
        QVERIFY(!inTime.isEmpty() && inTime.size() < all);
        for (const Session &s : inTime)
            QVERIFY(s.loginAt >= fromMinute && s.loginAt < toMinute);

        // Esc in the text filter: first its text, then every quick filter
        QTest::keyClicks(window.filterEdit(), u"x"_s);
        QTest::keyClick(window.filterEdit(), Qt::Key_Escape);
        QVERIFY(window.filterEdit()->text().isEmpty());
        QVERIFY(bar->isActive());
        QTest::keyClick(window.filterEdit(), Qt::Key_Escape);
        QVERIFY(!bar->isActive());
        QVERIFY(!bar->fromEdit()->isVisible());
        QCOMPARE(window.filterModel()->rowCount(), all);

        // Esc inside the bar clears it too
        auto *hint = window.findChild<QLabel *>(u"tableHint"_s);
        QVERIFY(!hint->isVisible());
        QTest::keyClicks(bar->userEdit(), u"zz-nobody"_s);
        QCOMPARE(window.filterModel()->rowCount(), 0);
        QVERIFY(hint->isVisible()); // an empty table says why
        QVERIFY2(hint->text().contains(u"Esc"_s), qPrintable(hint->text()));
        QTest::keyClick(bar->userEdit(), Qt::Key_Escape);
        QVERIFY(bar->userEdit()->text().isEmpty());
        QCOMPARE(window.filterModel()->rowCount(), all);
    }

    void contextMenuPerKind_data()
    {
        QTest::addColumn<int>("kind");
        // What the menu offers: text without "&", enabled or not, and the tooltip of disabled entries
        QTest::addColumn<QStringList>("expected");
        // Seam's sessions carry no address, and OpenReplay's a location instead of one.
        QTest::newRow("rocket.chat") << int(ServerKind::RocketChat)
                                     << QStringList{u"Revoke 3 Sessions…|on"_s, u"Copy Rows|on"_s, u"Copy Cell|on"_s,
                                                    u"Copy Session ID|on"_s, u"Only Sessions of …|on"_s,
                                                    u"Only Sessions from …|on"_s, u"Show Details|on"_s};
        QTest::newRow("seam") << int(ServerKind::Seam)
                              << QStringList{u"Revoke 3 Sessions…|on"_s, u"Delete Sessions…|on"_s, u"Copy Rows|on"_s, u"Copy Cell|on"_s,
                                             u"Copy Session ID|on"_s, u"Only Sessions of …|on"_s, u"Show Details|on"_s};
        QTest::newRow("openreplay") << int(ServerKind::OpenReplay)
                                    << QStringList{u"Revoke 3 Sessions…|off|OpenReplay recordings cannot be revoked; delete the user's data instead."_s,
                                                   u"Open Replay|on"_s, u"Delete User Data…|on"_s, u"Copy Rows|on"_s,
                                                   u"Copy Cell|on"_s, u"Copy Session ID|on"_s, u"Only Sessions of …|on"_s,
                                                   u"Show Details|on"_s};
    }

    void contextMenuPerKind()
    {
        QFETCH(int, kind);
        QFETCH(QStringList, expected);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy loaded(&window, &MainWindow::loadFinished);
        const Connection connection = kind == int(ServerKind::Seam) ? m_demo.info().seamConnection()
            : kind == int(ServerKind::OpenReplay) ? m_demo.info().openReplayConnection({u"user7@example.org"_s})
                                                  : demoConnection();
        window.openConnection(connection, u"Demo"_s);
        QVERIFY(loaded.wait(30000));
        QTableView *table = window.tableView();
        QVERIFY(table->model()->rowCount() >= 3);

        // Three rows selected with the keyboard, then the menu key
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
        QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier);
        QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier);
        QTest::keyRelease(table, Qt::Key_Shift); // QTest leaves Shift held for the application otherwise
        QCOMPARE(table->selectionModel()->selectedRows().size(), 3);
        QStringList offered;
        bool shown = false;
        QTimer::singleShot(0, this, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            shown = true;
            for (QAction *a : menu->actions()) {
                if (a->isSeparator())
                    continue;
                QString entry = a->text().remove(u'&');
                // The row's own user and address follow these: checked in rowMenuShowsOnlyOneUserOrAddress
                for (const QString &narrow : {u"Only Sessions of "_s, u"Only Sessions from "_s}) {
                    if (entry.startsWith(narrow))
                        entry = narrow + u'…';
                }
                entry += a->isEnabled() ? u"|on"_s : u"|off"_s;
                if (!a->isEnabled())
                    entry += u'|' + a->toolTip();
                offered << entry;
            }
            menu->close();
        });
        // What the window system sends for the menu key (QTest's key events do not make one)
        QContextMenuEvent menuKey(QContextMenuEvent::Keyboard, QPoint(0, 0), table->mapToGlobal(QPoint(0, 0)));
        QApplication::sendEvent(table, &menuKey);
        QVERIFY(shown);
        QCOMPARE(offered, expected);

        // The same rows, dragged out or copied, as tab-separated text in view order
        int rows = 0;
        const QString tsv = window.selectionTsv(&rows);
        QCOMPARE(rows, 3);
        QCOMPARE(tsv.count(u'\n'), 3);
        QVERIFY(tsv.startsWith(table->model()->index(0, 0).data().toString() + u'\t'));
        std::unique_ptr<QMimeData> drag(window.selectionMimeData());
        QCOMPARE(drag->text(), tsv);
        QCOMPARE(drag->data(u"text/tab-separated-values"_s), tsv.toUtf8());
        QVERIFY(table->dragEnabled());
    }

    void rowMenuShowsOnlyOneUserOrAddress()
    {
        MainWindow window;
        QVERIFY(showDemo(window));
        QTableView *table = window.tableView();
        SessionFilterModel *shown = window.filterModel();
        const int all = shown->rowCount();
        QuickFilterBar *bar = window.quickFilters();
        // Reference: every loaded session, counted here by user id and by address
        QList<Session> loaded;
        for (int row = 0; row < all; ++row)
            loaded << shown->index(row, 0).data(SessionRoles::SessionRole).value<Session>();
        // A user with several sessions, some from other addresses, so each entry narrows differently
        QHash<QString, int> perUser, perIp;
        for (const Session &s : loaded) {
            ++perUser[s.userId];
            ++perIp[s.ip];
        }
        int pick = -1;
        for (int row = 0; row < all && pick < 0; ++row) {
            if (perUser.value(loaded[row].userId) >= 2 && perIp.value(loaded[row].ip) < perUser.value(loaded[row].userId))
                pick = row;
        }
        QVERIFY(pick >= 0);
        const Session chosen = loaded[pick];

        // The row's menu, opened from the keyboard on that row; returns the entry starting with prefix
        const auto menuEntry = [&](const QString &prefix) {
            const int row = [&] {
                for (int r = 0; r < shown->rowCount(); ++r) {
                    if (shown->index(r, 0).data(SessionRoles::SessionIdRole).toString() == chosen.sessionId)
                        return r;
                }
                return -1;
            }();
            table->setFocus();
            table->selectionModel()->setCurrentIndex(shown->index(row, 0),
                                                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            QString text;
            QTimer::singleShot(0, this, [&] {
                auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
                if (!menu)
                    return;
                for (QAction *a : menu->actions()) {
                    if (a->text().startsWith(prefix)) {
                        text = a->text();
                        menu->close();
                        a->trigger();
                        return;
                    }
                }
                menu->close();
            });
            QContextMenuEvent menuKey(QContextMenuEvent::Keyboard, QPoint(0, 0), table->mapToGlobal(QPoint(0, 0)));
            QApplication::sendEvent(table, &menuKey);
            return text;
        };
        const auto shownSessions = [&] {
            QList<Session> out;
            for (int row = 0; row < shown->rowCount(); ++row)
                out << shown->index(row, 0).data(SessionRoles::SessionRole).value<Session>();
            return out;
        };

        // A text filter and another quick filter are set; the entry clears them
        QTest::keyClicks(window.filterEdit(), chosen.ip);
        const int os = bar->osCombo()->findData(chosen.osName);
        QVERIFY(os > 0);
        bar->osCombo()->setCurrentIndex(os);
        QCOMPARE(menuEntry(u"Only Sessions of "_s), u"Only Sessions of %1"_s.arg(chosen.userName.isEmpty() ? chosen.userId : chosen.userName));
        QCOMPARE(bar->userEdit()->text(), chosen.userId);
        QVERIFY(window.filterEdit()->text().isEmpty());
        QCOMPARE(bar->osCombo()->currentIndex(), 0);
        QList<Session> rows = shownSessions();
        QCOMPARE(rows.size(), perUser.value(chosen.userId));
        for (const Session &s : rows)
            QCOMPARE(s.userId, chosen.userId);

        // From there to every session from the chosen one's address, whoever's
        QCOMPARE(menuEntry(u"Only Sessions from "_s), u"Only Sessions from %1"_s.arg(chosen.ip));
        QCOMPARE(bar->addressEdit()->text(), chosen.ip);
        QVERIFY(bar->userEdit()->text().isEmpty());
        rows = shownSessions();
        QCOMPARE(rows.size(), perIp.value(chosen.ip));
        for (const Session &s : rows)
            QCOMPARE(s.ip, chosen.ip);

        // Hidden quick filters are shown again: what narrows the table stays in sight
        window.findChild<QAction *>(u"quickFiltersAction"_s)->setChecked(false);
        QVERIFY(!bar->isVisible());
        QCOMPARE(shown->rowCount(), all);
        menuEntry(u"Only Sessions from "_s);
        QVERIFY(bar->isVisible());
        QCOMPARE(shown->rowCount(), perIp.value(chosen.ip));
    }

    void overviewFollowsTheFilter()
    {
        MainWindow window;
        QVERIFY(showDemo(window));
        OverviewDock *dock = window.overviewDock();
        QVERIFY(!dock->isVisible());
        QTest::keyClick(&window, Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
        QTest::keyRelease(&window, Qt::Key_Shift);
        QVERIFY(dock->isVisible());

        auto check = [&] {
            const SessionOverview &o = dock->chart()->overview();
            const int shown = window.filterModel()->rowCount();
            if (o.total != shown)
                return u"total %1, shown %2"_s.arg(o.total).arg(shown);
            // Reference: the local date of every shown session's start
            QMap<QDate, int> perDay;
            qint64 newest = kMissingTime;
            int undated = 0;
            QMap<QString, int> clients;
            for (int row = 0; row < shown; ++row) {
                const Session s = window.filterModel()->index(row, 0).data(SessionRoles::SessionRole).value<Session>();
                clients[SessionFormat::clientType(s.deviceType)]++;
                if (s.loginAt == kMissingTime) {
                    ++undated;
                    continue;
                }
                newest = std::max(newest, s.loginAt);
                perDay[QDateTime::fromMSecsSinceEpoch(s.loginAt).date()]++;
            }
            if (o.undated != undated)
                return u"undated %1, expected %2"_s.arg(o.undated).arg(undated);
            if (shown > undated) {
                if (o.days.size() != 30 || o.days.back().date != QDateTime::fromMSecsSinceEpoch(newest).date())
                    return u"days do not end with the newest start"_s;
                int older = 0;
                for (auto it = perDay.cbegin(); it != perDay.cend(); ++it) {
                    if (it.key() < o.days.front().date)
                        older += it.value();
                }
                if (o.older != older)
                    return u"older %1, expected %2"_s.arg(o.older).arg(older);
                for (const SessionOverview::Day &d : o.days) {
                    if (d.count != perDay.value(d.date))
                        return u"%1: %2, expected %3"_s.arg(d.date.toString(Qt::ISODate)).arg(d.count).arg(perDay.value(d.date));
                }
            }
            for (const SessionStore::ValueCount &v : o.clients) {
                if (clients.value(v.value) != v.count)
                    return u"client %1: %2, expected %3"_s.arg(v.value).arg(v.count).arg(clients.value(v.value));
            }
            return QString();
        };
        QCOMPARE(check(), QString());
        QVERIFY(dock->chart()->overview().clients.size() >= 2);

        // The chart is painted: the bars use the highlight color
        const QImage image = dock->chart()->grab().toImage();
        const QRgb bar = dock->chart()->palette().color(QPalette::Highlight).rgb();
        int barPixels = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                barPixels += image.pixel(x, y) == bar;
        }
        QVERIFY2(barPixels > 200, qPrintable(QString::number(barPixels)));

        // Filtering recomputes it shortly after
        QTest::keyClicks(window.filterEdit(), u"firefox"_s);
        QVERIFY(window.filterModel()->rowCount() < 3000);
        QTRY_COMPARE(dock->chart()->overview().total, window.filterModel()->rowCount());
        QCOMPARE(check(), QString());
        QCOMPARE(dock->chart()->overview().clients.size(), size_t(1)); // Firefox is a browser
    }

    void signInDialogsTakeTypingAtOnce()
    {
        // The real prompts: what is typed right after they open lands in their fields.
        QWidget parent;
        parent.show();
        QVERIFY(QTest::qWaitForWindowExposed(&parent));
        DialogSignInPrompt prompt(&parent);
        std::optional<QString> code;
        bool answered = false;
        prompt.askCode(u"chat.example.org"_s, u"totp"_s, QString(), [&](std::optional<QString> c) {
            code = c;
            answered = true;
        });
        auto *dialog = parent.findChild<QDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->focusWidget(), dialog->findChild<QLineEdit *>(u"codeEdit"_s));
        QTest::keyClicks(dialog->focusWidget(), u"123456"_s);
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Return);
        QVERIFY(answered);
        QCOMPARE(code, std::optional<QString>(u"123456"_s));

        std::optional<SignInPrompt::Credentials> credentials;
        prompt.askCredentials(u"chat.example.org"_s, QString(), [&](std::optional<SignInPrompt::Credentials> c) { credentials = c; });
        dialog = nullptr;
        for (QDialog *d : parent.findChildren<QDialog *>()) {
            if (d->isVisible())
                dialog = d; // the code dialog is still there until its deferred deletion
        }
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->focusWidget(), dialog->findChild<QLineEdit *>(u"userEdit"_s));
        QTest::keyClicks(dialog->focusWidget(), u"admin"_s);
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Tab);
        QCOMPARE(dialog->focusWidget(), dialog->findChild<QLineEdit *>(u"passwordEdit"_s));
        QTest::keyClicks(dialog->focusWidget(), u"demo"_s);
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Return);
        QVERIFY(credentials);
        QCOMPARE(credentials->user, u"admin"_s);
        QCOMPARE(credentials->password, u"demo"_s);
    }

    void refreshKeepsSelection()
    {
        MainWindow window;
        window.show();
        window.openConnection(demoConnection(), u"Demo"_s);
        QSignalSpy finished(&window, &MainWindow::loadFinished);
        QVERIFY(finished.wait(30000));
        window.tableView()->selectRow(42);
        const QString selected = window.filterModel()->sessionIdAt(42);
        QVERIFY(load(window));
        const QModelIndexList rows = window.tableView()->selectionModel()->selectedRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(window.filterModel()->sessionIdAt(rows.first().row()), selected);
    }

    void cancelKeepsWhatArrived()
    {
        DemoServerThread big;
        QString error;
        QVERIFY(big.start(5, 60000, 0, &error));
        MainWindow window;
        window.show();
        Connection c = demoConnection();
        c.baseUrl = big.info().rocketChatUrl;
        c.userId = big.info().rocketChatUserId;
        c.secret = big.info().rocketChatToken;
        QSignalSpy finished(&window, &MainWindow::loadFinished);
        window.openConnection(c, u"Big"_s);
        QTRY_VERIFY_WITH_TIMEOUT(window.sessionModel()->rowCount() > 0, 10000);
        window.cancelLoading();
        QVERIFY(!finished.isEmpty() || finished.wait(5000));
        QCOMPARE(finished.first().first().value<FetchResult>().status, FetchResult::Status::Canceled);
        QVERIFY(window.sessionModel()->rowCount() > 0);
        QVERIFY(window.sessionModel()->rowCount() < 60000);
    }

    void largeLoadEndsSortedAndComplete()
    {
        // 100,000 rows: well above the size from which re-sorts run on the thread pool while
        // pages keep arriving (held back meanwhile) and the finish waits for the re-sort.
        DemoServerThread big;
        QString error;
        QVERIFY(big.start(6, 100000, 0, &error));
        MainWindow window;
        window.show();
        QSignalSpy finished(&window, &MainWindow::loadFinished);
        QSignalSpy resorted(window.filterModel(), &SessionFilterModel::computingFinished);
        window.openConnection(big.info().rocketChatConnection(true), u"Big"_s);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().value<FetchResult>().status, FetchResult::Status::Ok);
        QCOMPARE(window.sessionModel()->rowCount(), 100000);
        QVERIFY2(!resorted.isEmpty(), "no re-sort ran on the thread pool during the load");
        SessionFilterModel *proxy = window.filterModel();
        QTRY_VERIFY_WITH_TIMEOUT(!proxy->isComputing(), 10000);
        proxy->applyPendingChanges();
        QCOMPARE(proxy->rowCount(), 100000);
        QVERIFY(proxy->sortColumn() >= 0);
        const RowList expected = window.sessionModel()->store().orderedRows(SessionColumn(proxy->sortColumn()), proxy->sortOrder());
        QVERIFY(proxy->sourceRows() == expected);
    }

    void loadProgressDoesNotPaintTheWindowAtOnce()
    {
        // The status bar's progress is updated a few times a second while sessions load;
        // doing so must not paint the window right then (a second full paint besides the
        // regular one), only schedule the bar's repaint.
        DemoServerThread big;
        QString error;
        QVERIFY(big.start(6, 100000, 0, &error));
        MainWindow window;
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *statusTimer = window.findChild<QTimer *>(u"statusTimer"_s);
        auto *progress = window.findChild<QProgressBar *>();
        QVERIFY(statusTimer && progress);
        // Counts paints of the bar and the table that happen while the status timer's
        // event is being handled; the filter delivers that event itself to know when.
        struct Watcher : QObject
        {
            QTimer *timer = nullptr;
            bool inStatusUpdate = false;
            int statusUpdates = 0, paintsDuringUpdate = 0, paintsOtherwise = 0;
            bool eventFilter(QObject *watched, QEvent *event) override
            {
                if (watched == timer && event->type() == QEvent::Timer) {
                    inStatusUpdate = true;
                    ++statusUpdates;
                    watched->event(event);
                    inStatusUpdate = false;
                    return true;
                }
                if (event->type() == QEvent::Paint)
                    ++(inStatusUpdate ? paintsDuringUpdate : paintsOtherwise);
                return false;
            }
        } watcher;
        watcher.timer = statusTimer;
        statusTimer->installEventFilter(&watcher);
        progress->installEventFilter(&watcher);
        window.tableView()->viewport()->installEventFilter(&watcher);
        QSignalSpy finished(&window, &MainWindow::loadFinished);
        window.openConnection(big.info().rocketChatConnection(true), u"Big"_s);
        QVERIFY(finished.wait(60000));
        QVERIFY2(watcher.statusUpdates >= 2, qPrintable(QString::number(watcher.statusUpdates)));
        QVERIFY2(watcher.paintsOtherwise > 0, "the bar and the table were never painted");
        QCOMPARE(watcher.paintsDuringUpdate, 0);
    }

    void unreachableServerShowsTheErrorThenRecovers()
    {
        // Given a port where nothing listens yet
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        MainWindow window;
        window.show();
        Connection c = demoConnection();
        c.baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
        QSignalSpy finished(&window, &MainWindow::loadFinished);
        window.openConnection(c, u"Later"_s);
        QVERIFY(finished.wait(30000));
        const FetchResult r = finished.first().first().value<FetchResult>();
        QCOMPARE(r.status, FetchResult::Status::Failed);
        QVERIFY(r.error.contains(u"refused"_s));
        // Then the window explains the error instead of showing an empty table
        auto *stack = window.findChild<QStackedWidget *>();
        QVERIFY(stack);
        QVERIFY(stack->currentWidget() != window.tableView());
        QVERIFY(qobject_cast<QLabel *>(stack->currentWidget())->text().contains(u"refused"_s));

        // When the server comes up and the user presses F5, the table is back
        DemoServerThread server;
        QString error;
        QVERIFY2(server.start(4, 120, port, &error), qPrintable(error));
        QTest::keyClick(&window, Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
        QCOMPARE(finished.last().first().value<FetchResult>().status, FetchResult::Status::Ok);
        QCOMPARE(stack->currentWidget(), window.tableView());
        QCOMPARE(window.sessionModel()->rowCount(), 120);
    }

    void rememberWindowAndColumns()
    {
        {
            MainWindow window;
            window.show();
            window.resize(1000, 640);
            window.tableView()->horizontalHeader()->resizeSection(0, 333);
            window.tableView()->sortByColumn(int(SessionColumn::Ip), Qt::DescendingOrder);
            window.close();
        }
        MainWindow again;
        QCOMPARE(again.tableView()->horizontalHeader()->sectionSize(0), 333);
        QCOMPARE(again.filterModel()->sortColumn(), int(SessionColumn::Ip));
        QCOMPARE(again.filterModel()->sortOrder(), Qt::DescendingOrder);
        QCOMPARE(again.size(), QSize(1000, 640));
    }

    void firstRowsSizeTheColumns()
    {
        QSettings().clear(); // no saved widths
        MainWindow window;
        window.show();
        window.resize(1400, 700);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy finished(&window, &MainWindow::loadFinished);
        window.openConnection(demoConnection(), u"Demo"_s);
        QVERIFY(finished.wait(30000));
        QTableView *table = window.tableView();
        QHeaderView *header = table->horizontalHeader();
        // Sized from the rows on screen, then the user's own resizing measures 200 rows again.
        QCOMPARE(header->resizeContentsPrecision(), 200);
        const int lastShown = table->rowAt(table->viewport()->height() - 1);
        QVERIFY(lastShown > 5);
        const int maxWidth = table->fontMetrics().averageCharWidth() * 40;
        for (const SessionColumn column : {SessionColumn::UserName, SessionColumn::Device, SessionColumn::Os}) {
            const int c = int(column);
            int widest = 0;
            for (int row = 0; row <= lastShown; ++row)
                widest = std::max(widest, table->fontMetrics().horizontalAdvance(table->model()->index(row, c).data().toString()));
            QVERIFY2(header->sectionSize(c) >= std::min(widest, maxWidth),
                     qPrintable(u"column %1: %2 px for text %3 px wide"_s.arg(c).arg(header->sectionSize(c)).arg(widest)));
        }
    }

    void columnsAreKeptPerServerKind()
    {
        MainWindow window;
        window.show();
        QHeaderView *header = window.tableView()->horizontalHeader();
        QSignalSpy loaded(&window, &MainWindow::loadFinished);
        window.openConnection(demoConnection(), u"Demo"_s);
        QVERIFY(loaded.wait(30000));
        QVERIFY(header->isSectionHidden(int(SessionColumn::Details)));
        header->setSectionHidden(int(SessionColumn::Host), true); // the user's choice for Rocket.Chat

        window.openConnection(m_demo.info().seamConnection(), u"Demo Seam"_s);
        QVERIFY(loaded.wait(30000));
        QCOMPARE(window.sessionModel()->rowCount(), DemoServer::kSeamSessions);
        QVERIFY(!header->isSectionHidden(int(SessionColumn::Details)));
        QVERIFY(header->isSectionHidden(int(SessionColumn::ClientType))); // Seam has no client type
        QVERIFY(!header->isSectionHidden(int(SessionColumn::Host)));      // the workspace

        window.openConnection(demoConnection(), u"Demo"_s);
        QVERIFY(loaded.wait(30000));
        QVERIFY(header->isSectionHidden(int(SessionColumn::Host)));    // restored for Rocket.Chat
        QVERIFY(header->isSectionHidden(int(SessionColumn::Details)));
        header->setSectionHidden(int(SessionColumn::Host), false);
    }

    void detailsShowTheServersRecord()
    {
        MainWindow window;
        window.show();
        QSignalSpy loaded(&window, &MainWindow::loadFinished);
        window.openConnection(demoConnection(), u"Demo"_s);
        QVERIFY(loaded.wait(30000));
        window.tableView()->setCurrentIndex(window.tableView()->model()->index(4, 0));
        const QString id = window.tableView()->model()->index(4, 0).data(SessionRoles::SessionIdRole).toString();
        QSignalSpy fetched(window.detailsDock(), &DetailsDock::serverFieldsLoaded);
        window.detailsDock()->loadServerFields();
        QVERIFY(fetched.wait(10000));
        QVERIFY(fetched.first().first().toBool());
        QVERIFY2(window.detailsDock()->serverJson().contains(id), qPrintable(window.detailsDock()->serverJson()));
        QVERIFY(window.detailsDock()->serverJson().contains(u"\"roles\""_s)); // a field the table does not show

        window.openConnection(m_demo.info().seamConnection(), u"Demo Seam"_s);
        QVERIFY(loaded.wait(30000));
        window.tableView()->setCurrentIndex(window.tableView()->model()->index(0, 0));
        window.detailsDock()->loadServerFields();
        QVERIFY(fetched.wait(10000));
        const QString json = window.detailsDock()->serverJson();
        QVERIFY2(json.contains(u"\"token\": \"\u2026"_s), qPrintable(json)); // the live token is masked
        QVERIFY(!json.contains(u"seam_cst"_s));

        // OpenReplay has no single-session call: the pane shows the listed record itself.
        window.openConnection(m_demo.info().openReplayConnection({u"user2@example.org"_s}), u"Demo OpenReplay"_s);
        QVERIFY(loaded.wait(30000));
        window.tableView()->setCurrentIndex(window.tableView()->model()->index(1, 0));
        QVERIFY2(window.detailsDock()->serverJson().contains(u"\"eventsCount\""_s), qPrintable(window.detailsDock()->serverJson()));
    }

    void deleteUserDataAsksAndAudits()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.setAuditLogFile(dir.filePath(u"audit.jsonl"_s));
        window.show();
        QSignalSpy loaded(&window, &MainWindow::loadFinished);
        window.openConnection(m_demo.info().openReplayConnection({u"user6@example.org"_s}), u"Demo OpenReplay"_s);
        QVERIFY(loaded.wait(30000));
        QVERIFY(window.sessionModel()->rowCount() > 0);
        QTableView *table = window.tableView();
        table->selectionModel()->select(table->model()->index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        table->selectionModel()->select(table->model()->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        window.revokeSelected(); // recordings cannot be revoked: nothing happens
        QVERIFY(!window.findChild<QMessageBox *>(u"revokeConfirmation"_s));

        window.deleteUserDataSelected();
        auto *box = window.findChild<QMessageBox *>();
        QVERIFY(box);
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
        QVERIFY2(box->text().contains(u"user6@example.org"_s), qPrintable(box->text()));
        QAbstractButton *destructive = TestHelpers::destructiveButton(box);
        QVERIFY(destructive);
        destructive->click();
        const AuditLog audit(dir.filePath(u"audit.jsonl"_s));
        QVERIFY(QTest::qWaitFor([&] { return audit.read().size() == 1; }, 10000)); // one user, asked once
        const AuditEntry e = audit.read().first();
        QCOMPARE(e.action, u"delete-user-data"_s);
        QCOMPARE(e.userId, u"user6@example.org"_s);
        QCOMPARE(e.outcome, u"accepted"_s);
        QVERIFY(load(window));
        QCOMPARE(window.sessionModel()->rowCount(), 0); // the demo server forgot the user
        auto *hint = window.findChild<QLabel *>(u"tableHint"_s);
        QVERIFY(hint->isVisible());
        QVERIFY2(hint->text().contains(u"date range"_s), qPrintable(hint->text()));
    }

    // Runs last: it revokes sessions on the shared demo server.
    void exportDialogSelectionColumnsAndFormats()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy loaded(&window, &MainWindow::loadFinished);
        window.openConnection(demoConnection(), u"Demo"_s);
        QVERIFY(loaded.wait(30000));
        QTableView *table = window.tableView();
        table->sortByColumn(int(SessionColumn::SessionId), Qt::AscendingOrder);
        QStringList expected;
        for (int row : {9, 2, 5}) // selected out of order, exported in table order
            table->selectionModel()->select(table->model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        for (int row : {2, 5, 9})
            expected << table->model()->index(row, 0).data(SessionRoles::SessionIdRole).toString();

        // Ctrl+E opens the dialog; the selection, all columns and JSON are chosen.
        table->setFocus();
        QTest::keyClick(table, Qt::Key_E, Qt::ControlModifier);
        auto *dialog = window.findChild<ExportDialog *>(u"exportDialog"_s);
        QVERIFY(dialog);
        ExportChoice choice;
        choice.selectionOnly = true;
        choice.allColumns = true;
        choice.json = true;
        choice.path = dir.filePath(u"picked.json"_s);
        dialog->setChoice(choice);
        QCOMPARE(dialog->choice().selectionOnly, true);
        dialog->accept();
        QFile json(choice.path);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonArray array = QJsonDocument::fromJson(json.readAll()).array();
        QCOMPARE(array.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(array[i].toObject().value(u"sessionId"_s).toString(), expected[i]);
            QCOMPARE(array[i].toObject().size(), qsizetype(SessionColumns::all().size())); // no Server outside a merged view
            QVERIFY(!array[i].toObject().contains(u"server"_s));
        }

        // CSV of every row shown, with a byte-order mark for spreadsheets.
        ExportChoice csv;
        csv.byteOrderMark = true;
        csv.path = dir.filePath(u"all.csv"_s);
        QCOMPARE(window.exportTo(csv), QString());
        QFile file(csv.path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(bytes.count("\r\n"), window.filterModel()->rowCount() + 1);
    }

    void refusedRevokeDisablesRevokeSayingWhy()
    {
        // A server that lists sessions but refuses this account every revocation (HTTP 403).
        int revokes = 0;
        RawHttpServer server([&](QTcpSocket *socket, const RawRequest &request) {
            if (request.method == "POST") {
                ++revokes;
                socket->write(RawHttpServer::response(403, "{\"success\":false,\"error\":\"User does not have the "
                                                            "permissions required for this action [error-unauthorized]\"}"));
                return;
            }
            socket->write(RawHttpServer::response(200, "{\"sessions\":[{\"sessionId\":\"a\",\"userId\":\"u1\"},"
                                                       "{\"sessionId\":\"b\",\"userId\":\"u2\"}],\"total\":2,"
                                                       "\"offset\":0,\"success\":true}"));
        });
        QVERIFY(server.start());
        const Connection c = rocketChatAt(server);
        MainWindow window;
        QTemporaryDir dir;
        window.setAuditLogFile(dir.filePath(u"audit.jsonl"_s));
        window.show();
        QSignalSpy loaded(&window, &MainWindow::loadFinished);
        window.openConnection(c, u"Strict"_s);
        QVERIFY(loaded.wait(10000));
        window.tableView()->selectAll();
        auto *revoke = window.findChild<QAction *>(u"revokeAction"_s);
        QVERIFY(revoke->isEnabled());

        QSignalSpy done(&window, &MainWindow::revokeFinished);
        window.revokeSessions({RevokeTarget{u"a"_s, u"u1"_s}, RevokeTarget{u"b"_s, u"u2"_s}});
        QVERIFY(done.wait(10000));
        QCOMPARE(done.first().at(1).toInt(), 2); // both failed (sent in parallel, or not sent after the refusal)
        QVERIFY(revokes >= 1);
        QVERIFY(!revoke->isEnabled());
        QVERIFY2(revoke->toolTip().contains(u"HTTP 403"_s) && revoke->toolTip().contains(u"Sign in"_s),
                 qPrintable(revoke->toolTip()));
        window.revokeSelected(); // the Delete key: nothing is asked or sent
        QVERIFY(!window.findChild<QMessageBox *>(u"revokeConfirmation"_s));

        // Opening the server again (e.g. after signing in as someone else) enables it again
        window.openConnection(c, u"Strict"_s);
        QVERIFY(loaded.wait(10000));
        window.tableView()->selectAll();
        QVERIFY(revoke->isEnabled());
    }

    void autoRefreshMergesAndMarksNewSessions()
    {
        // A server whose list grows by two sessions with every fetch.
        int fetches = 0;
        RawHttpServer server([&](QTcpSocket *socket, const RawRequest &) {
            ++fetches;
            const int count = 3 + 2 * (fetches - 1);
            QByteArray body = "{\"sessions\":[";
            for (int i = 0; i < count; ++i)
                body += (i ? "," : "") + QByteArray("{\"sessionId\":\"s") + QByteArray::number(i) + "\",\"userId\":\"u\"}";
            body += "],\"total\":" + QByteArray::number(count) + ",\"offset\":0,\"success\":true}";
            socket->write(RawHttpServer::response(200, body));
        });
        QVERIFY(server.start());
        const Connection c = rocketChatAt(server);
        MainWindow window;
        window.show();
        QSignalSpy loaded(&window, &MainWindow::loadFinished);
        window.openConnection(c, u"Growing"_s);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(window.sessionModel()->rowCount(), 3);
        QCOMPARE(window.sessionModel()->newRowCount(), 0); // the first load marks nothing
        window.tableView()->selectRow(1);
        const QString selected = window.tableView()->currentIndex().data(SessionRoles::SessionIdRole).toString();

        window.setAutoRefreshSeconds(1);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(window.sessionModel()->rowCount(), 5);
        QCOMPARE(window.sessionModel()->newRowCount(), 2);
        QStringList marked;
        const QAbstractItemModel *view = window.tableView()->model();
        for (int row = 0; row < view->rowCount(); ++row) {
            if (view->index(row, 0).data(SessionRoles::IsNewRole).toBool())
                marked << view->index(row, 0).data(SessionRoles::SessionIdRole).toString();
        }
        marked.sort();
        QCOMPARE(marked, (QStringList{u"s3"_s, u"s4"_s}));
        QCOMPARE(window.tableView()->currentIndex().data(SessionRoles::SessionIdRole).toString(), selected);
        QVERIFY2(window.findChild<QLabel *>(u"status"_s)->text().contains(u"2 new since the last refresh"_s),
                 qPrintable(window.findChild<QLabel *>(u"status"_s)->text()));

        // The next refresh makes them old; only what is new then is marked.
        QVERIFY(loaded.wait(10000));
        QCOMPARE(window.sessionModel()->rowCount(), 7);
        QCOMPARE(window.sessionModel()->newRowCount(), 2);
        window.setAutoRefreshSeconds(0);
        const int fetched = fetches;
        QTest::qWait(1500);
        QCOMPARE(fetches, fetched); // off means off
    }

    void helpListsTheShortcuts()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.tableView()->setFocus();
        QTest::keyClick(window.tableView(), Qt::Key_F1);
        auto *box = window.findChild<QMessageBox *>(u"shortcuts"_s);
        QVERIFY(box);
        for (const QString &expected : {u"F5"_s, u"Ctrl+E"_s, u"Ctrl+L"_s, u"Ctrl+F"_s, u"Ctrl+Shift+P"_s, u"Del"_s, u"Esc"_s})
            QVERIFY2(box->text().contains(expected), qPrintable(expected + u" missing in "_s + box->text()));
    }

    void auditLogViewerListsNewestFirstAndFilters()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"audit.jsonl"_s);
        AuditLog log(path);
        const QDateTime t0 = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, QTimeZone::utc());
        for (int i = 0; i < 3; ++i) {
            AuditEntry e{t0.addSecs(i * 60), u"prod"_s, u"rocketchat"_s, u"https://chat.example.org"_s, u"revoke"_s,
                         u"session-%1"_s.arg(i), u"user-%1"_s.arg(i), i == 1 ? u"failed"_s : u"revoked"_s,
                         i == 1 ? u"HTTP 500"_s : QString()};
            QVERIFY(log.append(e));
        }
        QFile raw(path);
        QVERIFY(raw.open(QIODevice::Append));
        raw.write("not json\n"); // a damaged line is counted, not shown
        raw.close();

        MainWindow window;
        window.setAuditLogFile(path);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.tableView()->setFocus();
        QTest::keyClick(window.tableView(), Qt::Key_L, Qt::ControlModifier);
        auto *dialog = window.findChild<AuditLogDialog *>(u"auditLog"_s);
        QVERIFY(dialog);
        QCOMPARE(dialog->table()->model()->rowCount(), 3);
        QCOMPARE(dialog->table()->model()->index(0, 4).data().toString(), u"session-2"_s); // newest first
        QVERIFY2(dialog->findChild<QLabel *>(u"status"_s)->text().contains(u"1 unreadable line"_s),
                 qPrintable(dialog->findChild<QLabel *>(u"status"_s)->text()));
        QTest::keyClicks(dialog->filterEdit(), u"FAILED"_s);
        QCOMPARE(dialog->table()->model()->rowCount(), 1);
        QCOMPARE(dialog->table()->model()->index(0, 4).data().toString(), u"session-1"_s);
    }

    void resultsListEachSessionAndRetryTheFailed()
    {
        QTemporaryDir dir;
        MainWindow window;
        ScriptedPrompt prompt;
        QVERIFY(openAsAdministrator(window, prompt, dir.filePath(u"audit.jsonl"_s)));
        const int before = window.sessionModel()->rowCount();
        QTableView *table = window.tableView();
        for (int row : {1, 4, 7})
            table->selectionModel()->select(table->model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const auto confirm = [&] {
            auto *box = window.findChild<QMessageBox *>(u"revokeConfirmation"_s);
            QVERIFY(box);
            QAbstractButton *destructive = TestHelpers::destructiveButton(box);
            QVERIFY(destructive);
            destructive->click();
        };

        // The administrator declines the second factor: nothing is sent, all three listed.
        prompt.codes = {std::nullopt};
        QSignalSpy finished(&window, &MainWindow::revokeFinished);
        window.revokeSelected();
        confirm();
        QVERIFY(finished.wait(15000));
        auto *results = window.findChild<RevokeResultsDialog *>(u"revokeResults"_s);
        QVERIFY(results);
        QCOMPARE(results->table()->rowCount(), 3);
        for (int row = 0; row < 3; ++row)
            QCOMPARE(results->table()->item(row, 2)->text(), RevokeResultsDialog::statusText(RevokeOutcome::Status::Canceled, false));
        QVERIFY(results->retryButton()->isEnabled());
        QCOMPARE(window.sessionModel()->rowCount(), before);
        const QPointer<RevokeResultsDialog> first = results;

        // Retry Failed sends the same three again; this time with the code.
        prompt.codes = {u"123456"_s};
        QTest::mouseClick(results->retryButton(), Qt::LeftButton);
        QVERIFY2(finished.wait(15000), qPrintable(prompt.asked.join(u" | "_s)));
        QCOMPARE(finished.last().at(0).toInt(), 3);
        QCOMPARE(finished.last().at(1).toInt(), 0);
        QCOMPARE(window.sessionModel()->rowCount(), before - 3);
        QTRY_VERIFY(first.isNull() || !first->isVisible()); // Retry closed the first list
        RevokeResultsDialog *second = nullptr;
        for (auto *d : window.findChildren<RevokeResultsDialog *>()) {
            if (d->isVisible())
                second = d;
        }
        QVERIFY(second);
        QCOMPARE(second->table()->rowCount(), 3);
        QVERIFY(!second->retryButton()->isEnabled());
        for (int row = 0; row < 3; ++row)
            QCOMPARE(second->table()->item(row, 2)->text(), RevokeResultsDialog::statusText(RevokeOutcome::Status::Revoked, false));
    }

    void revokeCapturesIdsAtConfirmation()
    {
        QTemporaryDir dir;
        MainWindow window;
        ScriptedPrompt prompt;
        QVERIFY(openAsAdministrator(window, prompt, dir.filePath(u"audit.jsonl"_s)));
        const int before = window.sessionModel()->rowCount();

        // Select three rows, ask to revoke, and while the confirmation is open re-sort the table.
        QTableView *table = window.tableView();
        QStringList selectedIds;
        for (int row : {2, 5, 9}) {
            table->selectionModel()->select(table->model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
            selectedIds.append(table->model()->index(row, 0).data(SessionRoles::SessionIdRole).toString());
        }
        const QString untouched = table->model()->index(3, 0).data(SessionRoles::SessionIdRole).toString();
        prompt.codes = {u"123456"_s};
        window.revokeSelected();
        auto *box = window.findChild<QMessageBox *>(u"revokeConfirmation"_s);
        QVERIFY(box);
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
        QVERIFY2(box->text().contains(u"<b>3</b> sessions"_s), qPrintable(box->text()));
        table->sortByColumn(int(SessionColumn::SessionId), Qt::AscendingOrder); // rows move under the dialog
        QVERIFY(load(window)); // and a refresh merges the server's list again meanwhile
        QVERIFY(box->isVisible());
        QSignalSpy revoked(&window, &MainWindow::revokeFinished);
        QAbstractButton *destructive = TestHelpers::destructiveButton(box);
        QVERIFY(destructive);
        destructive->click();
        QVERIFY(revoked.wait(15000));
        QCOMPARE(revoked.first().at(0).toInt(), 3);
        QCOMPARE(revoked.first().at(1).toInt(), 0);
        QCOMPARE(prompt.asked.size(), 1); // the second factor was asked for once

        // Exactly the confirmed sessions are gone, here and on the server.
        QCOMPARE(window.sessionModel()->rowCount(), before - 3);
        QStringList remaining;
        for (int row = 0; row < window.filterModel()->rowCount(); ++row)
            remaining.append(window.filterModel()->index(row, 0).data(SessionRoles::SessionIdRole).toString());
        for (const QString &id : selectedIds)
            QVERIFY(!remaining.contains(id));
        QVERIFY(remaining.contains(untouched));
        QVERIFY(load(window));
        QCOMPARE(window.sessionModel()->rowCount(), before - 3);

        const QList<AuditEntry> audit = AuditLog(dir.filePath(u"audit.jsonl"_s)).read();
        QCOMPARE(audit.size(), 3);
        QStringList audited;
        for (const AuditEntry &e : audit)
            audited.append(e.sessionId);
        audited.sort();
        selectedIds.sort();
        QCOMPARE(audited, selectedIds);
    }

    // Runs after the revoking tests: it revokes on the shared demo server too.
    void allServersInOneTable()
    {
        auto countAlone = [](const Connection &c) {
            MainWindow alone;
            QSignalSpy loaded(&alone, &MainWindow::loadFinished);
            alone.openConnection(c, u"Alone"_s);
            return loaded.wait(30000) ? alone.sessionModel()->rowCount() : -1;
        };
        const int rocketChat = countAlone(demoConnection());
        const int seam = countAlone(m_demo.info().seamConnection());
        QVERIFY(rocketChat > 0 && seam > 0);

        QTcpServer closed; // a port nobody answers on
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        Connection broken = demoConnection();
        broken.baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(closed.serverPort()));
        closed.close();

        MainWindow window;
        QTemporaryDir dir;
        window.setAuditLogFile(dir.filePath(u"audit.jsonl"_s));
        window.show();
        QSignalSpy loaded(&window, &MainWindow::loadFinished);
        window.addTemporaryServer(u"Demo Seam"_s, m_demo.info().seamConnection());
        window.addTemporaryServer(u"Broken"_s, broken);
        window.openConnection(demoConnection(), u"Demo"_s);
        QVERIFY(loaded.wait(30000));
        loaded.clear();

        // The switcher offers all servers; choosing it loads each, tagged in the Server column
        auto *combo = window.findChild<QComboBox *>(u"profileCombo"_s);
        const int all = combo->findData(u"merged"_s);
        QVERIFY(all >= 0);
        combo->setCurrentIndex(all);
        emit combo->activated(all);
        QVERIFY(window.isMerged());
        QVERIFY(loaded.wait(30000));
        QCOMPARE(window.sessionModel()->rowCount(), rocketChat + seam); // the broken one keeps the others
        QMap<QString, int> perServer;
        for (int row = 0; row < window.sessionModel()->rowCount(); ++row)
            perServer[window.sessionModel()->store().server(row)]++;
        QCOMPARE(perServer.value(u"Demo"_s), rocketChat);
        QCOMPARE(perServer.value(u"Demo Seam"_s), seam);
        QCOMPARE(perServer.size(), 2);
        const QString status = window.findChild<QLabel *>(u"status"_s)->text();
        QVERIFY2(status.contains(u"2 of 3 servers"_s) && status.contains(u"Broken:"_s), qPrintable(status));
        QVERIFY(!window.findChild<QAction *>(u"signInAction"_s)->isEnabled()); // signing in is per server
        QVERIFY(!window.findChild<QAction *>(u"signOutAction"_s)->isEnabled());
        QHeaderView *header = window.tableView()->horizontalHeader();
        QVERIFY(!header->isSectionHidden(int(SessionColumn::Server)));
        QCOMPARE(header->logicalIndex(0), int(SessionColumn::Server));

        // A selection across servers cannot be revoked, and says why
        QTableView *table = window.tableView();
        auto *revoke = window.findChild<QAction *>(u"revokeAction"_s);
        auto rowOfServer = [&](const QString &server, int skip = 0) {
            for (int row = 0; row < table->model()->rowCount(); ++row) {
                if (table->model()->index(row, int(SessionColumn::Server)).data().toString() == server && skip-- == 0)
                    return row;
            }
            return -1;
        };
        const int seamRow = rowOfServer(u"Demo Seam"_s), rcRow = rowOfServer(u"Demo"_s), rcRow2 = rowOfServer(u"Demo"_s, 1);
        table->selectionModel()->select(table->model()->index(seamRow, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        table->selectionModel()->select(table->model()->index(rcRow, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QVERIFY(!revoke->isEnabled());
        QVERIFY2(revoke->toolTip().contains(u"2 servers"_s), qPrintable(revoke->toolTip()));

        // One server's rows: its actions, on its server; the revoked row leaves, nothing else
        const QString rcId = table->model()->index(rcRow, 0).data(SessionRoles::SessionIdRole).toString();
        const QString keptId = table->model()->index(rcRow2, 0).data(SessionRoles::SessionIdRole).toString();
        table->selectionModel()->select(table->model()->index(rcRow, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QVERIFY(revoke->isEnabled());
        QSignalSpy revoked(&window, &MainWindow::revokeFinished);
        window.revokeSessions({RevokeTarget{rcId, table->model()->index(rcRow, 0).data(SessionRoles::SessionRole).value<Session>().userId}});
        QVERIFY(revoked.wait(10000));
        QCOMPARE(revoked.first().at(0).toInt(), 1);
        QCOMPARE(window.sessionModel()->rowCount(), rocketChat + seam - 1);
        QCOMPARE(window.sessionModel()->store().rowOf(rcId, u"Demo"_s), -1);
        QVERIFY(window.sessionModel()->store().rowOf(keptId, u"Demo"_s) >= 0);
        const QList<AuditEntry> audit = AuditLog(dir.filePath(u"audit.jsonl"_s)).read();
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().profile, u"Demo"_s);

        // Refreshing merges again: the revoked one stays gone, the counts hold
        loaded.clear();
        window.refresh();
        QVERIFY(loaded.wait(30000));
        QCOMPARE(loaded.first().first().value<FetchResult>().status, FetchResult::Status::Failed); // Broken still is
        QCOMPARE(window.sessionModel()->rowCount(), rocketChat + seam - 1);

        // The filter sees the Server column
        QTest::keyClicks(window.filterEdit(), u"demo seam"_s);
        QCOMPARE(window.filterModel()->rowCount(), seam);

        // Back to one server: its own table, without the Server column
        const int demo = combo->findData(u"temp:0"_s);
        combo->setCurrentIndex(demo);
        emit combo->activated(demo);
        QVERIFY(!window.isMerged());
        QVERIFY(loaded.wait(30000));
        QVERIFY(header->isSectionHidden(int(SessionColumn::Server)));
    }

    // The acceptance workflow, keyboard only: find a user's sessions by typing, sort by last
    // sign-in, select ten, revoke them from the context menu with a second factor, read the
    // per-session result, export what remains of the filtered view. Revokes on the demo server.
    void keyboardOnlyWorkflow()
    {
        QTemporaryDir dir;
        MainWindow window;
        ScriptedPrompt prompt;
        QVERIFY(openAsAdministrator(window, prompt, dir.filePath(u"audit.jsonl"_s)));
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTableView *table = window.tableView();
        auto press = [](QWidget *w, Qt::Key key, Qt::KeyboardModifiers mods = {}) {
            QTest::keyClick(w, key, mods);
            if (mods & Qt::ShiftModifier)
                QTest::keyRelease(w, Qt::Key_Shift); // QTest leaves Shift held otherwise
        };
        auto focused = [] { return QApplication::focusWidget(); };

        // The user with the most sessions (at least twelve)
        QMap<QString, int> perUser;
        for (int row = 0; row < window.sessionModel()->rowCount(); ++row)
            perUser[window.sessionModel()->store().displayText(row, SessionColumn::UserName)]++;
        perUser.remove(QString());
        QString user;
        for (auto it = perUser.cbegin(); it != perUser.cend(); ++it) {
            if (user.isEmpty() || it.value() > perUser.value(user))
                user = it.key();
        }
        QVERIFY2(perUser.value(user) >= 12, qPrintable(user));

        // Ctrl+F, type the name
        press(focused(), Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(focused(), window.filterEdit());
        QTest::keyClicks(focused(), user);
        const int found = window.filterModel()->rowCount();
        QVERIFY(found >= perUser.value(user));

        // Ctrl+Shift+S: sort by user, then by the sign-in time (newest first)
        auto sortBy = [&](SessionColumn column) {
            press(focused(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return false;
            const QString title = SessionColumns::title(column);
            for (int i = 0; i < menu->actions().size() && (!menu->activeAction() || menu->activeAction()->text() != title); ++i)
                press(menu, Qt::Key_Down);
            press(menu, Qt::Key_Return);
            return !QApplication::activePopupWidget();
        };
        QVERIFY(sortBy(SessionColumn::User));
        QCOMPARE(window.filterModel()->sortColumn(), int(SessionColumn::User));
        QVERIFY(sortBy(SessionColumn::StartedAt));
        QCOMPARE(window.filterModel()->sortColumn(), int(SessionColumn::StartedAt));
        QCOMPARE(window.filterModel()->sortOrder(), Qt::DescendingOrder);

        // Enter: on to the first row; Shift+Down nine times selects ten
        press(focused(), Qt::Key_Return);
        QCOMPARE(focused(), table);
        for (int i = 0; i < 9; ++i)
            press(table, Qt::Key_Down, Qt::ShiftModifier);
        const QModelIndexList selected = table->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 10);
        QStringList chosen;
        for (int row = 0; row < 10; ++row) { // the ten newest of this user
            chosen << window.filterModel()->sessionIdAt(row);
            QCOMPARE(window.filterModel()->index(row, int(SessionColumn::UserName)).data().toString(), user);
        }

        // The menu key, then Revoke (the first entry) with Enter
        prompt.codes = {u"123456"_s}; // the code the demo server accepts
        QTimer::singleShot(0, this, [&] {
            if (QWidget *menu = QApplication::activePopupWidget()) {
                QTest::keyClick(menu, Qt::Key_Down);
                QTest::keyClick(menu, Qt::Key_Return);
            }
        });
        QContextMenuEvent menuKey(QContextMenuEvent::Keyboard, QPoint(0, 0), table->mapToGlobal(QPoint(0, 0)));
        QApplication::sendEvent(table, &menuKey);
        auto *box = window.findChild<QMessageBox *>(u"revokeConfirmation"_s);
        QVERIFY(box);
        QVERIFY(QTest::qWaitForWindowActive(box));
        QVERIFY2(box->text().contains(u"<b>10</b> sessions"_s), qPrintable(box->text()));

        // Cancel has the focus; Tab to Revoke, Space
        QAbstractButton *revokeButton = TestHelpers::destructiveButton(box);
        QVERIFY(revokeButton);
        for (int i = 0; i < 6 && focused() != revokeButton; ++i)
            press(focused(), Qt::Key_Tab);
        QCOMPARE(focused(), revokeButton);
        QSignalSpy revoked(&window, &MainWindow::revokeFinished);
        press(revokeButton, Qt::Key_Space);
        QVERIFY(revoked.wait(15000));
        QCOMPARE(revoked.first().at(0).toInt(), 10);
        QCOMPARE(prompt.asked.size(), 1);
        QVERIFY(prompt.asked.first().startsWith(u"code("_s));

        // The per-session result, closed with Esc
        RevokeResultsDialog *results = nullptr;
        QVERIFY(QTest::qWaitFor([&] {
            results = window.findChild<RevokeResultsDialog *>();
            return results && results->isVisible();
        }, 5000));
        QCOMPARE(results->table()->rowCount(), 10);
        QStringList listed;
        for (int row = 0; row < 10; ++row) {
            listed << results->table()->item(row, 0)->text();
            QCOMPARE(results->table()->item(row, 2)->text(), RevokeResultsDialog::statusText(RevokeOutcome::Status::Revoked, false));
        }
        listed.sort();
        chosen.sort();
        QCOMPARE(listed, chosen);
        QVERIFY(QTest::qWaitForWindowActive(results));
        press(focused(), Qt::Key_Escape);
        QVERIFY(!results->isVisible());
        QCOMPARE(window.filterModel()->rowCount(), found - 10);

        // Ctrl+E, the file name typed into the dialog, Enter
        window.activateWindow(); // what the window manager does when the dialog closes
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QCOMPARE(focused(), table); // back where it was
        press(focused(), Qt::Key_E, Qt::ControlModifier);
        auto *dialog = window.findChild<ExportDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        dialog->activateWindow(); // what the window manager does for a new dialog
        QVERIFY(QTest::qWaitFor([dialog] { return QApplication::activeWindow() == dialog; }, 5000));
        auto inDialog = [dialog] { return dialog->focusWidget() ? dialog->focusWidget() : static_cast<QWidget *>(dialog); };
        press(inDialog(), Qt::Key_N, Qt::AltModifier); // "File &name:"
        QVERIFY(qobject_cast<QLineEdit *>(inDialog()));
        const QString path = dir.filePath(u"remaining.csv"_s);
        press(inDialog(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(inDialog(), path);
        press(inDialog(), Qt::Key_Return);
        QVERIFY(QTest::qWaitFor([&] { return QFile::exists(path); }, 10000));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QVERIFY2(csv.startsWith("sessionId,"), csv.left(40).constData()); // ".csv" chose CSV, whatever was used last
        QCOMPARE(csv.count('\n'), found - 10 + 1);
        for (const QString &id : std::as_const(chosen))
            QVERIFY(!csv.contains(id.toUtf8()));
        // Its rows are the view's, in the view's order (newest first)
        const QList<QByteArray> lines = csv.split('\n');
        QVERIFY(lines.value(1).startsWith(window.filterModel()->sessionIdAt(0).toUtf8() + ','));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
