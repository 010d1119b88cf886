// SPDX-License-Identifier: GPL-3.0-or-later
#include "largememory.h"
#include "naturalcompare.h"
#include "sessionstore.h"
#include "stringpool.h"
#include "testhelpers.h"
#include "unaligned.h"

#include <QMap>
#include <QTest>

#include <limits>

#include <algorithm>
#include <iterator>
#include <cstring>
#include <cstdio>
#include <numeric>
#include <random>

using namespace Qt::Literals::StringLiterals;
using TestHelpers::makeSession;

namespace {

// Reference filter: format every cell and search with QString.
RowList referenceFilter(const SessionStore &store, const QString &needle, const std::vector<SessionColumn> &columns)
{
    RowList rows;
    for (int row = 0; row < store.rowCount(); ++row) {
        for (SessionColumn c : columns) {
            if (store.displayText(row, c).contains(needle, Qt::CaseInsensitive)) {
                rows.push_back(row);
                break;
            }
        }
    }
    return rows;
}

// Reference sort: stable sort on typed keys, missing last, ties by row.
RowList referenceOrder(const SessionStore &store, SessionColumn column, Qt::SortOrder order)
{
    RowList rows(size_t(store.rowCount()));
    std::iota(rows.begin(), rows.end(), 0);
    std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
        if (SessionColumns::isTime(column)) {
            const qint64 ka = store.time(a, column), kb = store.time(b, column);
            if ((ka == kMissingTime) != (kb == kMissingTime))
                return kb == kMissingTime;
            return order == Qt::AscendingOrder ? ka < kb : ka > kb;
        }
        const std::string_view ka = store.columnText(a, column), kb = store.columnText(b, column);
        if (ka.empty() != kb.empty())
            return kb.empty();
        const int cmp = naturalCompare(ka, kb);
        return order == Qt::AscendingOrder ? cmp < 0 : cmp > 0;
    });
    return rows;
}

} // namespace

class TestSessionStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void upsertInsertsAndMerges()
    {
        SessionStore store;
        auto r = store.upsert(SessionBatch::fromSessions({makeSession(u"a"_s, u"u1"_s), makeSession(u"b"_s, u"u2"_s)}), 1);
        QCOMPARE(r.firstNewRow, 0);
        QCOMPARE(r.newRows, 2);
        QVERIFY(r.changedRows.empty());

        // Given a known session that changed and one unchanged, plus a new one
        Session changed = makeSession(u"b"_s, u"u2"_s, u"Firefox"_s);
        r = store.upsert(SessionBatch::fromSessions({makeSession(u"a"_s, u"u1"_s), changed, makeSession(u"c"_s, u"u3"_s)}), 2);
        // Then only the new one is appended and only the changed one is reported
        QCOMPARE(r.firstNewRow, 2);
        QCOMPARE(r.newRows, 1);
        QCOMPARE(r.changedRows, RowList{1});
        QCOMPARE(store.rowCount(), 3);
        QCOMPARE(store.session(1), changed);
        QCOMPARE(store.rowOf(u"c"), 2);
        QCOMPARE(store.rowOf(u"zzz"), -1);
        QCOMPARE(store.rowsNotInGeneration(2), RowList{});
    }

    void rowsLeftOutOfARefreshAreFound()
    {
        // The store counts the rows of the latest generation to skip looking at every row
        // after a complete load; each way a row enters, repeats or leaves keeps it right.
        SessionStore store;
        const auto batch = [](std::initializer_list<const char16_t *> ids) {
            QList<Session> sessions;
            for (const char16_t *id : ids)
                sessions << makeSession(QString::fromUtf16(id), u"u"_s);
            return SessionBatch::fromSessions(sessions);
        };
        store.upsert(batch({u"a", u"b", u"c"}), 1);
        QCOMPARE(store.rowsNotInGeneration(1), RowList{});
        // A repeated session in the next refresh counts once.
        store.upsert(batch({u"a", u"a", u"b"}), 2);
        QCOMPARE(store.rowsNotInGeneration(2), (RowList{2}));
        QCOMPARE(store.rowsNotInGeneration(1), (RowList{0, 1}));
        store.upsert(batch({u"b", u"d"}), 2); // again, and a new one
        QCOMPARE(store.rowsNotInGeneration(2), (RowList{2}));
        store.upsert(batch({u"c"}), 2);
        QCOMPARE(store.rowsNotInGeneration(2), RowList{});
        // Rows that leave no longer count: the last of generation 2 left is not "all".
        store.upsert(batch({u"a", u"b"}), 3);
        store.removeRows({0, 1}); // a and b, both in generation 3
        QCOMPARE(store.rowCount(), 2);
        QCOMPARE(store.rowsNotInGeneration(3), (RowList{0, 1}));
        store.upsert(batch({u"c", u"d"}), 3);
        QCOMPARE(store.rowsNotInGeneration(3), RowList{});
    }

    void duplicatesInsideOneBatchCollapse()
    {
        SessionStore store;
        Session later = makeSession(u"a"_s, u"u1"_s, u"Safari"_s);
        const auto r = store.upsert(SessionBatch::fromSessions({makeSession(u"a"_s, u"u1"_s), later}), 1);
        QCOMPARE(r.newRows, 1);
        QVERIFY(r.changedRows.empty());
        QCOMPARE(store.session(0), later);
    }

    void rowsWithoutIdAreSkipped()
    {
        SessionStore store;
        Session noId = makeSession(QString(), u"u1"_s);
        noId.id.clear();
        Session onlyDocId = makeSession(QString(), u"u2"_s);
        onlyDocId.id = u"doc-1"_s;
        const auto r = store.upsert(SessionBatch::fromSessions({noId, onlyDocId}), 1);
        QCOMPARE(r.skipped, 1);
        QCOMPARE(store.rowCount(), 1);
        QCOMPARE(store.sessionId(0), u"doc-1"_s);
        QCOMPARE(store.rowOf(u"doc-1"), 0);
    }

    void removeRowsKeepsOthersAndIndex()
    {
        SessionStore store;
        QList<Session> sessions;
        for (int i = 0; i < 10; ++i)
            sessions << makeSession(u"s%1"_s.arg(i), u"u"_s);
        store.upsert(SessionBatch::fromSessions(sessions), 1);
        RowList oldToNew;
        store.removeRows({0, 3, 4, 9}, &oldToNew);
        QCOMPARE(store.rowCount(), 6);
        QCOMPARE(oldToNew, (RowList{-1, 0, 1, -1, -1, 2, 3, 4, 5, -1}));
        QCOMPARE(store.sessionId(2), u"s5"_s);
        QCOMPARE(store.rowOf(u"s8"), 5);
        QCOMPARE(store.rowOf(u"s3"), -1);
    }

    void runningValueCountsFollowChangesAndRemovals()
    {
        // The client and OS counts are kept as rows arrive, change and go; they must equal
        // a count over the rows as they are, after every step.
        SessionStore store;
        const auto reference = [&store](auto valueOf) {
            QMap<QString, int> counts;
            for (int row = 0; row < store.rowCount(); ++row) {
                if (const QString v = valueOf(row); !v.isEmpty())
                    ++counts[v];
            }
            return counts;
        };
        const auto counted = [](const std::vector<SessionStore::ValueCount> &values) {
            QMap<QString, int> counts;
            for (const SessionStore::ValueCount &v : values) {
                if (!v.value.isEmpty())
                    counts[v.value] = v.count;
            }
            return counts;
        };
        const auto check = [&] {
            const QMap<QString, int> os = reference([&store](int row) { return store.session(row).osName; });
            const QMap<QString, int> clients = reference([&store](int row) { return store.displayText(row, SessionColumn::ClientType); });
            QVERIFY(!os.isEmpty() && !clients.isEmpty());
            QCOMPARE(counted(store.valueCounts(RawField::OsName)), os);
            QCOMPARE(counted(store.valueCounts(SessionColumn::ClientType)), clients);
            RowList all(size_t(store.rowCount()));
            std::iota(all.begin(), all.end(), 0);
            QCOMPARE(counted(store.valueCounts(RawField::OsName, &all)), os); // the scanning path agrees
        };
        QList<Session> sessions = TestHelpers::randomSessions(2000, 21);
        store.upsert(SessionBatch::fromSessions(sessions), 1);
        check();
        // The same sessions again, a third with another OS or client: changed in place
        std::mt19937 rng(5);
        for (Session &s : sessions) {
            if (rng() % 3 == 0) {
                s.osName = (s.osName == u"Linux"_s) ? u"Windows"_s : u"Linux"_s;
                s.deviceType = (s.deviceType == u"browser"_s) ? u"mobile-app"_s : u"browser"_s;
            }
        }
        store.upsert(SessionBatch::fromSessions(sessions), 2);
        check();
        // Rows leave, some listed twice
        RowList gone;
        for (int row = 0; row < store.rowCount(); row += 3)
            gone.push_back(row);
        gone.push_back(0);
        std::sort(gone.begin(), gone.end());
        store.removeRows(gone, nullptr);
        check();
        // Every row of one OS leaves: it is no longer offered
        RowList windows;
        for (int row = 0; row < store.rowCount(); ++row) {
            if (store.session(row).osName == u"Windows"_s)
                windows.push_back(row);
        }
        QVERIFY(!windows.empty());
        store.removeRows(windows, nullptr);
        check();
        QVERIFY(!counted(store.valueCounts(RawField::OsName)).contains(u"Windows"_s));
    }

    void filterFindsAcrossColumns_data()
    {
        QTest::addColumn<QString>("needle");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("case-insensitive user") << u"ALICE"_s << QStringList{u"a"_s};
        QTest::newRow("device display spans name and version") << u"chrome 1.0"_s << QStringList{u"a"_s, u"c"_s};
        QTest::newRow("client type display") << u"browser"_s << QStringList{u"a"_s, u"b"_s, u"c"_s};
        QTest::newRow("formatted local date") << u"2023-11-14"_s << QStringList{u"a"_s, u"b"_s};
        QTest::newRow("unicode lower-casing") << u"ÉMILE"_s << QStringList{u"c"_s};
        QTest::newRow("no match") << u"nothing-like-this"_s << QStringList{};
        QTest::newRow("empty matches all") << QString() << QStringList{u"a"_s, u"b"_s, u"c"_s};
    }
    void filterFindsAcrossColumns()
    {
        QFETCH(QString, needle);
        QFETCH(QStringList, expected);
        SessionStore store;
        store.upsert(SessionBatch::fromSessions({
                         makeSession(u"a"_s, u"alice"_s, u"Chrome"_s, u"Linux"_s, 1'700'000'000'000),
                         makeSession(u"b"_s, u"bob"_s, u"Firefox"_s, u"Windows"_s, 1'700'000'000'000),
                         makeSession(u"c"_s, u"émile"_s, u"Chrome"_s, u"Mac OS"_s, 1'600'000'000'000),
                     }),
                     1);
        QStringList ids;
        for (int row : store.filterRows(needle, SessionColumns::all()))
            ids << store.sessionId(row);
        QCOMPARE(ids, expected);
    }

    void filterOnlyLooksAtGivenColumns()
    {
        SessionStore store;
        store.upsert(SessionBatch::fromSessions({makeSession(u"a"_s, u"alice"_s)}), 1);
        QCOMPARE(store.filterRows(u"alice"_s, {SessionColumn::Device}).size(), size_t(0));
        QCOMPARE(store.filterRows(u"alice"_s, {SessionColumn::User}).size(), size_t(1));
    }

    void filterMatchesReferenceOnRandomData()
    {
        SessionStore store;
        store.upsert(SessionBatch::fromSessions(TestHelpers::randomSessions(3000, 7)), 1);
        const auto columns = SessionColumns::all();
        for (const QString &needle : {u"a"_s, u"mar"_s, u"MARTIN"_s, u"zoË"_s, u"10"_s, u"2020-"_s, u":3"_s,
                                      u"chrome 1"_s, u"mobile"_s, u"::1"_s, u"xyz"_s}) {
            QCOMPARE(store.filterRows(needle, columns), referenceFilter(store, needle, columns));
        }
        // Refining from the rows of a shorter needle gives the same as filtering from scratch.
        const RowList mar = store.filterRows(u"mar"_s, columns);
        QCOMPARE(store.filterRows(u"mart"_s, columns, &mar), store.filterRows(u"mart"_s, columns));
    }

    void sortMatchesReferenceOnRandomData()
    {
        SessionStore store;
        store.upsert(SessionBatch::fromSessions(TestHelpers::randomSessions(2000, 11)), 1);
        // Subsets (the rows a filter let through) in the same order: ties and rows without
        // a value among them, in any order given.
        std::mt19937 rng(7);
        std::vector<RowList> subsets = {{}, {17}, RowList(size_t(store.rowCount()))};
        std::iota(subsets.back().begin(), subsets.back().end(), 0);
        for (int keepOneIn : {2, 7, 50}) {
            RowList subset;
            for (int row = 0; row < store.rowCount(); ++row) {
                if (rng() % uint32_t(keepOneIn) == 0)
                    subset.push_back(row);
            }
            std::shuffle(subset.begin(), subset.end(), rng);
            subsets.push_back(subset);
        }
        for (int c = 0; c < kSessionColumnCount; ++c) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                const auto column = SessionColumn(c);
                const RowList reference = referenceOrder(store, column, order);
                QCOMPARE(store.orderedRows(column, order), reference);
                for (const RowList &subset : subsets) {
                    std::vector<bool> in(size_t(store.rowCount()), false);
                    for (int row : subset)
                        in[size_t(row)] = true;
                    RowList expected;
                    std::copy_if(reference.begin(), reference.end(), std::back_inserter(expected),
                                 [&](int row) { return in[size_t(row)]; });
                    QCOMPARE(store.orderedRows(column, order, subset), expected);
                }
            }
        }
    }

    void turningTheOrderAroundFindsEveryRow()
    {
        // positionInOtherOrder() for every position of every column's order, both ways:
        // unique values (session ids), runs of equal values across many 64-row words
        // (two hosts), short runs and rows without a value (times, with missing ones).
        SessionStore store;
        store.upsert(SessionBatch::fromSessions(TestHelpers::randomSessions(3000, 5)), 1);
        for (int c = 0; c < kSessionColumnCount; ++c) {
            const auto column = SessionColumn(c);
            for (Qt::SortOrder from : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                const Qt::SortOrder to = from == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
                const RowList before = store.orderedRows(column, from), after = store.orderedRows(column, to);
                for (size_t p = 0; p < before.size(); ++p) {
                    const size_t q = store.positionInOtherOrder(column, from, p);
                    if (q >= after.size() || after[q] != before[p])
                        QFAIL(qPrintable(u"column %1, position %2 of %3: gave %4"_s.arg(SessionColumns::key(column)).arg(p).arg(before.size()).arg(q)));
                }
                QCOMPARE(store.positionInOtherOrder(column, from, before.size()), before.size());
            }
        }
    }

    void largeTablesSearchAndSortInPartsLikeReference()
    {
        // Enough rows and text that filtering and ranking texts are split into parts that
        // run side by side (SessionStore::kMinRowsPerPart, StringPool::kMinSearchPart):
        // the parts' results must join up exactly as one pass would have found them.
        constexpr int kRows = 140'000;
        SessionStore store;
        store.upsert(SessionBatch::fromSessions(TestHelpers::randomSessions(kRows, 29)), 1);
        QCOMPARE(store.rowCount(), kRows);
        const std::vector<SessionColumn> columns = {SessionColumn::SessionId, SessionColumn::User,
                                                    SessionColumn::Device, SessionColumn::Ip};
        for (const QString &needle : {u"mar"_s, u"a"_s, u"10"_s, u"xyz"_s})
            QCOMPARE(store.filterRows(needle, columns), referenceFilter(store, needle, columns));
        const RowList mar = store.filterRows(u"mar"_s, columns);
        QCOMPARE(store.filterRows(u"mart"_s, columns, &mar), referenceFilter(store, u"mart"_s, columns));
        for (const SessionColumn column : {SessionColumn::SessionId, SessionColumn::Device, SessionColumn::StartedAt}) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder})
                QCOMPARE(store.orderedRows(column, order), referenceOrder(store, column, order));
        }
    }

    void timeSortHandlesExtremeValues()
    {
        // The radix sort works on the range of the values: cover a range of zero, the full
        // 64-bit range (before 1970, near the limits) and ties across missing values.
        const QList<qint64> times = {5, kMissingTime, std::numeric_limits<qint64>::max(), -1, 5,
                                     std::numeric_limits<qint64>::min() + 1, 0, kMissingTime, -86'400'000, 5};
        QList<Session> sessions;
        for (int i = 0; i < times.size(); ++i) {
            Session s;
            s.sessionId = u"s%1"_s.arg(i);
            s.loginAt = times[i];
            s.endedAt = 42; // all equal
            sessions << s;
        }
        SessionStore store;
        store.upsert(SessionBatch::fromSessions(sessions), 1);
        for (SessionColumn column : {SessionColumn::StartedAt, SessionColumn::EndedAt}) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder})
                QCOMPARE(store.orderedRows(column, order), referenceOrder(store, column, order));
        }
        QCOMPARE(store.orderedRows(SessionColumn::StartedAt, Qt::AscendingOrder), (RowList{5, 8, 3, 6, 0, 4, 9, 2, 1, 7}));
    }

    void largeArraysKeepTheirContentWhenGrowing()
    {
        // Past 1 MiB, GrowableArray grows by remapping its pages instead of copying.
        GrowableArray<uint32_t> values;
        for (uint32_t i = 0; i < 3'000'000; ++i)
            values.push_back(i * 2654435761u);
        bool intact = values.size() == 3'000'000;
        for (uint32_t i = 0; intact && i < 3'000'000; ++i)
            intact = values[i] == i * 2654435761u;
        QVERIFY(intact);
        GrowableArray<uint32_t> copy = values;
        values.resize(10);
        QCOMPARE(copy.size(), size_t(3'000'000));
        QCOMPARE(copy[2'999'999], 2'999'999u * 2654435761u);
        copy.resize(3'000'010);
        QCOMPARE(copy[3'000'005], 0u);
    }

    void releasedLargeBlocksAreReused()
    {
        LargeMemory::releaseKept();
        QCOMPARE(LargeMemory::keptBytes(), size_t(0));
        constexpr size_t kMiB = size_t(1) << 20;
        const size_t mappedBefore = LargeMemory::mappedBytes();
        auto *first = static_cast<unsigned char *>(LargeMemory::allocate(6 * kMiB));
        std::memset(first, 0xAB, 6 * kMiB);
        LargeMemory::release(first, 6 * kMiB);
        QCOMPARE(LargeMemory::keptBytes(), 6 * kMiB);
        QCOMPARE(LargeMemory::mappedBytes(), mappedBefore);

        // A smaller request takes the front of the kept block; the rest stays kept.
        auto *second = static_cast<unsigned char *>(LargeMemory::allocate(3 * kMiB + 5));
        QCOMPARE(second, first);
        QCOMPARE(LargeMemory::keptBytes(), 2 * kMiB);
        // Zeroed memory never comes from a kept block, whose bytes are the old ones.
        auto *zeroed = static_cast<unsigned char *>(LargeMemory::allocateZeroed(2 * kMiB));
        QVERIFY(zeroed < first || zeroed >= first + 6 * kMiB);
        QVERIFY(std::all_of(zeroed, zeroed + 2 * kMiB, [](unsigned char c) { return c == 0; }));
        QCOMPARE(LargeMemory::keptBytes(), 2 * kMiB);
        // The kept tail serves a request of its size.
        auto *third = static_cast<unsigned char *>(LargeMemory::allocate(2 * kMiB));
        QCOMPARE(third, first + 4 * kMiB);
        QCOMPARE(LargeMemory::keptBytes(), size_t(0));
        std::memset(third, 1, 2 * kMiB); // writable
        LargeMemory::release(second, 3 * kMiB + 5);
        LargeMemory::release(third, 2 * kMiB);
        LargeMemory::release(zeroed, 2 * kMiB);
        QCOMPARE(LargeMemory::keptBytes(), 8 * kMiB);
        LargeMemory::releaseKept();
        QCOMPARE(LargeMemory::keptBytes(), size_t(0));
        QCOMPARE(LargeMemory::mappedBytes(), mappedBefore);

        // No more than the limit is kept; the rest goes back to the system.
        std::vector<void *> blocks;
        for (int i = 0; i < 20; ++i)
            blocks.push_back(LargeMemory::allocate(64 * kMiB));
        for (void *block : blocks)
            LargeMemory::release(block, 64 * kMiB);
        QCOMPARE(LargeMemory::keptBytes(), size_t(512) * kMiB);
        LargeMemory::releaseKept();
    }

    void batchKeepsItsRowsWhenReservedAgain()
    {
        // SessionBatch::reserve() writes the room it reserves; rows already added stay.
        const QList<Session> sessions = TestHelpers::randomSessions(40, 5);
        SessionBatch batch;
        batch.reserve(10, 100);
        for (int i = 0; i < 20; ++i)
            batch.add(sessions[i]);
        batch.reserve(5, 10); // less than it holds
        batch.reserve(200, 1 << 16);
        for (int i = 20; i < sessions.size(); ++i)
            batch.add(sessions[i]);
        QCOMPARE(batch.size(), int(sessions.size()));
        for (int i = 0; i < sessions.size(); ++i)
            QCOMPARE(TestHelpers::describe(batch.session(i)), TestHelpers::describe(sessions[i]));
    }

    void poolFindsEverythingAcrossAReservedTable()
    {
        // reserve() prepares a bigger table that a background thread faults in; strings
        // interned before, during and after the switch keep their ids and are found.
        StringPool pool;
        std::vector<std::string> texts;
        std::vector<uint32_t> ids;
        auto add = [&](int from, int to) {
            std::vector<std::string_view> views;
            std::vector<uint64_t> hashes;
            for (int i = from; i < to; ++i)
                texts.push_back("text-" + std::to_string(i));
            for (int i = from; i < to; ++i) {
                views.push_back(texts[size_t(i)]);
                hashes.push_back(StringPool::hashOf(views.back()));
            }
            ids.resize(size_t(to));
            pool.internMany(views.data(), hashes.data(), views.size(), ids.data() + from);
        };
        texts.reserve(600'000);
        add(0, 1000);
        pool.reserve(500'000);
        add(1000, 2000); // probably before the new table is ready
        QTest::qWait(200);
        add(2000, 600'000); // after the switch, and past the reserved size (grows again)
        QCOMPARE(pool.size(), 600'001u); // and id 0, the empty string
        bool found = true;
        for (size_t i = 0; found && i < texts.size(); ++i)
            found = pool.find(texts[i]) == ids[i] && pool.view(ids[i]) == texts[i];
        QVERIFY(found);
        QCOMPARE(pool.intern("text-123"), ids[123]);
    }

    void poolGrowsInTheBackgroundWithoutLosingStrings()
    {
        // From 64 Ki slots on, the table grows on a compute thread while interning goes
        // on; the strings interned meanwhile are added when its table is taken over. The
        // pause lets the first job finish before the next string; in the loops after it,
        // each table is taken over as soon as its job is done, or at 7/8 full.
        std::vector<std::string> texts;
        texts.reserve(1'500'000);
        std::vector<uint32_t> ids;
        auto pool = std::make_unique<StringPool>();
        auto add = [&](int count) {
            for (int i = 0; i < count; ++i) {
                texts.push_back("grow-" + std::to_string(texts.size()));
                ids.push_back(pool->intern(texts.back()));
            }
        };
        auto allFound = [&] {
            for (size_t i = 0; i < texts.size(); ++i) {
                if (pool->find(texts[i]) != ids[i] || pool->view(ids[i]) != texts[i])
                    return false;
            }
            return true;
        };
        add(45'000); // 64 Ki slots, a background growth begins past 5/8 of them
        QTest::qWait(100);
        add(100); // the finished job's table is taken over here
        QVERIFY(allFound());
        add(1'200'000); // one job after another, some outrun
        QVERIFY(allFound());
        for (size_t i = 0; i < ids.size(); ++i)
            QCOMPARE(ids[i], uint32_t(i + 1)); // every string new, so ids in order
        QCOMPARE(pool->intern(texts[777]), ids[777]);

        // Reserving a larger table cancels a job that may be running; the table in use
        // still holds everything.
        add(300'000);
        pool->reserve(4'000'000);
        add(1000);
        QVERIFY(allFound());
        // Destroyed while a job may still be reading its table (AddressSanitizer builds
        // would see a read after free).
        add(500'000);
        pool.reset();
    }

    void poolSearchFindsEveryStringAroundItsParts()
    {
        // markMatches() searches parts of the texts side by side once there is enough text
        // (StringPool::kMinSearchPart); the parts end where a string ends. Texts of equal
        // length put the boundary in the middle: every string around it is found by its
        // whole text and by its last characters, and only that string.
        constexpr int kStrings = 60'000;
        StringPool pool;
        std::vector<uint32_t> ids;
        char text[16];
        for (int i = 0; i < kStrings; ++i) {
            std::snprintf(text, sizeof text, "W%07d", i);
            ids.push_back(pool.intern(text));
        }
        std::vector<uint8_t> matches;
        for (int i = kStrings / 2 - 200; i < kStrings / 2 + 200; ++i) {
            std::snprintf(text, sizeof text, "w%07d", i);
            for (const std::string_view needle : {std::string_view(text), std::string_view(text + 1)}) {
                pool.markMatches(needle, matches);
                QCOMPARE(matches.size(), size_t(pool.size()));
                QCOMPARE(std::count(matches.begin(), matches.end(), uint8_t(1)), ptrdiff_t(1));
                QCOMPARE(matches[ids[size_t(i)]], uint8_t(1));
            }
        }
        // A needle across two strings is no match.
        std::snprintf(text, sizeof text, "%dw", kStrings / 2);
        pool.markMatches(text, matches);
        QCOMPARE(std::count(matches.begin(), matches.end(), uint8_t(1)), ptrdiff_t(0));
        // Every string has this.
        pool.markMatches("w0", matches);
        QCOMPARE(std::count(matches.begin(), matches.end(), uint8_t(1)), ptrdiff_t(kStrings));
    }

    void poolSearchFoldsCaseLikeReference()
    {
        // markMatches() folds ASCII case while it compares and searches the strings outside
        // ASCII in their Unicode lower-cased form instead. Reference: lower-case each string
        // and look for the needle in it. Strings are random pieces of mixed case, digits,
        // punctuation and letters whose lower case is another letter outside ASCII
        // (É, Σ, Ä) or inside it (the Kelvin sign lower-cases to "k").
        const std::vector<std::string> pieces = {"a", "A", "m", "M", "r", "R", "t", "k", "K", "0", "1", ".", "-", " ",
                                                 "\xC3\x89" /* É */, "\xC3\xA9" /* é */, "\xCE\xA3" /* Σ */,
                                                 "\xC3\x84" /* Ä */, "\xE2\x84\xAA" /* Kelvin sign */, "ar", "MAR"};
        std::mt19937 random(11);
        StringPool pool;
        std::vector<std::string> texts;
        for (int i = 0; i < 4000; ++i) {
            std::string text;
            const int length = 1 + int(random() % 12);
            for (int j = 0; j < length; ++j)
                text += pieces[random() % pieces.size()];
            texts.push_back(text);
            pool.intern(text);
        }
        std::vector<std::string> needles = {"a", "k", "mar", "ar", "é", "éa", "σ", "ä", "kk", "0.", " -", "zz"};
        for (int i = 0; i < 60; ++i) { // pieces of the strings themselves, lower-cased
            const std::string lowered = StringPool::lowerUtf8(texts[random() % texts.size()]);
            const size_t from = random() % lowered.size();
            needles.push_back(lowered.substr(from, 1 + random() % 4));
        }
        std::vector<uint8_t> matches;
        for (const std::string &needle : needles) {
            pool.markMatches(needle, matches);
            int wrong = 0;
            for (uint32_t id = 1; id < pool.size(); ++id) {
                const bool expected = StringPool::lowerUtf8(pool.view(id)).find(needle) != std::string::npos;
                wrong += expected != (matches[id] == 1);
            }
            QVERIFY2(wrong == 0, qPrintable(u"needle \"%1\": %2 strings judged wrong"_s.arg(QString::fromStdString(needle)).arg(wrong)));
        }

        // A place where the needle runs from one string into the next is no match, and the
        // search goes on inside the second string from just after that place.
        StringPool pair;
        const uint32_t first = pair.intern("zzma");
        const uint32_t second = pair.intern("RMAR");
        pair.markMatches("mar", matches);
        QCOMPARE(matches[first], uint8_t(0));
        QCOMPARE(matches[second], uint8_t(1));
    }

    void poolRefiningASearchMatchesSearchingAnew()
    {
        // refineMatches() narrows the marks of a needle to a longer needle that contains
        // it, and searches strings interned since the marks were made. It must agree with
        // markMatches() for the longer needle: strings outside ASCII (found through their
        // lower-cased form), strings added in between, and needles that drop every mark.
        const std::vector<std::string> pieces = {"a", "A", "m", "M", "r", "R", "t", "k", "0", "-",
                                                 "\xC3\x89" /* É */, "\xC3\xA9" /* é */, "\xE2\x84\xAA" /* Kelvin sign */, "MAR"};
        std::mt19937 random(5);
        StringPool pool;
        const auto internSome = [&](int count) {
            for (int i = 0; i < count; ++i) {
                std::string text;
                const int length = 1 + int(random() % 10);
                for (int j = 0; j < length; ++j)
                    text += pieces[random() % pieces.size()];
                pool.intern(text);
            }
        };
        internSome(3000);
        const std::vector<std::pair<std::string, std::string>> steps = {
            {"m", "ma"}, {"ma", "mar"}, {"a", "ar"}, {"r", "mar"}, {"é", "éa"}, {"k", "kk"}, {"a", "a"},
            {"mar", "marzz"}, {"", "m"}, {"0", "0-"}};
        std::vector<uint8_t> refined, fresh;
        for (const auto &[shorter, longer] : steps) {
            for (const int added : {0, 1, 7, 500}) { // strings interned between the two searches
                pool.markMatches(shorter, refined);
                internSome(added);
                pool.refineMatches(longer, refined);
                pool.markMatches(longer, fresh);
                QCOMPARE(refined.size(), fresh.size());
                const auto differing = std::mismatch(refined.begin(), refined.end(), fresh.begin());
                QVERIFY2(differing.first == refined.end(),
                         qPrintable(u"\"%1\" to \"%2\" with %3 strings added: string %4 judged wrong"_s
                                        .arg(QString::fromStdString(shorter), QString::fromStdString(longer))
                                        .arg(added)
                                        .arg(differing.first - refined.begin())));
            }
        }
        // Enough strings for the refining to run in parts on both cores, each searching
        // its marked strings in batches.
        internSome(400'000);
        QVERIFY(pool.size() > 2 * (size_t(128) << 10)); // refineMatches() splits from 128 Ki strings on
        for (const auto &[shorter, longer] : {std::pair<std::string, std::string>{"m", "ma"}, {"ma", "mar"}, {"a", "aé"}}) {
            pool.markMatches(shorter, refined);
            pool.refineMatches(longer, refined);
            pool.markMatches(longer, fresh);
            QVERIFY(std::count(fresh.begin(), fresh.end(), uint8_t(1)) > 1000);
            QVERIFY2(refined == fresh, qPrintable(u"\"%1\" to \"%2\" in a large pool judged wrong"_s
                                                      .arg(QString::fromStdString(shorter), QString::fromStdString(longer))));
        }
    }

    void poolTellsApartTextsDifferingInOneByte()
    {
        // The pool compares texts a word at a time with overlapping loads at the ends: a
        // difference at any position of any length must tell two texts apart.
        StringPool pool;
        std::vector<std::string> texts;
        std::vector<size_t> baseOf; // index in texts of the text each one was made from
        for (size_t length = 1; length <= 48; ++length) {
            std::string base(length, 'a');
            for (size_t i = 0; i < length; ++i)
                base[i] = char('a' + (i * 7 + length) % 26);
            const size_t baseIndex = texts.size();
            texts.push_back(base);
            baseOf.push_back(baseIndex);
            for (size_t position = 0; position < length; ++position) {
                std::string other = base;
                other[position] = char(other[position] ^ 0x20);
                texts.push_back(other);
                baseOf.push_back(baseIndex);
                QVERIFY(!Unaligned::equalBytes(base.data(), other.data(), length));
            }
            QVERIFY(Unaligned::equalBytes(base.data(), std::string(base).data(), length));
        }
        std::vector<uint32_t> ids;
        for (const std::string &text : texts)
            ids.push_back(pool.intern(text));
        std::vector<uint32_t> distinct = ids;
        std::sort(distinct.begin(), distinct.end());
        QCOMPARE(size_t(std::unique(distinct.begin(), distinct.end()) - distinct.begin()), texts.size());
        for (size_t i = 0; i < texts.size(); ++i) {
            QCOMPARE(pool.find(texts[i]), ids[i]);
            QVERIFY(pool.holds(ids[i], texts[i]));
            QVERIFY(!pool.holds(ids[i], texts[i] + 'x'));
            QVERIFY(!pool.holds(ids[i], texts[i].substr(1)));
            if (baseOf[i] != i) // same length, one byte apart
                QVERIFY(!pool.holds(ids[i], texts[baseOf[i]]));
        }
        // A text that equals another one's prefix, and one of the same length as both.
        const uint32_t id = pool.intern("abcdefghij");
        QVERIFY(pool.holds(id, "abcdefghij"));
        QVERIFY(!pool.holds(id, "abcdefghi"));
        QVERIFY(!pool.holds(id, "abcdefghiJ"));
    }

    void derivedTextsStayRightPastTheirCache()
    {
        // Device, OS and client texts are derived once per combination and then looked
        // up in a small cache: more combinations than it holds, in an order that makes
        // them collide, must each still show their own text.
        QList<Session> sessions;
        for (int i = 0; i < 2000; ++i) {
            Session s = makeSession(u"s%1"_s.arg(i), u"u"_s, u"Device %1"_s.arg(i % 700), u"OS %1"_s.arg(i % 300));
            s.deviceVersion = u"%1"_s.arg(i % 7);
            s.osVersion = u"%1.0"_s.arg(i % 11);
            s.deviceType = i % 3 == 0 ? u"browser"_s : u"mobile-app"_s;
            sessions.append(s);
        }
        SessionStore store;
        store.upsert(SessionBatch::fromSessions(sessions), 1);
        QCOMPARE(store.rowCount(), 2000);
        for (int row = 0; row < store.rowCount(); ++row) {
            const Session &s = sessions[row];
            QCOMPARE(store.displayText(row, SessionColumn::Device), SessionFormat::device(s.deviceName, s.deviceVersion));
            QCOMPARE(store.displayText(row, SessionColumn::Os), SessionFormat::os(s.osName, s.osVersion));
            QCOMPARE(store.displayText(row, SessionColumn::ClientType), SessionFormat::clientType(s.deviceType));
        }
    }

    void sortCacheInvalidatesOnChange()
    {
        SessionStore store;
        store.upsert(SessionBatch::fromSessions({makeSession(u"b"_s, u"u"_s), makeSession(u"c"_s, u"u"_s)}), 1);
        QCOMPARE(store.orderedRows(SessionColumn::SessionId, Qt::AscendingOrder), (RowList{0, 1}));
        store.upsert(SessionBatch::fromSessions({makeSession(u"a"_s, u"u"_s)}), 1);
        QCOMPARE(store.orderedRows(SessionColumn::SessionId, Qt::AscendingOrder), (RowList{2, 0, 1}));
        store.removeRows({2});
        QCOMPARE(store.orderedRows(SessionColumn::SessionId, Qt::DescendingOrder), (RowList{1, 0}));
    }

    void mergedServersKeepTheirOwnRows()
    {
        // Two servers with the same session id (two profiles of one server, say) give two
        // rows; each server's refresh only removes its own vanished rows.
        SessionStore store;
        SessionBatch a = SessionBatch::fromSessions({makeSession(u"s1"_s, u"ann"_s, u"Chrome"_s, u"Linux"_s, 1000),
                                                     makeSession(u"s2"_s, u"bob"_s, u"Chrome"_s, u"Linux"_s, 2000)});
        a.setServer(u"Alpha"_s);
        SessionBatch b = SessionBatch::fromSessions({makeSession(u"s1"_s, u"cat"_s, u"Safari"_s, u"Mac OS"_s, 3000)});
        b.setServer(u"Beta"_s);
        store.upsert(a, 1);
        store.upsert(b, 1);
        QCOMPARE(store.rowCount(), 3);
        QCOMPARE(store.rowOf(u"s1"_s, u"Alpha"_s), 0);
        QCOMPARE(store.rowOf(u"s1"_s, u"Beta"_s), 2);
        QCOMPARE(store.rowOf(u"s1"_s), -1); // untagged ids are another identity
        QCOMPARE(store.displayText(2, SessionColumn::Server), u"Beta"_s);
        QCOMPARE(store.session(2).server, u"Beta"_s);
        QCOMPARE(store.session(2).userId, u"cat"_s);

        // Alpha refreshes without s2: only Alpha's s2 has an old stamp among Alpha's rows
        SessionBatch again = SessionBatch::fromSessions({makeSession(u"s1"_s, u"ann"_s, u"Chrome"_s, u"Linux"_s, 1000)});
        again.setServer(u"Alpha"_s);
        const SessionStore::UpsertResult r = store.upsert(again, 2);
        QCOMPARE(r.newRows, 0);
        QCOMPARE(store.rowsNotInGeneration(2, u"Alpha"_s), (RowList{1}));
        QCOMPARE(store.rowsNotInGeneration(2), (RowList{1, 2}));
        QCOMPARE(store.rowsNotInGeneration(2, u"Gamma"_s), RowList());
        store.removeRows({1});
        QCOMPARE(store.rowOf(u"s1"_s, u"Beta"_s), 1); // the index follows the removal
        QCOMPARE(store.filterRows(u"beta"_s, {SessionColumn::Server}), (RowList{1}));
        QCOMPARE(store.orderedRows(SessionColumn::Server, Qt::DescendingOrder), (RowList{1, 0}));
    }

    void missingValuesSortLastBothWays()
    {
        SessionStore store;
        Session noTime = makeSession(u"x"_s, u"u"_s);
        noTime.loginAt = kMissingTime;
        store.upsert(SessionBatch::fromSessions({noTime, makeSession(u"y"_s, u"u"_s, u"C"_s, u"L"_s, 5),
                                                 makeSession(u"z"_s, u"u"_s, u"C"_s, u"L"_s, 9)}),
                     1);
        QCOMPARE(store.orderedRows(SessionColumn::StartedAt, Qt::AscendingOrder), (RowList{1, 2, 0}));
        QCOMPARE(store.orderedRows(SessionColumn::StartedAt, Qt::DescendingOrder), (RowList{2, 1, 0}));
    }

    void exportTextIsLocaleIndependent()
    {
        SessionStore store;
        store.upsert(SessionBatch::fromSessions({makeSession(u"a"_s, u"u"_s, u"Chrome"_s, u"Linux"_s, 1684859625202)}), 1);
        std::string scratch;
        QCOMPARE(store.exportText(0, SessionColumn::StartedAt, scratch), std::string_view("2023-05-23T16:33:45.202Z"));
        QCOMPARE(store.exportText(0, SessionColumn::ClientType, scratch), std::string_view("browser"));
        QCOMPARE(store.exportText(0, SessionColumn::Device, scratch), std::string_view("Chrome 1.0"));
    }

    void memoryIsCompact()
    {
        // Given many sessions that repeat users and devices, as real deployments do
        SessionStore store;
        QList<Session> sessions;
        for (int i = 0; i < 20000; ++i)
            sessions << makeSession(u"session-%1"_s.arg(i), u"user-%1"_s.arg(i % 500));
        store.upsert(SessionBatch::fromSessions(sessions), 1);
        // Then the store, filter shadow and index stay within the 320 B/row target
        // (a QString-per-field layout costs ~890 B/row, QStandardItemModel ~3,000)
        const double perRow = double(store.memoryBytes()) / store.rowCount();
        QVERIFY2(perRow <= 320, qPrintable(u"%1 bytes per row"_s.arg(perRow)));
    }
};

QTEST_GUILESS_MAIN(TestSessionStore)
#include "tst_sessionstore.moc"
