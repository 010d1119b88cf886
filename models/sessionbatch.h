// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session.h"

#include <QList>

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

/// The text fields a server sends for a session, in SessionBatch and SessionStore order.
enum class RawField : uint8_t {
    Id,
    SessionId,
    UserId,
    UserName,
    DeviceType,
    DeviceName,
    DeviceVersion,
    DeviceLongVersion,
    OsName,
    OsVersion,
    Host,
    Ip,
    Details, ///< kind-specific summary: duration and counts (OpenReplay), devices (Seam)
    Count
};
inline constexpr int kRawFieldCount = static_cast<int>(RawField::Count);

/**
 * A page of parsed sessions that owns its bytes: one UTF-8 buffer plus spans.
 * Parsers fill it off the GUI thread without creating a QString per field; the store
 * interns from it on the GUI thread. Cheap to move between threads.
 */
class SessionBatch final
{
public:
    using Fields = std::array<std::string_view, kRawFieldCount>;

    void reserve(size_t rows, size_t bytes);
    void add(const Fields &fields, qint64 loginAt, qint64 endedAt = kMissingTime);
    void add(const Session &session);

    int size() const { return int(m_loginAt.size()); }
    bool isEmpty() const { return m_loginAt.empty(); }
    std::string_view field(int row, RawField f) const
    {
        const Span &s = m_spans[size_t(row) * kRawFieldCount + size_t(f)];
        return {m_bytes.data() + s.offset, s.length};
    }
    qint64 loginAt(int row) const { return m_loginAt[size_t(row)]; }
    qint64 endedAt(int row) const { return m_endedAt[size_t(row)]; }
    Session session(int row) const;
    /// The row's session id, or its document id when the server sent none (as SessionStore::sessionId).
    QString sessionId(int row) const;

    /// The server's own JSON for each row, when the parser was asked to keep it (CLI
    /// --format json); empty otherwise. Never holds a live credential (parsers mask them).
    void addRaw(std::string json) { m_raw.push_back(std::move(json)); }
    bool hasRaw() const { return !m_raw.empty(); }
    std::string_view raw(int row) const { return size_t(row) < m_raw.size() ? std::string_view(m_raw[size_t(row)]) : std::string_view(); }

    static SessionBatch fromSessions(const QList<Session> &sessions);

private:
    struct Span
    {
        uint32_t offset;
        uint32_t length;
    };
    std::string m_bytes;
    std::vector<Span> m_spans;
    std::vector<qint64> m_loginAt;
    std::vector<qint64> m_endedAt;
    std::vector<std::string> m_raw;
};
