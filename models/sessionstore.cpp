// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionstore.h"

#include "naturalcompare.h"
#include "timeformat.h"

#include <algorithm>
#include <numeric>

namespace {

QString toQString(std::string_view v)
{
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

bool couldMatchTime(std::string_view needle)
{
    return std::all_of(needle.begin(), needle.end(), [](char c) {
        return (c >= '0' && c <= '9') || c == '-' || c == ':' || c == ' ';
    });
}

} // namespace

SessionStore::SessionStore() = default;

uint32_t SessionStore::derivedId(Derived kind, uint32_t a, uint32_t b)
{
    auto &cache = m_derivedCache[size_t(kind)];
    const uint64_t key = (uint64_t(a) << 32) | b;
    const auto it = cache.find(key);
    if (it != cache.end())
        return it->second;
    QString display;
    switch (kind) {
    case Derived::DeviceDisplay:
        display = SessionFormat::device(toQString(m_pool.view(a)), toQString(m_pool.view(b)));
        break;
    case Derived::OsDisplay:
        display = SessionFormat::os(toQString(m_pool.view(a)), toQString(m_pool.view(b)));
        break;
    case Derived::ClientTypeDisplay:
        display = SessionFormat::clientType(toQString(m_pool.view(a)));
        break;
    case Derived::Count:
        break;
    }
    const QByteArray utf8 = display.toUtf8();
    const uint32_t id = m_pool.intern(std::string_view(utf8.constData(), size_t(utf8.size())));
    cache.emplace(key, id);
    return id;
}

void SessionStore::reserve(qint64 rows)
{
    if (rows <= rowCount() || rows > (qint64(1) << 31))
        return;
    const auto n = size_t(rows);
    for (auto &column : m_raw)
        column.reserve(n);
    for (auto &column : m_derived)
        column.reserve(n);
    m_loginAt.reserve(n);
    m_endedAt.reserve(n);
    m_generation.reserve(n);
    // Typically ids and addresses are distinct per session; the rest repeats.
    m_pool.reserve(n * 2, n * 48);
}

void SessionStore::internBatch(const SessionBatch &batch)
{
    const auto rows = size_t(batch.size());
    m_batchIds.assign(rows * kRawFieldCount, 0);
    m_pendingTexts.clear();
    m_pendingHashes.clear();
    m_pendingSlots.clear();
    for (size_t i = 0; i < rows; ++i) {
        for (int f = 0; f < kRawFieldCount; ++f) {
            const std::string_view text = batch.field(int(i), RawField(f));
            // Rocket.Chat repeats the document id as the session id: resolved below.
            if (text.empty() || (RawField(f) == RawField::SessionId && text == batch.field(int(i), RawField::Id)))
                continue;
            const uint64_t hash = StringPool::hashOf(text);
            const CachedString &cached = m_fieldCache[size_t(f)][hash % kFieldCacheSize];
            const size_t slot = i * kRawFieldCount + size_t(f);
            if (cached.id != 0 && cached.hash == hash && m_pool.view(cached.id) == text) {
                m_batchIds[slot] = cached.id;
                continue;
            }
            m_pendingTexts.push_back(text);
            m_pendingHashes.push_back(hash);
            m_pendingSlots.push_back(uint32_t(slot));
        }
    }
    m_pendingIds.resize(m_pendingTexts.size());
    m_pool.internMany(m_pendingTexts.data(), m_pendingHashes.data(), m_pendingTexts.size(), m_pendingIds.data());
    for (size_t p = 0; p < m_pendingIds.size(); ++p) {
        const uint32_t slot = m_pendingSlots[p];
        m_batchIds[slot] = m_pendingIds[p];
        const uint64_t hash = m_pendingHashes[p];
        m_fieldCache[slot % kRawFieldCount][hash % kFieldCacheSize] = {hash, m_pendingIds[p]};
    }
    for (size_t i = 0; i < rows; ++i) {
        uint32_t *ids = m_batchIds.data() + i * kRawFieldCount;
        if (ids[size_t(RawField::SessionId)] == 0 && !batch.field(int(i), RawField::SessionId).empty())
            ids[size_t(RawField::SessionId)] = ids[size_t(RawField::Id)];
    }
}

void SessionStore::indexRow(int row)
{
    uint32_t key = m_raw[size_t(RawField::SessionId)][size_t(row)];
    if (key == 0)
        key = m_raw[size_t(RawField::Id)][size_t(row)];
    if (m_rowByKeyId.size() <= key)
        m_rowByKeyId.resize(std::max<size_t>(size_t(key) + 1, m_rowByKeyId.size() * 2), 0);
    m_rowByKeyId[key] = uint32_t(row) + 1;
}

SessionStore::UpsertResult SessionStore::upsert(const SessionBatch &batch, uint32_t generation)
{
    UpsertResult result;
    result.firstNewRow = rowCount();
    if (batch.isEmpty())
        return result;
    ++m_version;

    internBatch(batch);
    std::array<uint32_t, kDerivedCount> derived;
    for (int i = 0; i < batch.size(); ++i) {
        const uint32_t *ids = m_batchIds.data() + size_t(i) * kRawFieldCount;
        const uint32_t key = ids[size_t(RawField::SessionId)] ? ids[size_t(RawField::SessionId)]
                                                               : ids[size_t(RawField::Id)];
        if (key == 0) {
            ++result.skipped;
            continue;
        }
        derived[size_t(Derived::DeviceDisplay)] = derivedId(Derived::DeviceDisplay,
            ids[size_t(RawField::DeviceName)], ids[size_t(RawField::DeviceVersion)]);
        derived[size_t(Derived::OsDisplay)] = derivedId(Derived::OsDisplay,
            ids[size_t(RawField::OsName)], ids[size_t(RawField::OsVersion)]);
        derived[size_t(Derived::ClientTypeDisplay)] = derivedId(Derived::ClientTypeDisplay,
            ids[size_t(RawField::DeviceType)], 0);

        const uint32_t existing = key < m_rowByKeyId.size() ? m_rowByKeyId[key] : 0;
        if (existing != 0) {
            const size_t row = existing - 1;
            bool changed = m_loginAt[row] != batch.loginAt(i) || m_endedAt[row] != batch.endedAt(i);
            for (int f = 0; f < kRawFieldCount && !changed; ++f)
                changed = m_raw[size_t(f)][row] != ids[size_t(f)];
            if (changed) {
                for (int f = 0; f < kRawFieldCount; ++f)
                    m_raw[size_t(f)][row] = ids[size_t(f)];
                for (int d = 0; d < kDerivedCount; ++d)
                    m_derived[size_t(d)][row] = derived[size_t(d)];
                m_loginAt[row] = batch.loginAt(i);
                m_endedAt[row] = batch.endedAt(i);
                // Only rows that existed before this batch count as changed; a duplicate
                // inside the batch just overwrites its freshly inserted row.
                if (int(row) < result.firstNewRow)
                    result.changedRows.push_back(int(row));
            }
            m_generation[row] = generation;
            continue;
        }
        for (int f = 0; f < kRawFieldCount; ++f)
            m_raw[size_t(f)].push_back(ids[size_t(f)]);
        for (int d = 0; d < kDerivedCount; ++d)
            m_derived[size_t(d)].push_back(derived[size_t(d)]);
        m_loginAt.push_back(batch.loginAt(i));
        m_endedAt.push_back(batch.endedAt(i));
        m_generation.push_back(generation);
        indexRow(rowCount() - 1);
    }
    result.newRows = rowCount() - result.firstNewRow;
    std::sort(result.changedRows.begin(), result.changedRows.end());
    result.changedRows.erase(std::unique(result.changedRows.begin(), result.changedRows.end()),
                             result.changedRows.end());
    return result;
}

RowList SessionStore::rowsNotInGeneration(uint32_t generation) const
{
    RowList rows;
    for (int row = 0; row < rowCount(); ++row) {
        if (m_generation[size_t(row)] != generation)
            rows.push_back(row);
    }
    return rows;
}

void SessionStore::removeRows(const RowList &rows, RowList *oldToNew)
{
    const int oldCount = rowCount();
    if (oldToNew)
        oldToNew->assign(size_t(oldCount), 0);
    if (rows.empty()) {
        if (oldToNew)
            std::iota(oldToNew->begin(), oldToNew->end(), 0);
        return;
    }
    ++m_version;
    std::vector<uint8_t> drop(size_t(oldCount), 0);
    for (int row : rows)
        drop[size_t(row)] = 1;

    auto compact = [&drop](auto &column) {
        size_t out = 0;
        for (size_t in = 0; in < column.size(); ++in) {
            if (!drop[in])
                column[out++] = column[in];
        }
        column.resize(out);
    };
    for (auto &column : m_raw)
        compact(column);
    for (auto &column : m_derived)
        compact(column);
    compact(m_loginAt);
    compact(m_endedAt);
    compact(m_generation);

    int next = 0;
    for (int row = 0; row < oldCount; ++row) {
        if (oldToNew)
            (*oldToNew)[size_t(row)] = drop[size_t(row)] ? -1 : next;
        if (!drop[size_t(row)])
            ++next;
    }
    std::fill(m_rowByKeyId.begin(), m_rowByKeyId.end(), 0);
    for (int row = 0; row < rowCount(); ++row)
        indexRow(row);
}

void SessionStore::clear()
{
    const uint64_t version = m_version;
    *this = SessionStore();
    m_version = version + 1;
}

int SessionStore::rowOf(QStringView sessionId) const
{
    const QByteArray utf8 = sessionId.toUtf8();
    const uint32_t id = m_pool.find(std::string_view(utf8.constData(), size_t(utf8.size())));
    if (id == UINT32_MAX || id >= m_rowByKeyId.size())
        return -1;
    return int(m_rowByKeyId[id]) - 1;
}

Session SessionStore::session(int row) const
{
    Session s;
    s.id = toQString(text(row, RawField::Id));
    s.sessionId = toQString(text(row, RawField::SessionId));
    s.userId = toQString(text(row, RawField::UserId));
    s.userName = toQString(text(row, RawField::UserName));
    s.deviceType = toQString(text(row, RawField::DeviceType));
    s.deviceName = toQString(text(row, RawField::DeviceName));
    s.deviceVersion = toQString(text(row, RawField::DeviceVersion));
    s.deviceLongVersion = toQString(text(row, RawField::DeviceLongVersion));
    s.osName = toQString(text(row, RawField::OsName));
    s.osVersion = toQString(text(row, RawField::OsVersion));
    s.host = toQString(text(row, RawField::Host));
    s.ip = toQString(text(row, RawField::Ip));
    s.details = toQString(text(row, RawField::Details));
    s.loginAt = loginAt(row);
    s.endedAt = m_endedAt[size_t(row)];
    return s;
}

QString SessionStore::sessionId(int row) const
{
    std::string_view id = text(row, RawField::SessionId);
    if (id.empty())
        id = text(row, RawField::Id);
    return toQString(id);
}

const LargeVector<uint32_t> &SessionStore::columnIds(SessionColumn column) const
{
    switch (column) {
    case SessionColumn::SessionId:
        return m_raw[size_t(RawField::SessionId)];
    case SessionColumn::User:
        return m_raw[size_t(RawField::UserId)];
    case SessionColumn::UserName:
        return m_raw[size_t(RawField::UserName)];
    case SessionColumn::Device:
        return m_derived[size_t(Derived::DeviceDisplay)];
    case SessionColumn::ClientType:
        return m_derived[size_t(Derived::ClientTypeDisplay)];
    case SessionColumn::Os:
        return m_derived[size_t(Derived::OsDisplay)];
    case SessionColumn::Ip:
        return m_raw[size_t(RawField::Ip)];
    case SessionColumn::Host:
        return m_raw[size_t(RawField::Host)];
    case SessionColumn::Details:
        return m_raw[size_t(RawField::Details)];
    case SessionColumn::StartedAt:
    case SessionColumn::EndedAt:
    case SessionColumn::Count:
        break;
    }
    Q_UNREACHABLE();
}

QString SessionStore::displayText(int row, SessionColumn column) const
{
    if (SessionColumns::isTime(column))
        return SessionFormat::localTime(time(row, column));
    return toQString(columnText(row, column));
}

std::string_view SessionStore::exportText(int row, SessionColumn column, std::string &scratch) const
{
    if (SessionColumns::isTime(column)) {
        const qint64 t = time(row, column);
        if (t == kMissingTime)
            return {};
        scratch.resize(TimeFormat::kIsoUtcLength);
        TimeFormat::writeIsoUtc(t, scratch.data());
        return scratch;
    }
    if (column == SessionColumn::ClientType)
        return text(row, RawField::DeviceType);
    return columnText(row, column);
}

void SessionStore::exportTexts(const int *rows, size_t count, SessionColumn column, std::string_view *out,
                               char *timeBuffer) const
{
    Q_ASSERT(count <= kExportBlock);
    if (SessionColumns::isTime(column)) {
        const qint64 *times = this->times(column).data();
        for (size_t k = 0; k < count; ++k)
            prefetch(times + rows[k]);
        for (size_t k = 0; k < count; ++k) {
            const qint64 t = times[rows[k]];
            if (t == kMissingTime) {
                out[k] = {};
                continue;
            }
            char *text = timeBuffer + k * TimeFormat::kIsoUtcLength;
            TimeFormat::writeIsoUtc(t, text);
            out[k] = {text, size_t(TimeFormat::kIsoUtcLength)};
        }
        return;
    }
    const uint32_t *columnIds = column == SessionColumn::ClientType ? m_raw[size_t(RawField::DeviceType)].data()
                                                                    : this->columnIds(column).data();
    // Three passes, each issuing independent loads: row -> id, id -> pool offsets, offsets -> bytes.
    constexpr size_t kAhead = 32;
    std::array<uint32_t, kExportBlock> ids;
    for (size_t k = 0; k < count; ++k) {
        if (k + kAhead < count)
            prefetch(columnIds + rows[k + kAhead]);
        ids[k] = columnIds[rows[k]];
        m_pool.prefetchEntry(ids[k]);
    }
    for (size_t k = 0; k < count; ++k) {
        out[k] = m_pool.view(ids[k]);
        prefetch(out[k].data());
    }
}

RowList SessionStore::filterRows(QStringView text, const std::vector<SessionColumn> &columns,
                                          const RowList *candidates) const
{
    const QByteArray utf8 = text.toUtf8();
    const std::string needle = StringPool::lowerUtf8(std::string_view(utf8.constData(), size_t(utf8.size())));
    RowList rows;
    if (needle.empty()) {
        if (candidates)
            return *candidates;
        rows.resize(size_t(rowCount()));
        std::iota(rows.begin(), rows.end(), 0);
        return rows;
    }

    std::vector<uint8_t> matches;
    m_pool.markMatches(needle, matches);

    std::vector<const uint32_t *> textColumns;
    std::vector<const qint64 *> timeColumns;
    for (SessionColumn c : columns) {
        if (SessionColumns::isTime(c))
            timeColumns.push_back(times(c).data());
        else
            textColumns.push_back(columnIds(c).data());
    }
    // A formatted time only holds digits and "-: ", so other needles skip the time columns.
    if (!couldMatchTime(needle) || needle.size() > size_t(TimeFormat::kLocalLength))
        timeColumns.clear();
    LocalTimeFormatter formatter;
    char buffer[TimeFormat::kLocalLength];
    const uint8_t *m = matches.data();

    auto accept = [&](int row) {
        for (const uint32_t *ids : textColumns) {
            if (m[ids[row]])
                return true;
        }
        for (const qint64 *t : timeColumns) {
            if (t[row] == kMissingTime)
                continue;
            formatter.write(t[row], buffer);
            if (std::string_view(buffer, sizeof buffer).find(needle) != std::string_view::npos)
                return true;
        }
        return false;
    };

    if (candidates) {
        for (int row : *candidates) {
            if (accept(row))
                rows.push_back(row);
        }
    } else {
        for (int row = 0; row < rowCount(); ++row) {
            if (accept(row))
                rows.push_back(row);
        }
    }
    return rows;
}

const RowList &SessionStore::ascendingRows(SessionColumn column) const
{
    const auto c = size_t(column);
    RowList &cached = m_sortCache[c];
    if (m_sortCacheVersion[c] == m_version + 1 && cached.size() == size_t(rowCount()))
        return cached;

    const int n = rowCount();
    cached.resize(size_t(n));
    std::iota(cached.begin(), cached.end(), 0);

    if (SessionColumns::isTime(column)) {
        // Missing times (INT64_MIN) must go last: compare as unsigned after flipping the
        // sign bit, with missing mapped to the maximum.
        const LargeVector<qint64> &keys = times(column);
        std::stable_sort(cached.begin(), cached.end(), [&keys](int a, int b) {
            const qint64 ka = keys[size_t(a)], kb = keys[size_t(b)];
            if (ka == kb)
                return false;
            if (ka == kMissingTime)
                return false;
            if (kb == kMissingTime)
                return true;
            return ka < kb;
        });
    } else {
        const LargeVector<uint32_t> &ids = columnIds(column);
        // Rank the distinct strings of this column once, then counting-sort the rows.
        std::vector<uint32_t> distinct;
        std::vector<uint8_t> seen(m_pool.size(), 0);
        for (uint32_t id : ids) {
            if (id != 0 && !seen[id]) {
                seen[id] = 1;
                distinct.push_back(id);
            }
        }
        std::sort(distinct.begin(), distinct.end(), [this](uint32_t a, uint32_t b) {
            return naturalCompare(m_pool.view(a), m_pool.view(b)) < 0;
        });
        std::vector<uint32_t> rank(m_pool.size(), uint32_t(distinct.size())); // empty -> last
        for (size_t r = 0; r < distinct.size(); ++r)
            rank[distinct[r]] = uint32_t(r);
        std::vector<uint32_t> bucketStart(distinct.size() + 2, 0);
        for (uint32_t id : ids)
            ++bucketStart[rank[id] + 1];
        std::partial_sum(bucketStart.begin(), bucketStart.end(), bucketStart.begin());
        for (int row = 0; row < n; ++row)
            cached[bucketStart[rank[ids[size_t(row)]]]++] = row;
    }
    m_sortCacheVersion[c] = m_version + 1;
    return cached;
}

RowList SessionStore::orderedRows(SessionColumn column, Qt::SortOrder order) const
{
    const RowList &ascending = ascendingRows(column);
    if (order == Qt::AscendingOrder)
        return ascending;

    // Descending keeps missing values last and ties in row order.
    auto isMissing = [&](int row) {
        return SessionColumns::isTime(column) ? time(row, column) == kMissingTime
                                              : columnIds(column)[size_t(row)] == 0;
    };
    auto firstMissing = std::find_if(ascending.begin(), ascending.end(), isMissing);
    RowList rows;
    rows.reserve(ascending.size());
    // Walk groups of equal keys from the back so ties stay ascending by row.
    auto sameKey = [&](int a, int b) {
        return SessionColumns::isTime(column) ? time(a, column) == time(b, column)
                                              : columnIds(column)[size_t(a)] == columnIds(column)[size_t(b)];
    };
    auto groupEnd = firstMissing;
    while (groupEnd != ascending.begin()) {
        auto groupBegin = groupEnd - 1;
        while (groupBegin != ascending.begin() && sameKey(*(groupBegin - 1), *groupBegin))
            --groupBegin;
        rows.insert(rows.end(), groupBegin, groupEnd);
        groupEnd = groupBegin;
    }
    rows.insert(rows.end(), firstMissing, ascending.end());
    return rows;
}

size_t SessionStore::memoryBytes() const
{
    size_t bytes = m_pool.memoryBytes();
    for (const auto &c : m_raw)
        bytes += c.capacity() * sizeof(uint32_t);
    for (const auto &c : m_derived)
        bytes += c.capacity() * sizeof(uint32_t);
    bytes += (m_loginAt.capacity() + m_endedAt.capacity()) * sizeof(qint64) + m_generation.capacity() * sizeof(uint32_t)
        + m_rowByKeyId.capacity() * sizeof(uint32_t);
    for (const auto &c : m_sortCache)
        bytes += c.capacity() * sizeof(int);
    return bytes;
}
