// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionfiltermodel.h"
#include "sessiontablemodel.h"
#include "testhelpers.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using TestHelpers::makeSession;

namespace {

QStringList ids(const SessionFilterModel &proxy)
{
    QStringList out;
    for (int row = 0; row < proxy.rowCount(); ++row)
        out << proxy.index(row, int(SessionColumn::SessionId)).data().toString();
    return out;
}

QList<Session> fixture()
{
    return {
        makeSession(u"s1"_s, u"martin"_s, u"Chrome"_s, u"Windows"_s, 3000),
        makeSession(u"s2"_s, u"anna"_s, u"Firefox"_s, u"Linux"_s, 1000),
        makeSession(u"s10"_s, u"mario"_s, u"Safari"_s, u"Mac OS"_s, kMissingTime),
        makeSession(u"s3"_s, u"bob"_s, u"Chrome"_s, u"Linux"_s, 2000),
    };
}

} // namespace

class TestSessionFilterModel : public QObject
{
    Q_OBJECT

    SessionTableModel *m_model = nullptr;
    SessionFilterModel *m_proxy = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;

    void load(const QList<Session> &sessions, bool complete = true)
    {
        m_model->beginRefresh();
        m_model->applyBatch(SessionBatch::fromSessions(sessions));
        m_model->endRefresh(complete);
    }

private Q_SLOTS:
    void init()
    {
        m_model = new SessionTableModel(this);
        m_proxy = new SessionFilterModel(this);
        m_proxy->setSourceModel(m_model);
        m_tester = new QAbstractItemModelTester(m_proxy, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        load(fixture());
    }
    void cleanup()
    {
        delete m_tester;
        delete m_proxy;
        delete m_model;
    }

    void filter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("empty shows all") << QString() << QStringList{u"s1"_s, u"s2"_s, u"s10"_s, u"s3"_s};
        QTest::newRow("prefix of two users") << u"mar"_s << QStringList{u"s1"_s, u"s10"_s};
        QTest::newRow("case-insensitive") << u"MARTIN"_s << QStringList{u"s1"_s};
        QTest::newRow("device") << u"chrome"_s << QStringList{u"s1"_s, u"s3"_s};
        QTest::newRow("os with version") << u"mac os 1"_s << QStringList{u"s10"_s};
        QTest::newRow("nothing") << u"qqq"_s << QStringList{};
    }
    void filter()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        m_proxy->setFilterText(text);
        QCOMPARE(ids(*m_proxy), expected);
    }

    void sort_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("ids naturally") << int(SessionColumn::SessionId) << int(Qt::AscendingOrder)
                                       << QStringList{u"s1"_s, u"s2"_s, u"s3"_s, u"s10"_s};
        QTest::newRow("ids descending") << int(SessionColumn::SessionId) << int(Qt::DescendingOrder)
                                        << QStringList{u"s10"_s, u"s3"_s, u"s2"_s, u"s1"_s};
        QTest::newRow("time, missing last") << int(SessionColumn::StartedAt) << int(Qt::AscendingOrder)
                                            << QStringList{u"s2"_s, u"s3"_s, u"s1"_s, u"s10"_s};
        QTest::newRow("time descending, missing still last") << int(SessionColumn::StartedAt) << int(Qt::DescendingOrder)
                                                             << QStringList{u"s1"_s, u"s3"_s, u"s2"_s, u"s10"_s};
        QTest::newRow("device, ties by load order") << int(SessionColumn::Device) << int(Qt::AscendingOrder)
                                                    << QStringList{u"s1"_s, u"s3"_s, u"s2"_s, u"s10"_s};
        QTest::newRow("unsorted") << -1 << int(Qt::AscendingOrder) << QStringList{u"s1"_s, u"s2"_s, u"s10"_s, u"s3"_s};
    }
    void sort()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QStringList, expected);
        m_proxy->sort(column, Qt::SortOrder(order));
        QCOMPARE(ids(*m_proxy), expected);
    }

    void sortAndFilterCombine()
    {
        m_proxy->sort(int(SessionColumn::StartedAt), Qt::DescendingOrder);
        m_proxy->setFilterText(u"i"_s); // martin, mario, Firefox/Linux, Linux
        QCOMPARE(ids(*m_proxy), (QStringList{u"s1"_s, u"s3"_s, u"s2"_s, u"s10"_s}));
        m_proxy->setFilterText(u"in"_s); // refine: martin, Linux x2
        QCOMPARE(ids(*m_proxy), (QStringList{u"s1"_s, u"s3"_s, u"s2"_s}));
        m_proxy->setFilterText(u"ind"_s); // Windows
        QCOMPARE(ids(*m_proxy), (QStringList{u"s1"_s}));
        m_proxy->setFilterText(QString());
        QCOMPARE(ids(*m_proxy), (QStringList{u"s1"_s, u"s3"_s, u"s2"_s, u"s10"_s}));
    }

    void selectionFollowsSortAndFilter()
    {
        QItemSelectionModel selection(m_proxy);
        selection.select(m_proxy->index(3, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows); // s3
        m_proxy->sort(int(SessionColumn::SessionId), Qt::AscendingOrder);
        QCOMPARE(m_proxy->sessionIds(selection.selectedRows()), QStringList{u"s3"_s});
        m_proxy->setFilterText(u"bob"_s);
        QCOMPARE(m_proxy->sessionIds(selection.selectedRows()), QStringList{u"s3"_s});
        m_proxy->setFilterText(u"anna"_s); // s3 filtered out: nothing selected, nothing wrong selected
        QVERIFY(selection.selectedRows().isEmpty());
    }

    void newRowsAppearAndAreSortedIn()
    {
        m_proxy->sort(int(SessionColumn::SessionId), Qt::AscendingOrder);
        m_proxy->setFilterText(u"mar"_s);
        QSignalSpy inserted(m_proxy, &QAbstractItemModel::rowsInserted);
        m_model->beginRefresh();
        m_model->applyBatch(SessionBatch::fromSessions({makeSession(u"s0"_s, u"mario2"_s), makeSession(u"t9"_s, u"nobody"_s)}));
        // The matching new row shows at once (appended), the other is filtered out
        QCOMPARE(TestHelpers::rangeSignals(inserted), QStringList{u"2,2"_s});
        QCOMPARE(ids(*m_proxy), (QStringList{u"s1"_s, u"s10"_s, u"s0"_s}));
        // and is sorted into place by the coalesced re-sort
        m_proxy->applyPendingChanges();
        QCOMPARE(ids(*m_proxy), (QStringList{u"s0"_s, u"s1"_s, u"s10"_s}));
    }

    void changedRowIsRefiltered()
    {
        m_proxy->setFilterText(u"firefox"_s);
        QCOMPARE(ids(*m_proxy), QStringList{u"s2"_s});
        m_model->beginRefresh();
        m_model->applyBatch(SessionBatch::fromSessions({makeSession(u"s2"_s, u"anna"_s, u"Chrome"_s, u"Linux"_s, 1000)}));
        m_proxy->applyPendingChanges();
        QCOMPARE(ids(*m_proxy), QStringList{});
    }

    void sourceRemovalKeepsOrder()
    {
        m_proxy->sort(int(SessionColumn::StartedAt), Qt::AscendingOrder);
        QItemSelectionModel selection(m_proxy);
        selection.select(m_proxy->index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows); // s1
        load({makeSession(u"s1"_s, u"martin"_s, u"Chrome"_s, u"Windows"_s, 3000),
              makeSession(u"s3"_s, u"bob"_s, u"Chrome"_s, u"Linux"_s, 2000)});
        QCOMPARE(ids(*m_proxy), (QStringList{u"s3"_s, u"s1"_s}));
        QCOMPARE(m_proxy->sessionIds(selection.selectedRows()), QStringList{u"s1"_s});
    }

    void sourceResetIsFollowed()
    {
        m_proxy->setFilterText(u"mar"_s);
        m_model->clear();
        QCOMPARE(m_proxy->rowCount(), 0);
        load(fixture());
        QCOMPARE(ids(*m_proxy), (QStringList{u"s1"_s, u"s10"_s}));
    }

    void filterColumnsRestrictMatches()
    {
        m_proxy->setFilterColumns({SessionColumn::SessionId});
        m_proxy->setFilterText(u"mar"_s);
        QCOMPARE(m_proxy->rowCount(), 0);
        m_proxy->setFilterColumns({SessionColumn::User});
        QCOMPARE(ids(*m_proxy), (QStringList{u"s1"_s, u"s10"_s}));
    }

    void mappingRoundTrips()
    {
        m_proxy->sort(int(SessionColumn::User), Qt::DescendingOrder);
        m_proxy->setFilterText(u"o"_s);
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            const QModelIndex proxyIndex = m_proxy->index(row, 1);
            const QModelIndex source = m_proxy->mapToSource(proxyIndex);
            QCOMPARE(m_proxy->mapFromSource(source), proxyIndex);
            QCOMPARE(proxyIndex.data().toString(), source.data().toString());
        }
    }
};

QTEST_GUILESS_MAIN(TestSessionFilterModel)
#include "tst_sessionfiltermodel.moc"
