// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionstore.h"

#include "computepool.h"
#include "naturalcompare.h"
#include "timeformat.h"
#include "unaligned.h"

#include <algorithm>
#include <cstring>
#include <limits>
#include <numeric>
#include <unordered_map>

namespace {

/// matches (one byte, 0 or 1, per index) as bits: bit i of word i / 64 is matches[i].
std::vector<uint64_t> packBits(const std::vector<uint8_t> &matches)
{
    std::vector<uint64_t> bits((matches.size() + 63) / 64, 0);
    const size_t whole = matches.size() / 8;
    auto *bytes = reinterpret_cast<uint8_t *>(bits.data());
    for (size_t i = 0; i < whole; ++i) {
        uint64_t eight;
        std::memcpy(&eight, matches.data() + i * 8, 8);
        // Each of the eight bytes is 0 or 1; the product gathers byte k into bit 56 + k
        // without carries (little-endian, as every platform SessionDesk builds for).
        bytes[i] = uint8_t((eight * 0x0102040810204080ULL) >> 56);
    }
    for (size_t i = whole * 8; i < matches.size(); ++i)
        bits[i / 64] |= uint64_t(matches[i] != 0) << (i % 64);
    return bits;
}

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
    const uint64_t key = (uint64_t(a) << 32) | b;
    RecentDerived &recent = m_recentDerived[size_t(kind)][((key * 0x9E3779B97F4A7C15ULL) >> 56) % kRecentDerivedSize];
    if (recent.valid && recent.key == key)
        return recent.id;
    auto &cache = m_derivedCache[size_t(kind)];
    if (const auto it = cache.find(key); it != cache.end()) {
        recent = {key, it->second, true};
        return it->second;
    }
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
    recent = {key, id, true};
    return id;
}

void SessionStore::reserve(qint64 rows)
{
    if (rows <= rowCount() || rows > (qint64(1) << 31))
        return;
    const auto n = size_t(rows);
    m_records.reserve(n);
    m_cold.reserve(n);
    // Typically ids and addresses are distinct per session; the rest repeats.
    m_pool.reserve(n * 2);
    // Indexed by the pool id of a row's key, so it grows with the pool: room for as many.
    m_rowByKeyId.reserve(n * 2 + 2);
    // The rows will be appended from the GUI thread; their memory is faulted in beforehand,
    // once everything is mapped: mapping waits for the lock that faulting holds.
    m_records.prefaultCapacity();
    m_cold.prefaultCapacity();
    m_rowByKeyId.prefaultCapacity();
    m_pool.prefaultReserved();
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
            if (text.empty() || (RawField(f) == RawField::SessionId && Unaligned::equalText(text, batch.field(int(i), RawField::Id))))
                continue;
            const uint64_t hash = StringPool::hashOf(text);
            const CachedString &cached = m_fieldCache[size_t(f)][hash % kFieldCacheSize];
            const size_t slot = i * kRawFieldCount + size_t(f);
            if (cached.id != 0 && cached.hash == hash && m_pool.holds(cached.id, text)) {
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

std::string SessionStore::serverKey(std::string_view server, std::string_view id)
{
    std::string key;
    key.reserve(server.size() + 1 + id.size());
    key.append(server).push_back('\x1f'); // a control character no name or id contains
    key.append(id);
    return key;
}

uint32_t SessionStore::keyId(uint32_t serverId, uint32_t idKey, bool insert)
{
    if (serverId == 0)
        return idKey;
    const std::string key = serverKey(m_pool.view(serverId), m_pool.view(idKey));
    return insert ? m_pool.intern(key) : m_pool.find(key);
}

uint32_t SessionStore::findKeyId(QStringView server, QStringView sessionId) const
{
    const QByteArray id = sessionId.toUtf8();
    if (server.isEmpty())
        return m_pool.find(std::string_view(id.constData(), size_t(id.size())));
    const QByteArray name = server.toUtf8();
    return m_pool.find(serverKey(std::string_view(name.constData(), size_t(name.size())),
                                 std::string_view(id.constData(), size_t(id.size()))));
}

void SessionStore::indexRow(int row)
{
    uint32_t idKey = rawId(size_t(row), RawField::SessionId);
    if (idKey == 0)
        idKey = rawId(size_t(row), RawField::Id);
    const uint32_t key = keyId(m_records[size_t(row)].ids[ServerSlot], idKey, true);
    if (m_rowByKeyId.size() <= key) {
        m_rowByKeyId.resize(size_t(key) + 1); // zero: no row
    }
    m_rowByKeyId[key] = uint32_t(row) + 1;
}

SessionStore::UpsertResult SessionStore::upsert(const SessionBatch &batch, uint32_t generation)
{
    UpsertResult result;
    result.firstNewRow = rowCount();
    if (batch.isEmpty())
        return result;
    ++m_version;
    if (generation != m_countedGeneration) {
        m_countedGeneration = generation;
        m_rowsInCountedGeneration = 0;
    }

    internBatch(batch);
    const QByteArray serverName = batch.server().toUtf8();
    const uint32_t serverId = m_pool.intern(std::string_view(serverName.constData(), size_t(serverName.size())));
    for (int i = 0; i < batch.size(); ++i) {
        const uint32_t *ids = m_batchIds.data() + size_t(i) * kRawFieldCount;
        const uint32_t idKey = ids[size_t(RawField::SessionId)] ? ids[size_t(RawField::SessionId)]
                                                                 : ids[size_t(RawField::Id)];
        if (idKey == 0) {
            ++result.skipped;
            continue;
        }
        Record record;
        ColdRecord cold;
        for (int f = 0; f < kRawFieldCount; ++f) {
            const Place place = placeOf(RawField(f));
            (place.cold ? cold[place.index] : record.ids[place.index]) = ids[f];
        }
        record.ids[DeviceDisplaySlot] = derivedId(Derived::DeviceDisplay,
            ids[size_t(RawField::DeviceName)], ids[size_t(RawField::DeviceVersion)]);
        record.ids[OsDisplaySlot] = derivedId(Derived::OsDisplay,
            ids[size_t(RawField::OsName)], ids[size_t(RawField::OsVersion)]);
        record.ids[ClientTypeDisplaySlot] = derivedId(Derived::ClientTypeDisplay,
            ids[size_t(RawField::DeviceType)], 0);
        record.ids[ServerSlot] = serverId;
        record.generation = generation;
        record.loginAt = batch.loginAt(i);
        record.endedAt = batch.endedAt(i);

        const uint32_t key = keyId(serverId, idKey, true);
        const uint32_t existing = key < m_rowByKeyId.size() ? m_rowByKeyId[key] : 0;
        if (existing != 0) {
            const size_t row = existing - 1;
            Record &old = m_records[row];
            if (old.generation != generation)
                ++m_rowsInCountedGeneration;
            // The derived ids follow from the raw ones, so comparing these is enough.
            const bool changed = old.ids != record.ids || old.loginAt != record.loginAt
                || old.endedAt != record.endedAt || m_cold[row] != cold;
            if (changed) {
                countRow(old, m_cold[row], -1);
                countRow(record, cold, 1);
                old = record;
                m_cold[row] = cold;
                // Only rows that existed before this batch count as changed; a duplicate
                // inside the batch just overwrites its freshly inserted row.
                if (int(row) < result.firstNewRow)
                    result.changedRows.push_back(int(row));
            }
            old.generation = generation;
            continue;
        }
        m_records.push_back(record);
        ++m_rowsInCountedGeneration;
        m_cold.push_back(cold);
        countRow(record, cold, 1);
        indexRow(rowCount() - 1);
    }
    result.newRows = rowCount() - result.firstNewRow;
    std::sort(result.changedRows.begin(), result.changedRows.end());
    result.changedRows.erase(std::unique(result.changedRows.begin(), result.changedRows.end()),
                             result.changedRows.end());
    return result;
}

RowList SessionStore::rowsNotInGeneration(uint32_t generation, QStringView server) const
{
    RowList rows;
    // After a full load every row is in its generation: no need to look at each.
    if (generation == m_countedGeneration && m_rowsInCountedGeneration == size_t(rowCount()))
        return rows;
    uint32_t serverId = 0;
    if (!server.isEmpty()) {
        const QByteArray name = server.toUtf8();
        serverId = m_pool.find(std::string_view(name.constData(), size_t(name.size())));
        if (serverId == UINT32_MAX)
            return rows; // no row of that server
    }
    for (int row = 0; row < rowCount(); ++row) {
        const Record &record = m_records[size_t(row)];
        if (record.generation != generation && (server.isEmpty() || record.ids[ServerSlot] == serverId))
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
    for (int row : rows) {
        if (!drop[size_t(row)]) {
            countRow(m_records[size_t(row)], m_cold[size_t(row)], -1);
            m_rowsInCountedGeneration -= m_records[size_t(row)].generation == m_countedGeneration;
        }
        drop[size_t(row)] = 1;
    }

    auto compact = [&drop](auto &column) {
        size_t out = 0;
        for (size_t in = 0; in < column.size(); ++in) {
            if (!drop[in])
                column[out++] = column[in];
        }
        column.resize(out);
    };
    compact(m_records);
    compact(m_cold);

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

QString SessionStore::server(int row) const
{
    return toQString(m_pool.view(m_records[size_t(row)].ids[ServerSlot]));
}

int SessionStore::rowOf(QStringView sessionId, QStringView server) const
{
    const uint32_t id = findKeyId(server, sessionId);
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
    s.endedAt = time(row, SessionColumn::EndedAt);
    s.server = server(row);
    return s;
}

QString SessionStore::sessionId(int row) const
{
    std::string_view id = text(row, RawField::SessionId);
    if (id.empty())
        id = text(row, RawField::Id);
    return toQString(id);
}

size_t SessionStore::slotOf(SessionColumn column)
{
    switch (column) {
    case SessionColumn::SessionId:
        return SessionIdSlot;
    case SessionColumn::User:
        return UserIdSlot;
    case SessionColumn::UserName:
        return UserNameSlot;
    case SessionColumn::Device:
        return DeviceDisplaySlot;
    case SessionColumn::ClientType:
        return ClientTypeDisplaySlot;
    case SessionColumn::Os:
        return OsDisplaySlot;
    case SessionColumn::Ip:
        return IpSlot;
    case SessionColumn::Host:
        return HostSlot;
    case SessionColumn::Details:
        return DetailsSlot;
    case SessionColumn::Server:
        return ServerSlot;
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

void SessionStore::exportTexts(const int *rows, size_t count, const SessionColumn *columns, size_t columnCount,
                               std::string_view *out, char *timeBuffer, IsoUtcFormatter &formatter) const
{
    Q_ASSERT(count <= kExportBlock);
    // The records once for all columns; then per column two passes: the first reads the
    // records and starts loading the text entries they name, the second reads the entries
    // and starts loading the text, which formatting reads next.
    const Record *records = m_records.data();
    for (size_t k = 0; k < count; ++k)
        prefetch(records + rows[k]);
    std::array<uint32_t, kExportBlock> ids;
    for (size_t c = 0; c < columnCount; ++c) {
        const SessionColumn column = columns[c];
        std::string_view *texts = out + c * kExportBlock;
        if (SessionColumns::isTime(column)) {
            char *buffer = timeBuffer + c * kExportBlock * TimeFormat::kIsoUtcLength;
            for (size_t k = 0; k < count; ++k) {
                const qint64 t = timeOf(records[rows[k]], column);
                if (t == kMissingTime) {
                    texts[k] = {};
                    continue;
                }
                char *text = buffer + k * TimeFormat::kIsoUtcLength;
                formatter.write(t, text);
                texts[k] = {text, size_t(TimeFormat::kIsoUtcLength)};
            }
            continue;
        }
        const size_t slot = column == SessionColumn::ClientType ? size_t(DeviceTypeSlot) : slotOf(column);
        for (size_t k = 0; k < count; ++k) {
            ids[k] = records[rows[k]].ids[slot];
            m_pool.prefetchEntry(ids[k]);
        }
        for (size_t k = 0; k < count; ++k) {
            texts[k] = m_pool.view(ids[k]);
            // Formatting reads a cell's first and last bytes first; a text that crosses a
            // cache line needs both lines (a third of the export's stalls were the second).
            prefetch(texts[k].data());
            prefetch(texts[k].data() + (texts[k].empty() ? 0 : texts[k].size() - 1));
        }
    }
}

template<typename MakeAccept>
RowList SessionStore::selectRows(const RowList *candidates, int maxParts, MakeAccept makeAccept) const
{
    const size_t count = candidates ? candidates->size() : size_t(rowCount());
    const int parts = std::min(maxParts, parallelParts(count, kMinRowsPerPart));
    std::vector<RowList> found(static_cast<size_t>(parts));
    runInParallel(parts, [&](int part) {
        auto accept = makeAccept();
        const size_t begin = partStart(count, part, parts);
        const size_t end = partStart(count, part + 1, parts);
        RowList &rows = found[size_t(part)];
        if (!candidates) {
            for (size_t i = begin; i < end; ++i) {
                if (accept(int(i)))
                    rows.push_back(int(i));
            }
            return;
        }
        // Candidates are scattered rows (every tenth, or in a sort order): ask for the
        // records some rows ahead so that their cache misses overlap.
        constexpr size_t kAhead = 16;
        const int *rowsIn = candidates->data();
        for (size_t i = begin; i < end; ++i) {
            if (i + kAhead < end)
                prefetch(&m_records[size_t(rowsIn[i + kAhead])]);
            if (accept(rowsIn[i]))
                rows.push_back(rowsIn[i]);
        }
    });
    if (parts == 1)
        return std::move(found.front());
    size_t total = 0;
    for (const RowList &rows : found)
        total += rows.size();
    RowList rows;
    rows.reserve(total);
    for (const RowList &partRows : found)
        rows.insert(rows.end(), partRows.begin(), partRows.end());
    return rows;
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
    bool refining = false;
    {
        const std::lock_guard lock(m_lastSearchMutex.mutex);
        if (!m_lastSearch.needle.empty() && needle.find(m_lastSearch.needle) != std::string::npos) {
            matches = std::move(m_lastSearch.matches); // taken, not copied: it is put back below
            m_lastSearch.needle.clear();
            refining = true;
        }
    }
    if (refining)
        m_pool.refineMatches(needle, matches);
    else
        m_pool.markMatches(needle, matches);
    // One bit per string instead of a byte: the rows look up their strings' marks at
    // random, and eight times denser the marks stay in the core's own cache (2.3 million
    // strings: 280 KB instead of 2.3 MB; the byte look-ups were most of a keystroke).
    const std::vector<uint64_t> bits = packBits(matches);
    {
        const std::lock_guard lock(m_lastSearchMutex.mutex);
        m_lastSearch = {needle, std::move(matches)};
    }

    std::vector<size_t> textSlots;
    std::vector<SessionColumn> timeColumns;
    for (SessionColumn c : columns) {
        if (SessionColumns::isTime(c))
            timeColumns.push_back(c);
        else
            textSlots.push_back(slotOf(c));
    }
    // A formatted time only holds digits and "-: ", so other needles skip the time columns.
    if (!couldMatchTime(needle) || needle.size() > size_t(TimeFormat::kLocalLength))
        timeColumns.clear();
    const uint64_t *m = bits.data();
    // Reading a record and a bit per column is memory-bound: the parts run side by side.
    return selectRows(candidates, std::numeric_limits<int>::max(), [&] {
        return [&, formatter = LocalTimeFormatter()](int row) mutable {
            const Record &record = m_records[size_t(row)];
            for (const size_t slot : textSlots) {
                const uint32_t id = record.ids[slot];
                if ((m[id >> 6] >> (id & 63)) & 1)
                    return true;
            }
            for (const SessionColumn c : timeColumns) {
                const qint64 t = timeOf(record, c);
                if (t == kMissingTime)
                    continue;
                char buffer[TimeFormat::kLocalLength];
                formatter.write(t, buffer);
                if (std::string_view(buffer, sizeof buffer).find(needle) != std::string_view::npos)
                    return true;
            }
            return false;
        };
    });
}

RowList SessionStore::conditionRows(const SessionConditions &conditions, const RowList *candidates) const
{
    if (conditions.isEmpty()) {
        if (candidates)
            return *candidates;
        RowList all(static_cast<size_t>(rowCount()));
        std::iota(all.begin(), all.end(), 0);
        return all;
    }
    auto idOf = [this](const QString &text) {
        const QByteArray utf8 = text.toUtf8();
        return m_pool.find(std::string_view(utf8.constData(), size_t(utf8.size())));
    };
    std::vector<uint8_t> userMatches;
    if (!conditions.user.isEmpty()) {
        const QByteArray utf8 = conditions.user.toUtf8();
        m_pool.markMatches(StringPool::lowerUtf8(std::string_view(utf8.constData(), size_t(utf8.size()))), userMatches);
    }
    const uint32_t clientId = conditions.clientType.isEmpty() ? 0 : idOf(conditions.clientType);
    const uint32_t osNameId = conditions.osName.isEmpty() ? 0 : idOf(conditions.osName);
    if (clientId == UINT32_MAX || osNameId == UINT32_MAX)
        return {}; // no row has that value
    // Addresses repeat: judge each distinct one once (-1 = not judged yet).
    std::vector<int8_t> inNetwork;
    if (conditions.network)
        inNetwork.assign(m_pool.size(), -1);
    const qint64 from = conditions.startedFrom, to = conditions.startedTo;

    auto accept = [&](int row) {
        const Record &record = m_records[size_t(row)];
        if (from != kMissingTime && (record.loginAt == kMissingTime || record.loginAt < from))
            return false;
        if (to != kMissingTime && (record.loginAt == kMissingTime || record.loginAt >= to))
            return false;
        if (clientId && record.ids[ClientTypeDisplaySlot] != clientId)
            return false;
        if (!userMatches.empty() && !userMatches[record.ids[UserIdSlot]] && !userMatches[record.ids[UserNameSlot]])
            return false;
        if (osNameId && m_cold[size_t(row)][OsNameCold] != osNameId)
            return false;
        if (conditions.network) {
            const uint32_t ip = record.ids[IpSlot];
            int8_t &verdict = inNetwork[ip];
            if (verdict < 0) {
                const std::string_view text = m_pool.view(ip);
                const QHostAddress address(QString::fromUtf8(text.data(), qsizetype(text.size())));
                verdict = !address.isNull() && address.isInSubnet(*conditions.network) ? 1 : 0;
            }
            if (!verdict)
                return false;
        }
        return true;
    };
    // One part: the address verdicts are shared and filled in as rows are judged.
    return selectRows(candidates, 1, [&] { return accept; });
}

template<typename IdOf>
std::vector<SessionStore::ValueCount> SessionStore::countIds(const RowList *rows, IdOf idOf) const
{
    IdCounts counts;
    uint32_t lastId = UINT32_MAX; // runs of one value are common: count them without hashing
    int run = 0;
    auto add = [&](uint32_t id) {
        if (id == lastId) {
            ++run;
            return;
        }
        if (run)
            counts.add(lastId, run);
        lastId = id;
        run = 1;
    };
    forEachRow(rows, [&](int row) { add(idOf(size_t(row))); });
    if (run)
        counts.add(lastId, run);
    return valueCounts(counts);
}

std::vector<SessionStore::ValueCount> SessionStore::valueCounts(const IdCounts &counts) const
{
    std::vector<ValueCount> result;
    counts.forEach([&](uint32_t id, int count) {
        const std::string_view text = m_pool.view(id);
        result.push_back({QString::fromUtf8(text.data(), qsizetype(text.size())), count});
    });
    std::sort(result.begin(), result.end(), [](const ValueCount &a, const ValueCount &b) {
        return a.count != b.count ? a.count > b.count : a.value < b.value;
    });
    return result;
}

void SessionStore::countRow(const Record &record, const ColdRecord &cold, int delta)
{
    m_clientCounts.add(record.ids[slotOf(SessionColumn::ClientType)], delta);
    const Place os = placeOf(RawField::OsName);
    m_osCounts.add(os.cold ? cold[os.index] : record.ids[os.index], delta);
}

std::vector<SessionStore::ValueCount> SessionStore::valueCounts(SessionColumn column, const RowList *rows) const
{
    if (SessionColumns::isTime(column))
        return {};
    if (column == SessionColumn::ClientType && !rows)
        return valueCounts(m_clientCounts);
    const size_t slot = slotOf(column);
    return countIds(rows, [this, slot](size_t row) { return m_records[row].ids[slot]; });
}

std::vector<SessionStore::ValueCount> SessionStore::valueCounts(RawField field, const RowList *rows) const
{
    if (field == RawField::OsName && !rows)
        return valueCounts(m_osCounts);
    return countIds(rows, [this, field](size_t row) { return rawId(row, field); });
}

void SessionStore::sortByTime(SessionColumn column, Ordering &ordering) const
{
    // A stable LSD radix sort of (time - earliest, row) pairs: rows come in ascending
    // order, so equal times keep row order. Missing times go after all others. Large
    // tables are sorted in parts of consecutive rows side by side (collecting, backing
    // the fresh memory and the passes are all per part), then the parts are merged:
    // on ties the earlier part, whose rows come first, goes first.
    struct Entry
    {
        uint64_t key;
        int row;
    };
    struct Part
    {
        GrowableArray<Entry> entries, scratch;
        const Entry *sorted = nullptr; ///< entries or scratch, whichever the last pass wrote
        RowList missing;
        qint64 low = std::numeric_limits<qint64>::max();
    };
    const size_t n = m_records.size();
    const int partCount = parallelParts(n, kMinRowsPerPart);
    std::vector<Part> parts(static_cast<size_t>(partCount));
    runInParallel(partCount, [&](int p) {
        Part &part = parts[size_t(p)];
        const size_t begin = n * size_t(p) / size_t(partCount), end = n * size_t(p + 1) / size_t(partCount);
        GrowableArray<Entry> &entries = part.entries;
        entries.reserve(end - begin);
        qint64 high = std::numeric_limits<qint64>::min();
        for (size_t row = begin; row < end; ++row) {
            const qint64 t = timeOf(m_records[row], column);
            if (t == kMissingTime) {
                part.missing.push_back(int(row));
                continue;
            }
            part.low = std::min(part.low, t);
            high = std::max(high, t);
            entries.push_back({uint64_t(t), int(row)});
        }
        part.sorted = entries.data();
        if (entries.empty())
            return;
        for (Entry &e : entries)
            e.key -= uint64_t(part.low);
        const uint64_t range = uint64_t(high) - uint64_t(part.low);
        int bits = 0;
        while (bits < 64 && (range >> bits) != 0)
            ++bits;
        constexpr int kMaxDigitBits = 11;
        const int passes = (bits + kMaxDigitBits - 1) / kMaxDigitBits;
        const int digitBits = passes ? (bits + passes - 1) / passes : 0;
        const size_t count = entries.size();
        Entry *from = entries.data();
        Entry *to = part.scratch.appendSpace(count); // each pass writes every entry
        part.scratch.setEnd(to + count);
        std::vector<size_t> counts(size_t(1) << digitBits);
        for (int pass = 0; pass < passes; ++pass) {
            const int shift = pass * digitBits;
            const uint64_t mask = (uint64_t(1) << digitBits) - 1;
            std::fill(counts.begin(), counts.end(), 0);
            for (size_t i = 0; i < count; ++i)
                ++counts[(from[i].key >> shift) & mask];
            size_t start = 0;
            for (size_t &bucket : counts)
                start += std::exchange(bucket, start);
            for (size_t i = 0; i < count; ++i)
                to[counts[(from[i].key >> shift) & mask]++] = from[i];
            std::swap(from, to);
        }
        part.sorted = from;
    });

    // Merge the parts by time (as times: each part's keys count from its own earliest).
    const auto timeAt = [&](size_t p, size_t i) { return qint64(parts[p].sorted[i].key + uint64_t(parts[p].low)); };
    std::vector<size_t> next(parts.size(), 0);
    size_t out = 0;
    qint64 previous = 0;
    for (;;) {
        size_t best = parts.size();
        for (size_t p = 0; p < parts.size(); ++p) {
            if (next[p] < parts[p].entries.size() && (best == parts.size() || timeAt(p, next[p]) < timeAt(best, next[best])))
                best = p;
        }
        if (best == parts.size())
            break;
        const qint64 t = timeAt(best, next[best]);
        if (out == 0 || t != previous)
            ordering.markGroupStart(out);
        previous = t;
        ordering.rows[out++] = parts[best].sorted[next[best]++].row;
    }
    ordering.missingFrom = out;
    for (const Part &part : parts) {
        for (int row : part.missing)
            ordering.rows[out++] = row;
    }
}

void SessionStore::sortByText(SessionColumn column, Ordering &ordering) const
{
    // Rank the distinct strings of this column once, then counting-sort the rows by rank
    // (stable, so ties keep row order). The empty string ranks last: missing values.
    const size_t slot = slotOf(column);
    std::vector<uint32_t> distinct;
    std::vector<uint8_t> seen(m_pool.size(), 0);
    for (const Record &record : m_records) {
        const uint32_t id = record.ids[slot];
        if (id != 0 && !seen[id]) {
            seen[id] = 1;
            distinct.push_back(id);
        }
    }
    const auto before = [this](uint32_t a, uint32_t b) { return naturalCompare(m_pool.view(a), m_pool.view(b)) < 0; };
    // Comparing texts is most of a first sort: the parts are sorted side by side, then
    // merged (a million distinct ids: about half the time on two cores).
    const int parts = parallelParts(distinct.size(), kMinRowsPerPart);
    const auto partBegin = [&](int part) {
        return distinct.begin() + ptrdiff_t(partStart(distinct.size(), part, parts));
    };
    runInParallel(parts, [&](int part) { std::sort(partBegin(part), partBegin(part + 1), before); });
    for (int part = 1; part < parts; ++part)
        std::inplace_merge(distinct.begin(), partBegin(part), partBegin(part + 1), before);
    std::vector<uint32_t> rank(m_pool.size(), uint32_t(distinct.size()));
    for (size_t r = 0; r < distinct.size(); ++r)
        rank[distinct[r]] = uint32_t(r);
    std::vector<uint32_t> bucketStart(distinct.size() + 2, 0);
    for (const Record &record : m_records)
        ++bucketStart[rank[record.ids[slot]] + 1];
    std::partial_sum(bucketStart.begin(), bucketStart.end(), bucketStart.begin());
    for (size_t r = 0; r < distinct.size(); ++r) {
        if (bucketStart[r] != bucketStart[r + 1])
            ordering.markGroupStart(bucketStart[r]);
    }
    ordering.missingFrom = bucketStart[distinct.size()];
    for (size_t row = 0; row < m_records.size(); ++row)
        ordering.rows[bucketStart[rank[m_records[row].ids[slot]]]++] = int(row);
}

const SessionStore::Ordering &SessionStore::ascendingRows(SessionColumn column) const
{
    Ordering &ordering = m_sortCache[size_t(column)];
    if (ordering.version == m_version + 1)
        return ordering;
    const size_t n = m_records.size();
    ordering.rows.resize(n);
    ordering.groupStarts.assign((n + 63) / 64, 0);
    if (SessionColumns::isTime(column))
        sortByTime(column, ordering);
    else
        sortByText(column, ordering);
    ordering.version = m_version + 1;
    return ordering;
}

namespace {

/// The first position in [from, end) whose bit in marks is set (or clear); end if none.
size_t nextRunMark(const uint64_t *marks, size_t from, size_t end, bool set)
{
    while (from < end) {
        uint64_t word = marks[from / 64];
        if (!set)
            word = ~word;
        word &= ~uint64_t(0) << (from % 64);
        if (word)
            return std::min(end, from - from % 64 + size_t(__builtin_ctzll(word)));
        from += 64 - from % 64;
    }
    return end;
}

/**
 * rows in descending order, given them in ascending order: the first valued of them have
 * a value, and bit i of groupStarts is set where rows[i] starts a run of equal values.
 * The runs come in reverse, each still ascending by row, then the rows without a value.
 */
RowList descendingOrder(const int *rows, size_t count, size_t valued, const uint64_t *groupStarts)
{
    // The rows with a value are reversed as a whole, then the runs longer than one row are
    // turned around again; only the run marks are read to find those, a 64-row word at a
    // time (most values are distinct).
    RowList out;
    out.reserve(count); // written once, not cleared first (4 MB per million rows)
    out.insert(out.end(), std::make_reverse_iterator(rows + valued), std::make_reverse_iterator(rows));
    out.insert(out.end(), rows + valued, rows + count);
    const auto nextMark = [&](size_t from, bool set) { return nextRunMark(groupStarts, from, valued, set); };
    size_t runEnd = 0;
    while (runEnd < valued) {
        const size_t continues = nextMark(runEnd + 1, false); // a row in the same run as the one before
        if (continues >= valued)
            break;
        const size_t runBegin = continues - 1;
        runEnd = nextMark(continues + 1, true);
        std::reverse(out.begin() + ptrdiff_t(valued - runEnd), out.begin() + ptrdiff_t(valued - runBegin));
    }
    return out;
}

} // namespace

RowList SessionStore::orderedRows(SessionColumn column, Qt::SortOrder order) const
{
    const std::lock_guard<std::mutex> lock(m_sortCacheMutex.mutex);
    const Ordering &ascending = ascendingRows(column);
    if (order == Qt::AscendingOrder)
        return ascending.rows;
    return descendingOrder(ascending.rows.data(), ascending.rows.size(), ascending.missingFrom,
                           ascending.groupStarts.data());
}

size_t SessionStore::positionInOtherOrder(SessionColumn column, Qt::SortOrder from, size_t position) const
{
    const std::lock_guard<std::mutex> lock(m_sortCacheMutex.mutex);
    const Ordering &ascending = ascendingRows(column);
    const size_t valued = ascending.missingFrom;
    if (position >= valued)
        return position; // rows without a value come last, in row order, both ways
    // The run of equal values holding the row, as positions [begin, end) of the
    // ascending order. The descending order has the runs in reverse, each kept as it is.
    const bool fromAscending = from == Qt::AscendingOrder;
    const size_t at = fromAscending ? position : valued - 1 - position;
    const uint64_t *starts = ascending.groupStarts.data();
    size_t word = at / 64;
    uint64_t bits = starts[word] & (~uint64_t(0) >> (63 - at % 64)); // marks at or before at
    while (bits == 0) // position 0 always starts a run
        bits = starts[--word];
    const size_t begin = word * 64 + 63 - size_t(__builtin_clzll(bits));
    const size_t end = nextRunMark(starts, at + 1, valued, true);
    return fromAscending ? valued - end + (position - begin) : begin + (position - (valued - end));
}

RowList SessionStore::orderedRows(SessionColumn column, Qt::SortOrder order, const RowList &subset) const
{
    // The subset as bits (128 KB for a million rows, in the core's cache), then one pass
    // over the cached ascending order picks its rows: no copy of the whole order.
    std::vector<uint64_t> keep((m_records.size() + 63) / 64, 0);
    for (const int row : subset)
        keep[size_t(row) / 64] |= uint64_t(1) << (size_t(row) % 64);
    const bool descending = order == Qt::DescendingOrder;
    RowList rows(subset.size());
    std::vector<uint64_t> starts(descending ? (subset.size() + 63) / 64 : 0, 0); // runs among the rows picked
    size_t picked = 0;
    size_t valued = 0;
    const std::lock_guard<std::mutex> lock(m_sortCacheMutex.mutex);
    const Ordering &ascending = ascendingRows(column);
    bool runStarted = false; // since the last row picked
    for (size_t i = 0; i < ascending.rows.size(); ++i) {
        runStarted = runStarted || ascending.startsGroup(i);
        const int row = ascending.rows[i];
        if (!((keep[size_t(row) / 64] >> (size_t(row) % 64)) & 1))
            continue;
        if (descending && runStarted)
            starts[picked / 64] |= uint64_t(1) << (picked % 64);
        runStarted = false;
        if (i < ascending.missingFrom)
            valued = picked + 1;
        rows[picked++] = row;
    }
    rows.resize(picked);
    if (!descending)
        return rows;
    return descendingOrder(rows.data(), rows.size(), valued, starts.data());
}

size_t SessionStore::memoryBytes() const
{
    size_t bytes = m_pool.memoryBytes() + m_records.capacity() * sizeof(Record) + m_cold.capacity() * sizeof(ColdRecord)
        + m_rowByKeyId.capacity() * sizeof(uint32_t);
    const std::lock_guard<std::mutex> lock(m_sortCacheMutex.mutex);
    for (const Ordering &o : m_sortCache)
        bytes += o.rows.capacity() * sizeof(int) + o.groupStarts.capacity() * sizeof(uint64_t);
    return bytes;
}
