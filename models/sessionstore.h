// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "idcounts.h"
#include "largememory.h"
#include "session.h"
#include "sessionbatch.h"
#include "sessionconditions.h"
#include "stringpool.h"
#include "timeformat.h"

#include <QString>
#include <Qt>

#include <array>
#include <cstdint>
#include <mutex>
#include <unordered_map>
#include <vector>

/**
 * Storage for many sessions, built for a million rows and more.
 *
 * Every text field is a 32-bit id into one deduplicating StringPool. What a row shows,
 * filters, sorts and exports (ten ids, two times) sits in one 64-byte record per row, so
 * visiting rows in any order costs a cache miss per row, not per column. Display strings
 * derived from several fields (device, OS, client type) are interned at ingest, so
 * filtering and sorting never format text per row:
 *  - filtering runs one case-folding sweep over the pool's unique text and then
 *    checks a byte per visible column per row;
 *  - sorting a text column ranks the column's distinct strings once and then counting-sorts
 *    the rows by rank; times are radix-sorted. The ascending order is cached per column
 *    until the data changes, with marks of equal-value runs so the descending order is
 *    derived without reading a row.
 * Rows are identified by session id (falling back to the document id); upsert merges.
 */
class SessionStore final
{
public:
    struct UpsertResult
    {
        int firstNewRow = 0;
        int newRows = 0;
        RowList changedRows; ///< existing rows whose values changed, ascending
        int skipped = 0;              ///< rows without any id
    };

    SessionStore();

    int rowCount() const { return int(m_records.size()); }
    /// Prepares room for about rows sessions in total (e.g. the total a server announced),
    /// so a big load does not copy its columns again and again while growing.
    void reserve(qint64 rows);

    /**
     * Inserts new sessions at the end and updates known ones; stamps them with generation.
     * A batch tagged with a server (SessionBatch::server(), a merged view) fills the Server
     * column, and its rows are told apart from other servers' rows with the same id.
     */
    UpsertResult upsert(const SessionBatch &batch, uint32_t generation);
    /// Rows whose stamp differs from generation (vanished since a refresh began), ascending;
    /// with server, only that server's rows.
    RowList rowsNotInGeneration(uint32_t generation, QStringView server = {}) const;
    /// Removes the given ascending rows; oldToNew (optional) receives the new row of each old one or -1.
    void removeRows(const RowList &rows, RowList *oldToNew = nullptr);
    void clear();

    /// Row of a session id (of server, in a merged view), -1 if unknown.
    int rowOf(QStringView sessionId, QStringView server = {}) const;
    /// The server a row came from (empty outside a merged view).
    QString server(int row) const;
    /// A number standing for server(row): equal for rows of one server (0 = none).
    uint32_t serverTag(int row) const { return m_records[size_t(row)].ids[ServerSlot]; }

    Session session(int row) const;
    QString sessionId(int row) const;
    QString displayText(int row, SessionColumn column) const;
    std::string_view text(int row, RawField field) const { return m_pool.view(rawId(size_t(row), field)); }
    /// The UTF-8 text of a text column as displayed (not valid for time columns).
    std::string_view columnText(int row, SessionColumn column) const
    {
        return m_pool.view(m_records[size_t(row)].ids[slotOf(column)]);
    }
    qint64 loginAt(int row) const { return m_records[size_t(row)].loginAt; }
    /// The value of a time column (StartedAt, EndedAt) in row.
    qint64 time(int row, SessionColumn column) const { return timeOf(m_records[size_t(row)], column); }
    /**
     * Locale-independent text of a cell for CSV/JSON: times as ISO 8601 UTC, the client
     * type as the server's raw value, other columns as displayed. May point into scratch.
     */
    std::string_view exportText(int row, SessionColumn column, std::string &scratch) const;
    /// Most rows exportTexts() takes at once.
    static constexpr size_t kExportBlock = 256;
    /**
     * exportText() of columns[0, columnCount) for count (≤ kExportBlock) rows at once:
     * out[c * kExportBlock + k] is the text of rows[k] in columns[c]. All loads of a column
     * are issued before any is used, so exporting a sorted view (rows in random store
     * order) overlaps its cache misses instead of waiting for each in turn. Times are
     * formatted into timeBuffer (columnCount * kExportBlock * TimeFormat::kIsoUtcLength).
     * At least kExportTextSlack bytes are readable after the end of every text returned,
     * provided timeBuffer has that many to spare.
     */
    void exportTexts(const int *rows, size_t count, const SessionColumn *columns, size_t columnCount,
                     std::string_view *out, char *timeBuffer, IsoUtcFormatter &formatter) const;
    static constexpr size_t kExportTextSlack = StringPool::kReadSlack;

    /**
     * Rows whose displayed text in any of columns contains text, case-insensitively, in
     * ascending row order. With candidates, only those rows are examined (refining a filter).
     */
    RowList filterRows(QStringView text, const std::vector<SessionColumn> &columns,
                                const RowList *candidates = nullptr) const;

    /**
     * Rows (of candidates in their order, or all in ascending order) that meet every set
     * field of conditions. Each distinct user, client, OS and address is judged once.
     */
    RowList conditionRows(const SessionConditions &conditions, const RowList *candidates = nullptr) const;

    /// A value and how many rows have it.
    struct ValueCount
    {
        QString value;
        int count = 0;
    };
    /**
     * The distinct values of a text column as displayed (or of a raw field, e.g. the OS
     * name without version) among rows (all when null), most frequent first, ties by
     * value. Meant for columns with few distinct values (client, OS, host).
     */
    std::vector<ValueCount> valueCounts(SessionColumn column, const RowList *rows = nullptr) const;
    std::vector<ValueCount> valueCounts(RawField field, const RowList *rows = nullptr) const;

    /// Calls f(row) for every row of rows, in their order, or for every row of the store in
    /// ascending order (sequential in memory) when rows is null.
    template<typename F>
    void forEachRow(const RowList *rows, F f) const
    {
        if (rows) {
            for (int row : *rows)
                f(row);
        } else {
            for (int row = 0, n = rowCount(); row < n; ++row)
                f(row);
        }
    }

    /**
     * All rows ordered by column: typed comparison (times as times, text in natural
     * order, case-insensitive), missing values last in both directions, ties by row.
     * Like every const member, safe to call from several threads while nothing changes
     * the store.
     */
    RowList orderedRows(SessionColumn column, Qt::SortOrder order) const;
    /// The rows of subset (each at most once) in the order orderedRows() gives them.
    RowList orderedRows(SessionColumn column, Qt::SortOrder order, const RowList &subset) const;
    /**
     * Where the row at position of orderedRows(column, from) stands in
     * orderedRows(column, the other order), found from the runs of equal values without
     * looking at the rows: a toggle of the sort direction moves what a view follows
     * (its current row, its selection) in O(1) per row instead of a pass over all rows.
     * A position past the last row is returned unchanged.
     */
    size_t positionInOtherOrder(SessionColumn column, Qt::SortOrder from, size_t position) const;

    /// Bytes held by the store (pool, columns, indexes, caches).
    size_t memoryBytes() const;

    /// Changes whenever rows are added, changed or removed.
    uint64_t version() const { return m_version; }

private:
    enum class Derived : uint8_t { DeviceDisplay, OsDisplay, ClientTypeDisplay, Count };
    static constexpr int kDerivedCount = int(Derived::Count);

    // Everything a row shows, filters, sorts and exports lives in one 64-byte record, so
    // reaching a row in random order (a sorted view, a refined filter) costs one cache
    // miss instead of one per column. The fields only details need stay apart (ColdRecord).
    enum Slot : uint8_t {
        SessionIdSlot,
        UserIdSlot,
        UserNameSlot,
        DeviceTypeSlot, ///< the server's raw value, as exported
        IpSlot,
        HostSlot,
        DetailsSlot,
        DeviceDisplaySlot,
        OsDisplaySlot,
        ClientTypeDisplaySlot,
        ServerSlot, ///< the server's name in a merged view, else 0
        kSlotCount
    };
    struct alignas(64) Record
    {
        std::array<uint32_t, kSlotCount> ids; ///< pool ids
        uint32_t generation;
        qint64 loginAt;
        qint64 endedAt;
    };
    static_assert(sizeof(Record) == 64, "one cache line per row");
    enum ColdSlot : uint8_t { IdCold, DeviceNameCold, DeviceVersionCold, DeviceLongVersionCold, OsNameCold, OsVersionCold, kColdCount };
    using ColdRecord = std::array<uint32_t, kColdCount>;

    /// Where a raw field is kept: a Slot of Record, or (cold) a ColdSlot of ColdRecord.
    struct Place
    {
        bool cold;
        uint8_t index;
    };
    static constexpr Place placeOf(RawField field)
    {
        constexpr std::array<Place, kRawFieldCount> places = {{
            {true, IdCold},                {false, SessionIdSlot},     {false, UserIdSlot},
            {false, UserNameSlot},         {false, DeviceTypeSlot},    {true, DeviceNameCold},
            {true, DeviceVersionCold},     {true, DeviceLongVersionCold}, {true, OsNameCold},
            {true, OsVersionCold},         {false, HostSlot},          {false, IpSlot},
            {false, DetailsSlot},
        }};
        return places[size_t(field)];
    }
    static size_t slotOf(SessionColumn column);
    static qint64 timeOf(const Record &record, SessionColumn column)
    {
        return column == SessionColumn::EndedAt ? record.endedAt : record.loginAt;
    }
    uint32_t rawId(size_t row, RawField field) const
    {
        const Place place = placeOf(field);
        return place.cold ? m_cold[row][place.index] : m_records[row].ids[place.index];
    }

    /// A column's ascending order, with what reversing it needs without reading the rows.
    struct Ordering
    {
        RowList rows;
        LargeVector<uint64_t> groupStarts; ///< bit i: rows[i] starts a run of equal values
        size_t missingFrom = 0;            ///< rows[missingFrom...] have no value
        uint64_t version = 0;              ///< m_version + 1 when computed, 0 = never
        void markGroupStart(size_t i) { groupStarts[i / 64] |= uint64_t(1) << (i % 64); }
        bool startsGroup(size_t i) const { return (groupStarts[i / 64] >> (i % 64)) & 1; }
    };
    const Ordering &ascendingRows(SessionColumn column) const;
    void sortByTime(SessionColumn column, Ordering &ordering) const;
    void sortByText(SessionColumn column, Ordering &ordering) const;
    uint32_t derivedId(Derived kind, uint32_t a, uint32_t b);
    template<typename IdOf>
    std::vector<ValueCount> countIds(const RowList *rows, IdOf idOf) const;
    /// The values of counts, most frequent first, ties by value.
    std::vector<ValueCount> valueCounts(const IdCounts &counts) const;
    /**
     * The rows of candidates (in their order) or of the store (ascending) that an accept
     * function takes, judged in up to maxParts parts side by side (see runInParallel()).
     * makeAccept() is called once per part, so each part has its own accept function and
     * whatever state it keeps.
     */
    template<typename MakeAccept>
    RowList selectRows(const RowList *candidates, int maxParts, MakeAccept makeAccept) const;
    /// Pool ids of every field of every row of batch, row-major, into m_batchIds.
    void internBatch(const SessionBatch &batch);
    void indexRow(int row);
    /// Adds a row's client and OS to the running counts (delta 1) or takes them away (-1).
    void countRow(const Record &record, const ColdRecord &cold, int delta);
    /// The pool id that identifies a row: its session id (or document id), and in a merged
    /// view the server's name with it. UINT32_MAX when not in the pool (lookups only).
    uint32_t keyId(uint32_t serverId, uint32_t idKey, bool insert);
    uint32_t findKeyId(QStringView server, QStringView sessionId) const;
    static std::string serverKey(std::string_view server, std::string_view id);

    StringPool m_pool;
    GrowableArray<Record> m_records;
    GrowableArray<ColdRecord> m_cold;
    GrowableArray<uint32_t> m_rowByKeyId; ///< pool id of the row key -> row + 1 (0 = none)
    // Running counts of the displayed client and the OS name, kept as rows arrive, change
    // and go: the quick filters list them after every load, and counting a million rows
    // then cost 12 ms on the GUI thread.
    IdCounts m_clientCounts;
    IdCounts m_osCounts;
    std::array<std::unordered_map<uint64_t, uint32_t>, kDerivedCount> m_derivedCache;
    // Direct-mapped in front of m_derivedCache: every row asks for three derived values,
    // nearly always ones asked for recently, and a hash map look-up each cost more than
    // the rest of storing the row's ids.
    struct RecentDerived
    {
        uint64_t key = 0;
        uint32_t id = 0;
        bool valid = false;
    };
    /// How many rows carry m_countedGeneration, the generation of the last upsert, so that
    /// rowsNotInGeneration() can tell at once when every row does.
    uint32_t m_countedGeneration = 0;
    size_t m_rowsInCountedGeneration = 0;
    /// Fewer rows than this are judged on one thread (see selectRows()).
    static constexpr size_t kMinRowsPerPart = 64 * 1024;
    static constexpr size_t kRecentDerivedSize = 256;
    std::array<std::array<RecentDerived, kRecentDerivedSize>, kDerivedCount> m_recentDerived{};
    // Per-field direct-mapped cache in front of the pool, indexed and checked by the
    // string's hash: most fields repeat a handful of values, and a hit stays in the CPU
    // cache instead of missing in the pool's large hash table.
    struct CachedString
    {
        uint64_t hash = 0;
        uint32_t id = 0;
    };
    static constexpr size_t kFieldCacheSize = 256;
    std::array<std::array<CachedString, kFieldCacheSize>, kRawFieldCount> m_fieldCache{};
    // Scratch of internBatch(), kept to avoid allocating per page.
    std::vector<uint32_t> m_batchIds;
    std::vector<std::string_view> m_pendingTexts;
    std::vector<uint64_t> m_pendingHashes;
    std::vector<uint32_t> m_pendingSlots;
    std::vector<uint32_t> m_pendingIds;
    uint64_t m_version = 0;

    mutable std::array<Ordering, kSessionColumnCount> m_sortCache;
    /// Guards m_sortCache: const members may run on several threads at once (the proxy
    /// sorts large tables on the thread pool while the GUI thread reads). A fresh mutex
    /// on copy, so the store stays a value type.
    struct CacheMutex
    {
        std::mutex mutex;
        CacheMutex() = default;
        CacheMutex(const CacheMutex &) {}
        CacheMutex &operator=(const CacheMutex &) { return *this; }
    };
    mutable CacheMutex m_sortCacheMutex;
    /// The last text search's needle and marks: a needle that contains it (one more letter
    /// typed) only looks at the strings it found (StringPool::refineMatches()).
    struct LastSearch
    {
        std::string needle;
        std::vector<uint8_t> matches;
    };
    mutable LastSearch m_lastSearch;
    mutable CacheMutex m_lastSearchMutex;
};
