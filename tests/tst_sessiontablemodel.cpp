// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionroles.h"
#include "sessiontablemodel.h"
#include "testhelpers.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using TestHelpers::makeSession;

class TestSessionTableModel : public QObject
{
    Q_OBJECT

    static void refresh(SessionTableModel &model, const QList<Session> &sessions, bool complete = true)
    {
        model.beginRefresh();
        model.applyBatch(SessionBatch::fromSessions(sessions));
        model.endRefresh(complete);
    }

private Q_SLOTS:
    void dataAndRoles()
    {
        SessionTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        refresh(model, {makeSession(u"a"_s, u"alice"_s, u"Chrome"_s, u"Windows"_s, 1684859625202)});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), kSessionColumnCount);
        const auto cell = [&](SessionColumn c, int role = Qt::DisplayRole) { return model.index(0, int(c)).data(role); };
        QCOMPARE(cell(SessionColumn::SessionId).toString(), u"a"_s);
        QCOMPARE(cell(SessionColumn::Device).toString(), u"Chrome 1.0"_s);
        QCOMPARE(cell(SessionColumn::ClientType).toString(), u"Browser"_s);
        QCOMPARE(cell(SessionColumn::Os).toString(), u"Windows 1"_s);
        // Display is local time (TZ=Europe/Berlin in ctest), the sort role the raw epoch ms
        QCOMPARE(cell(SessionColumn::StartedAt).toString(), u"2023-05-23 18:33:45"_s);
        QCOMPARE(cell(SessionColumn::StartedAt, SessionRoles::SortRole).toLongLong(), 1684859625202);
        QCOMPARE(cell(SessionColumn::StartedAt, Qt::ToolTipRole).toString(), u"2023-05-23T16:33:45.202Z"_s);
        QCOMPARE(cell(SessionColumn::User, SessionRoles::SessionRole).value<Session>().userId, u"alice"_s);
        QCOMPARE(cell(SessionColumn::Os, SessionRoles::SessionIdRole).toString(), u"a"_s);
        QCOMPARE(model.headerData(int(SessionColumn::StartedAt), Qt::Horizontal).toString(), u"Started"_s);
        QCOMPARE(model.headerData(int(SessionColumn::StartedAt), Qt::Horizontal, Qt::UserRole).toString(), u"startedAt"_s);
    }

    void missingTimeHasNoSortValue()
    {
        SessionTableModel model;
        Session s = makeSession(u"a"_s, u"u"_s);
        s.loginAt = kMissingTime;
        refresh(model, {s});
        QVERIFY(!model.index(0, int(SessionColumn::StartedAt)).data(SessionRoles::SortRole).isValid());
        QVERIFY(model.index(0, int(SessionColumn::StartedAt)).data().toString().isEmpty());
    }

    void refreshMerges()
    {
        SessionTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        refresh(model, {makeSession(u"a"_s, u"u1"_s), makeSession(u"b"_s, u"u2"_s), makeSession(u"c"_s, u"u3"_s),
                        makeSession(u"d"_s, u"u4"_s)});

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        // Given: "b" vanished, "c" changed, "e" is new
        refresh(model, {makeSession(u"a"_s, u"u1"_s), makeSession(u"c"_s, u"u3"_s, u"Firefox"_s),
                        makeSession(u"d"_s, u"u4"_s), makeSession(u"e"_s, u"u5"_s)});
        // Then: one insert at the end (before removal), one dataChanged for "c", one layout change for "b"
        QCOMPARE(TestHelpers::rangeSignals(inserted), QStringList{u"4,4"_s});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 2);
        QCOMPARE(layout.size(), 1);
        QCOMPARE(reset.size(), 0);
        QStringList ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids << model.sessionIdAt(row);
        QCOMPARE(ids, (QStringList{u"a"_s, u"c"_s, u"d"_s, u"e"_s}));
        QCOMPARE(model.index(1, int(SessionColumn::Device)).data().toString(), u"Firefox 1.0"_s);
    }

    void nextRefreshRepaintsTheRowsNoLongerNew()
    {
        SessionTableModel model;
        refresh(model, {makeSession(u"a"_s, u"u1"_s)});
        refresh(model, {makeSession(u"a"_s, u"u1"_s), makeSession(u"b"_s, u"u2"_s), makeSession(u"c"_s, u"u3"_s)});
        QVERIFY(model.index(1, 0).data(SessionRoles::IsNewRole).toBool());
        QVERIFY(model.index(2, 0).data(SessionRoles::IsNewRole).toBool());

        // The view redraws only what the model says changed: the rows drawn as new must be
        // named when they stop being new.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.beginRefresh();
        QVERIFY(!model.index(1, 0).data(SessionRoles::IsNewRole).toBool());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 2);
        QCOMPARE(changed.at(0).at(2).value<QList<int>>(), QList<int>{SessionRoles::IsNewRole});
        model.endRefresh(false);

        // A refresh after one that brought nothing new names nothing.
        model.beginRefresh();
        model.endRefresh(false);
        changed.clear();
        model.beginRefresh();
        QCOMPARE(changed.size(), 0);
        model.endRefresh(false);
    }

    void severalPagesMergeInOneStep()
    {
        SessionTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        refresh(model, {makeSession(u"a"_s, u"u1"_s), makeSession(u"b"_s, u"u2"_s)});
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.beginRefresh();
        // Given three pages: two new sessions, a change to "b", a duplicate of a new one
        model.applyBatches({SessionBatch::fromSessions({makeSession(u"c"_s, u"u3"_s)}),
                            SessionBatch::fromSessions({makeSession(u"b"_s, u"u2"_s, u"Opera"_s), makeSession(u"d"_s, u"u4"_s)}),
                            SessionBatch::fromSessions({makeSession(u"c"_s, u"u3"_s, u"Edge"_s)})});
        // Then one insert covers the new rows and one dataChanged the changed old row
        QCOMPARE(TestHelpers::rangeSignals(inserted), QStringList{u"2,3"_s});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 1);
        QCOMPARE(model.index(2, int(SessionColumn::Device)).data().toString(), u"Edge 1.0"_s);
    }

    void incompleteRefreshKeepsRows()
    {
        SessionTableModel model;
        refresh(model, {makeSession(u"a"_s, u"u1"_s), makeSession(u"b"_s, u"u2"_s)});
        refresh(model, {makeSession(u"a"_s, u"u1"_s)}, /*complete=*/false);
        QCOMPARE(model.rowCount(), 2);
    }

    void selectionSurvivesRefresh()
    {
        SessionTableModel model;
        QItemSelectionModel selection(&model);
        refresh(model, {makeSession(u"a"_s, u"u1"_s), makeSession(u"b"_s, u"u2"_s), makeSession(u"c"_s, u"u3"_s),
                        makeSession(u"d"_s, u"u4"_s)});
        selection.select(model.index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        selection.setCurrentIndex(model.index(3, 0), QItemSelectionModel::NoUpdate);

        // When "a" vanishes and "x" appears, the selected "c" moves up a row and stays selected
        refresh(model, {makeSession(u"b"_s, u"u2"_s), makeSession(u"c"_s, u"u3"_s), makeSession(u"d"_s, u"u4"_s),
                        makeSession(u"x"_s, u"u9"_s)});
        const QModelIndexList rows = selection.selectedRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(model.sessionIdAt(rows.first().row()), u"c"_s);
        QCOMPARE(model.sessionIdAt(selection.currentIndex().row()), u"d"_s);
    }

    void removeSessionsById()
    {
        SessionTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        refresh(model, {makeSession(u"a"_s, u"u1"_s), makeSession(u"b"_s, u"u2"_s), makeSession(u"c"_s, u"u3"_s)});
        model.removeSessions({u"c"_s, u"a"_s, u"unknown"_s});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.sessionIdAt(0), u"b"_s);
    }

    void clearResets()
    {
        SessionTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        refresh(model, {makeSession(u"a"_s, u"u1"_s)});
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.clear();
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSessionTableModel)
#include "tst_sessiontablemodel.moc"
