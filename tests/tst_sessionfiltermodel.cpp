// SPDX-License-Identifier: GPL-3.0-or-later
#include "naturalcompare.h"
#include "sessionfiltermodel.h"
#include "sessiontablemodel.h"
#include "testhelpers.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <random>

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

    void rowsShownInSourceOrderMapBack()
    {
        // While every row shown is the source's row of that number (no sort; a filter that
        // lets the first rows through) the proxy keeps no reverse mapping. Rows appended
        // then, shown or filtered out, must still map back right.
        load({makeSession(u"k1"_s, u"zed"_s), makeSession(u"k2"_s, u"zed"_s)});
        m_proxy->setFilterText(u"zed"_s);
        QCOMPARE(m_proxy->rowCount(), 2);
        // "row: id" of the row a session maps to, or nothing.
        const auto shownAs = [this](const QString &id) {
            const QModelIndex index = m_proxy->mapFromSource(m_model->index(m_model->store().rowOf(id), 0));
            return index.isValid() ? u"%1: %2"_s.arg(index.row()).arg(m_proxy->sessionIdAt(index.row())) : QString();
        };
        m_model->beginRefresh();
        m_model->applyBatch(SessionBatch::fromSessions({makeSession(u"a1"_s, u"amy"_s)}));
        QCOMPARE(m_proxy->rowCount(), 2);
        QCOMPARE(shownAs(u"a1"_s), QString());
        QCOMPARE(shownAs(u"k2"_s), u"1: k2"_s);
        m_model->applyBatch(SessionBatch::fromSessions({makeSession(u"a2"_s, u"amy"_s), makeSession(u"k3"_s, u"zed"_s)}));
        QCOMPARE(m_proxy->rowCount(), 3);
        QCOMPARE(shownAs(u"a2"_s), QString());
        QCOMPARE(shownAs(u"k3"_s), u"2: k3"_s);
        QCOMPARE(shownAs(u"k1"_s), u"0: k1"_s);
        m_model->endRefresh(false); // as if the refresh failed: k1 and k2 stay
        m_proxy->setFilterText(QString());
        const QStringList all = {u"k1"_s, u"k2"_s, u"a1"_s, u"a2"_s, u"k3"_s};
        for (int row = 0; row < all.size(); ++row)
            QCOMPARE(shownAs(all[row]), u"%1: %2"_s.arg(row).arg(all[row]));
    }

    void largeMappingsLeadBackToTheirRows()
    {
        // From 256 Ki rows the reverse mapping (source row -> row shown) is built in two
        // parts side by side, and without filling it first when every row is shown; it is
        // built only when needed. Each source row must map to where the proxy shows it, or
        // to nothing.
        delete std::exchange(m_tester, nullptr); // its checks of every change take seconds at this size
        load(TestHelpers::randomSessions(300'000, 9));
        const auto firstWrongRow = [this] {
            m_proxy->applyPendingChanges();
            const RowList shown = m_proxy->sourceRows();
            std::vector<int> expected(size_t(m_model->rowCount()), -1);
            for (size_t i = 0; i < shown.size(); ++i)
                expected[size_t(shown[i])] = int(i);
            for (int source = 0; source < m_model->rowCount(); ++source) {
                const QModelIndex index = m_proxy->mapFromSource(m_model->index(source, 0));
                if ((index.isValid() ? index.row() : -1) != expected[size_t(source)])
                    return source;
            }
            return -1;
        };
        // Persistent indexes (a view's current row, selection, rows on screen) follow their
        // sessions through each change, found without the reverse mapping when few.
        std::vector<std::pair<QPersistentModelIndex, QString>> held;
        const auto hold = [&] {
            held.clear();
            const int rows = m_proxy->rowCount();
            for (int row : {0, 1, rows / 3, rows / 2, rows - 2, rows - 1}) {
                for (int column : {0, 3})
                    held.emplace_back(m_proxy->index(row, column), m_proxy->sessionIdAt(row));
            }
        };
        const auto firstLostIndex = [&] {
            for (size_t i = 0; i < held.size(); ++i) {
                const auto &[index, id] = held[i];
                const int source = m_model->store().rowOf(id);
                const bool shown = m_proxy->mapFromSource(m_model->index(source, 0)).isValid();
                if (index.isValid() != shown || (shown && m_proxy->sessionIdAt(index.row()) != id))
                    return int(i);
            }
            return -1;
        };
        const std::vector<std::function<void()>> steps = {
            [&] { m_proxy->sort(int(SessionColumn::StartedAt), Qt::DescendingOrder); },
            [&] { m_proxy->sort(int(SessionColumn::StartedAt), Qt::AscendingOrder); },
            [&] { m_proxy->setFilterText(u"chrome"_s); },
            [&] { m_proxy->setFilterText(QString()); },
            [&] { m_proxy->sort(int(SessionColumn::UserName), Qt::AscendingOrder); },
            // Turned around on a column of two values: runs of equal values span thousands
            // of rows, and the rows followed are found where the runs put them.
            [&] { m_proxy->sort(int(SessionColumn::Host), Qt::AscendingOrder); },
            [&] { m_proxy->sort(int(SessionColumn::Host), Qt::DescendingOrder); },
            [&] { m_proxy->sort(int(SessionColumn::Host), Qt::AscendingOrder); },
            [&] { m_proxy->sort(-1, Qt::AscendingOrder); },
        };
        for (size_t step = 0; step < steps.size(); ++step) {
            hold();
            steps[step]();
            if (step == 2)
                QVERIFY(m_proxy->rowCount() > 0 && m_proxy->rowCount() < m_model->rowCount());
            QCOMPARE(firstLostIndex(), -1);
            QCOMPARE(firstWrongRow(), -1);
        }
    }

    void largeTablesAreResortedOnTheThreadPool()
    {
        // Above 20,000 rows the coalesced re-sort runs on a worker; the view keeps showing
        // the previous order until its result is in, and a change of the store meanwhile
        // waits for the worker and has its result recomputed.
        QList<Session> sessions = TestHelpers::randomSessions(30000, 5);
        load(sessions);
        m_proxy->sort(int(SessionColumn::StartedAt), Qt::DescendingOrder);
        m_proxy->setFilterText(u"a"_s);
        const RowList before = m_proxy->sourceRows();

        QSignalSpy finished(m_proxy, &SessionFilterModel::computingFinished);
        m_model->beginRefresh();
        m_model->applyBatch(SessionBatch::fromSessions(TestHelpers::randomSessions(3000, 6)));
        QVERIFY(QTest::qWaitFor([this] { return m_proxy->isComputing(); }, 5000));
        // A change while the worker runs: safe, and its result is not applied.
        m_model->applyBatch(SessionBatch::fromSessions({makeSession(u"zz-late"_s, u"anna"_s, u"Chrome"_s, u"Linux"_s, 5000)}));
        QVERIFY(finished.wait(10000));
        QVERIFY(QTest::qWaitFor([this] { return !m_proxy->isComputing() && m_proxy->rowCount() > 0; }, 10000));
        // Wait for the re-sort scheduled because the store changed under the first one.
        QVERIFY(QTest::qWaitFor([&] {
            const RowList expected = m_model->store().filterRows(u"a"_s, SessionColumns::all());
            const RowList ordered = m_model->store().orderedRows(SessionColumn::StartedAt, Qt::DescendingOrder);
            RowList reference;
            std::vector<uint8_t> keep(size_t(m_model->rowCount()), 0);
            for (int row : expected)
                keep[size_t(row)] = 1;
            for (int row : ordered) {
                if (keep[size_t(row)])
                    reference.push_back(row);
            }
            return !m_proxy->isComputing() && m_proxy->sourceRows() == reference;
        }, 10000));
        QVERIFY(m_proxy->sourceRows() != before);
        QVERIFY(ids(*m_proxy).contains(u"zz-late"_s));
        // The worker built the way back from source rows too: it leads to the same places.
        int mapped = 0;
        bool roundTrips = true;
        for (int sourceRow = 0; sourceRow < m_model->rowCount(); ++sourceRow) {
            const QModelIndex source = m_model->index(sourceRow, 0);
            const QModelIndex proxy = m_proxy->mapFromSource(source);
            if (proxy.isValid()) {
                ++mapped;
                roundTrips = roundTrips && m_proxy->mapToSource(proxy) == source;
            }
        }
        QVERIFY(roundTrips);
        QCOMPARE(mapped, m_proxy->rowCount());
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

    void randomOperationsMatchAReference()
    {
        // Given random refreshes, removals, filters and sorts, with the model tester watching,
        // the proxy always shows exactly what a naive filter + stable typed sort would show.
        std::mt19937 rng(20261123);
        const QList<Session> pool = TestHelpers::randomSessions(400, 5);
        const QStringList needles = {QString(), u"a"_s, u"ar"_s, u"mar"_s, u"1"_s, u"chrome"_s, u"2020-"_s, u"zz"_s};
        QItemSelectionModel selection(m_proxy);
        for (int step = 0; step < 300; ++step) {
            const int op = std::uniform_int_distribution<int>(0, 9)(rng);
            if (op <= 3) { // refresh with a random subset, some values changed
                QList<Session> subset;
                for (const Session &s : pool) {
                    if (rng() % 3 != 0) {
                        Session copy = s;
                        if (op == 0 && rng() % 10 == 0) // only some refreshes change values
                            copy.deviceName = u"Changed%1"_s.arg(rng() % 5);
                        subset << copy;
                    }
                }
                m_model->beginRefresh();
                for (qsizetype i = 0; i < subset.size(); i += 50)
                    m_model->applyBatch(SessionBatch::fromSessions(subset.mid(i, 50)));
                m_model->endRefresh(rng() % 2 == 0); // failed refreshes keep vanished rows
            } else if (op == 4) {
                QStringList ids;
                for (int i = 0; i < 5 && m_model->rowCount() > 0; ++i)
                    ids << m_model->sessionIdAt(int(rng() % uint32_t(m_model->rowCount())));
                m_model->removeSessions(ids);
            } else if (op <= 6) {
                m_proxy->setFilterText(needles[int(rng() % uint32_t(needles.size()))]);
            } else if (op <= 8) {
                m_proxy->sort(int(rng() % (kSessionColumnCount + 1)) - 1, rng() % 2 ? Qt::AscendingOrder : Qt::DescendingOrder);
            } else if (m_proxy->rowCount() > 0) {
                selection.select(m_proxy->index(int(rng() % uint32_t(m_proxy->rowCount())), 0),
                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            }
            const QStringList selectedBefore = m_proxy->sessionIds(selection.selectedRows());
            m_proxy->applyPendingChanges();
            // Selected sessions that are still shown stay selected; nothing else gets selected.
            QStringList stillShown;
            for (const QString &id : selectedBefore) {
                const int sourceRow = m_model->store().rowOf(id);
                if (sourceRow >= 0 && m_proxy->mapFromSource(m_model->index(sourceRow, 0)).isValid())
                    stillShown << id;
            }
            QCOMPARE(m_proxy->sessionIds(selection.selectedRows()), stillShown);

            // Reference: every source row whose displayed text matches, stably sorted by typed key
            const SessionStore &store = m_model->store();
            RowList expected;
            for (int row = 0; row < m_model->rowCount(); ++row) {
                bool match = m_proxy->filterText().isEmpty();
                for (int c = 0; c < kSessionColumnCount && !match; ++c)
                    match = store.displayText(row, SessionColumn(c)).contains(m_proxy->filterText(), Qt::CaseInsensitive);
                if (match)
                    expected.push_back(row);
            }
            if (m_proxy->sortColumn() >= 0) {
                const auto column = SessionColumn(m_proxy->sortColumn());
                const bool ascending = m_proxy->sortOrder() == Qt::AscendingOrder;
                std::stable_sort(expected.begin(), expected.end(), [&](int a, int b) {
                    if (SessionColumns::isTime(column)) {
                        const qint64 ka = store.time(a, column), kb = store.time(b, column);
                        if ((ka == kMissingTime) != (kb == kMissingTime))
                            return kb == kMissingTime;
                        return ascending ? ka < kb : ka > kb;
                    }
                    const std::string_view ka = store.columnText(a, column), kb = store.columnText(b, column);
                    if (ka.empty() != kb.empty())
                        return kb.empty();
                    const int cmp = naturalCompare(ka, kb);
                    return ascending ? cmp < 0 : cmp > 0;
                });
            }
            QCOMPARE(m_proxy->sourceRows(), expected);
            // Every source row leads to where it is shown, or to nothing (the reverse mapping,
            // which the proxy leaves out while the rows are shown in source order).
            std::vector<int> shownAt(size_t(m_model->rowCount()), -1);
            for (size_t i = 0; i < expected.size(); ++i)
                shownAt[size_t(expected[i])] = int(i);
            for (int row = 0; row < m_model->rowCount(); ++row) {
                const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
                QCOMPARE(index.isValid() ? index.row() : -1, shownAt[size_t(row)]);
            }
        }
    }

    void conditionsMatchAReference()
    {
        // Random quick filters, alone and with text and sort, against a naive check of each
        // session's own fields.
        std::mt19937 rng(7);
        QList<Session> sessions = TestHelpers::randomSessions(3000, 11);
        const QStringList addresses = {u"10.1.2.3"_s, u"10.200.0.1"_s, u"192.168.1.20"_s, u"2001:db8::1"_s,
                                       u"2001:db9::5"_s, u"Berlin, DE"_s, QString()};
        for (Session &s : sessions)
            s.ip = addresses[int(rng() % uint32_t(addresses.size()))];
        load(sessions);
        const QStringList users = {QString(), u"mar"_s, u"ZO"_s, u"émile"_s, u"nobody"_s};
        const QStringList clients = {QString(), u"Browser"_s, u"Mobile app"_s, u"Unknown kind"_s};
        const QStringList oses = {QString(), u"Windows"_s, u"Mac OS"_s, u"Linu"_s};
        const QStringList networks = {QString(), u"10.0.0.0/8"_s, u"10.1.2.3"_s, u"2001:db8::/32"_s, u"0.0.0.0/0"_s};
        const QStringList texts = {QString(), u"chrome"_s, u"1"_s};
        const qint64 base = 1'600'000'000'000;
        for (int step = 0; step < 200; ++step) {
            SessionConditions c;
            c.user = users[int(rng() % uint32_t(users.size()))];
            c.clientType = clients[int(rng() % uint32_t(clients.size()))];
            c.osName = oses[int(rng() % uint32_t(oses.size()))];
            QString error;
            QVERIFY(SessionConditions::parseNetwork(networks[int(rng() % uint32_t(networks.size()))], &c.network, &error));
            if (rng() % 2)
                c.startedFrom = base + qint64(rng() % 17) * 86'400'000;
            if (rng() % 3 == 0)
                c.startedTo = base + qint64(rng() % 17) * 86'400'000;
            m_proxy->setConditions(c);
            m_proxy->setFilterText(texts[int(rng() % uint32_t(texts.size()))]);
            if (rng() % 2)
                m_proxy->sort(int(SessionColumn::StartedAt), rng() % 2 ? Qt::AscendingOrder : Qt::DescendingOrder);
            else
                m_proxy->sort(-1);

            QStringList expected;
            const SessionStore &store = m_model->store();
            for (int row = 0; row < m_model->rowCount(); ++row) {
                const Session s = store.session(row);
                bool ok = c.user.isEmpty() || s.userId.contains(c.user, Qt::CaseInsensitive)
                    || s.userName.contains(c.user, Qt::CaseInsensitive);
                ok = ok && (c.clientType.isEmpty() || SessionFormat::clientType(s.deviceType) == c.clientType);
                ok = ok && (c.osName.isEmpty() || s.osName == c.osName);
                ok = ok && (!c.network || QHostAddress(s.ip).isInSubnet(*c.network));
                ok = ok && (c.startedFrom == kMissingTime || (s.loginAt != kMissingTime && s.loginAt >= c.startedFrom));
                ok = ok && (c.startedTo == kMissingTime || (s.loginAt != kMissingTime && s.loginAt < c.startedTo));
                bool text = m_proxy->filterText().isEmpty();
                for (int col = 0; col < kSessionColumnCount && !text; ++col)
                    text = store.displayText(row, SessionColumn(col)).contains(m_proxy->filterText(), Qt::CaseInsensitive);
                if (ok && text)
                    expected << s.sessionId;
            }
            QStringList shown = ids(*m_proxy);
            if (m_proxy->sortColumn() >= 0) { // the order itself is covered elsewhere
                shown.sort();
                expected.sort();
            }
            QCOMPARE(shown, expected);
        }
    }

    void networkParsing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("inside");
        QTest::addColumn<QString>("outside");
        QTest::newRow("v4 range") << u" 10.0.0.0/8 "_s << true << u"10.9.9.9"_s << u"11.0.0.1"_s;
        QTest::newRow("v4 address") << u"192.0.2.7"_s << true << u"192.0.2.7"_s << u"192.0.2.8"_s;
        QTest::newRow("v6 range") << u"2001:db8::/32"_s << true << u"2001:db8:1::5"_s << u"2001:db9::1"_s;
        QTest::newRow("bad prefix") << u"10.0.0.0/40"_s << false << QString() << QString();
        QTest::newRow("not an address") << u"10.0.0"_s << false << QString() << QString();
        QTest::newRow("words") << u"office"_s << false << QString() << QString();
    }

    void networkParsing()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(QString, inside);
        QFETCH(QString, outside);
        std::optional<std::pair<QHostAddress, int>> network;
        QString error;
        QCOMPARE(SessionConditions::parseNetwork(text, &network, &error), ok);
        if (!ok) {
            QVERIFY(!network);
            QVERIFY(error.contains(text.trimmed()));
            return;
        }
        QVERIFY(error.isEmpty());
        QVERIFY(QHostAddress(inside).isInSubnet(*network));
        QVERIFY(!QHostAddress(outside).isInSubnet(*network));
    }

    void valueCountsAreMostFrequentFirst()
    {
        load(fixture());
        const std::vector<SessionStore::ValueCount> os = m_model->store().valueCounts(RawField::OsName);
        QCOMPARE(os.size(), size_t(3));
        QCOMPARE(os[0].value, u"Linux"_s);
        QCOMPARE(os[0].count, 2);
        QCOMPARE(os[1].value, u"Mac OS"_s); // ties by value
        QCOMPARE(os[2].value, u"Windows"_s);
        const RowList firstTwo = {0, 1};
        const std::vector<SessionStore::ValueCount> devices = m_model->store().valueCounts(SessionColumn::Device, &firstTwo);
        QCOMPARE(devices.size(), size_t(2));
        QCOMPARE(devices[0].count + devices[1].count, 2);
    }

    void selectedRangeFollowsAResort()
    {
        // A range of selected rows (Shift+Down) must stay exactly those sessions when rows
        // that arrived unsorted are put in place.
        m_proxy->sort(int(SessionColumn::StartedAt), Qt::DescendingOrder);
        load(TestHelpers::randomSessions(500, 3));
        m_model->beginRefresh();
        m_model->applyBatch(SessionBatch::fromSessions(TestHelpers::randomSessions(300, 4))); // appended, re-sort pending
        QItemSelectionModel selection(m_proxy);
        for (int mode = 0; mode < 2; ++mode) {
            const QItemSelection range(m_proxy->index(0, 0), m_proxy->index(2, kSessionColumnCount - 1));
            if (mode == 0)
                selection.select(range, QItemSelectionModel::ClearAndSelect);
            else // the current (uncommitted) selection, as a Shift+arrow selection is
                selection.select(range, QItemSelectionModel::Current | QItemSelectionModel::Select);
            const QStringList before = m_proxy->sessionIds(selection.selectedRows());
            QCOMPARE(before.size(), 3);
            m_proxy->applyPendingChanges();
            QStringList after = m_proxy->sessionIds(selection.selectedRows());
            QStringList expected = before;
            after.sort();
            expected.sort();
            QCOMPARE(after, expected);
            m_model->applyBatch(SessionBatch::fromSessions(TestHelpers::randomSessions(50, 10 + uint32_t(mode))));
        }
        m_model->endRefresh(false);
    }

    void turningTheOrderAroundKeepsTheSelection()
    {
        // Toggling the direction looks the selected rows up where the other order puts
        // them. When the rows shown are not that order (rows that arrived are not sorted
        // in yet), the guesses are wrong and the rows are found by searching.
        m_proxy->sort(int(SessionColumn::StartedAt), Qt::DescendingOrder);
        load(TestHelpers::randomSessions(800, 21));
        QItemSelectionModel selection(m_proxy);
        const auto selectSome = [&] {
            selection.clearSelection();
            const int rows = m_proxy->rowCount();
            for (int row : {0, 1, 2, rows / 2, rows - 3, rows - 2, rows - 1}) // ties and missing times at the end
                selection.select(m_proxy->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
            selection.setCurrentIndex(m_proxy->index(rows / 2, 3), QItemSelectionModel::NoUpdate);
        };
        const auto sortedIds = [&] {
            QStringList ids = m_proxy->sessionIds(selection.selectedRows());
            ids.sort();
            return ids;
        };
        for (int round = 0; round < 3; ++round) {
            if (round == 2) { // appended, re-sort pending
                m_model->beginRefresh();
                m_model->applyBatch(SessionBatch::fromSessions(TestHelpers::randomSessions(300, 22)));
            }
            selectSome();
            const QStringList before = sortedIds();
            QCOMPARE(before.size(), 7);
            const QString current = m_proxy->sessionIdAt(selection.currentIndex().row());
            const Qt::SortOrder other = m_proxy->sortOrder() == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
            m_proxy->sort(int(SessionColumn::StartedAt), other);
            QCOMPARE(sortedIds(), before);
            QCOMPARE(m_proxy->sessionIdAt(selection.currentIndex().row()), current);
            QCOMPARE(selection.currentIndex().column(), 3);
        }
        m_model->endRefresh(false);
        const RowList shown = m_proxy->sourceRows();
        QCOMPARE(shown, m_model->store().orderedRows(SessionColumn::StartedAt, m_proxy->sortOrder()));
    }

    void askingForTheSameSortAgainChangesNothing()
    {
        load(TestHelpers::randomSessions(300, 41));
        QSignalSpy layouts(m_proxy, &QAbstractItemModel::layoutChanged);
        m_proxy->sort(int(SessionColumn::Device), Qt::AscendingOrder);
        QCOMPARE(layouts.size(), 1);
        m_proxy->sort(int(SessionColumn::Device), Qt::AscendingOrder);
        m_proxy->sort(int(SessionColumn::Device), Qt::AscendingOrder);
        QCOMPARE(layouts.size(), 1);
        m_proxy->sort(-1, Qt::AscendingOrder);
        m_proxy->sort(-1, Qt::DescendingOrder); // unsorted either way
        QCOMPARE(layouts.size(), 2);
        // Rows that arrived and wait to be sorted in: the same sort puts them in place.
        m_proxy->sort(int(SessionColumn::StartedAt), Qt::DescendingOrder);
        m_model->beginRefresh();
        m_model->applyBatch(SessionBatch::fromSessions(TestHelpers::randomSessions(50, 42)));
        QVERIFY(m_proxy->hasPendingChanges());
        const int before = int(layouts.size());
        m_proxy->sort(int(SessionColumn::StartedAt), Qt::DescendingOrder);
        QCOMPARE(int(layouts.size()), before + 1);
        QCOMPARE(m_proxy->sourceRows(), m_model->store().orderedRows(SessionColumn::StartedAt, Qt::DescendingOrder));
        m_model->endRefresh(false);
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
