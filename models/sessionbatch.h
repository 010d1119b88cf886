// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session.h"

#include <QList>
#include <QSharedData>

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
 * interns from it on the GUI thread. Implicitly shared (copy-on-write), so handing it
 * through signals and queues copies a pointer, not the page.
 */
class SessionBatch final
{
public:
    using Fields = std::array<std::string_view, kRawFieldCount>;

    void reserve(size_t rows, size_t bytes);
    void add(const Fields &fields, qint64 loginAt, qint64 endedAt = kMissingTime);
    void add(const Session &session);

    int size() const { return int(d->loginAt.size()); }
    bool isEmpty() const { return d->loginAt.empty(); }
    std::string_view field(int row, RawField f) const
    {
        const Span &s = d->spans[size_t(row) * kRawFieldCount + size_t(f)];
        return {d->bytes.data() + s.offset, s.length};
    }
    qint64 loginAt(int row) const { return d->loginAt[size_t(row)]; }
    qint64 endedAt(int row) const { return d->endedAt[size_t(row)]; }
    Session session(int row) const;
    /// The row's session id, or its document id when the server sent none (as SessionStore::sessionId).
    QString sessionId(int row) const;

    /// The server's own JSON for each row, when the parser was asked to keep it (CLI
    /// --format json); empty otherwise. Never holds a live credential (parsers mask them).
    void addRaw(std::string json) { d->raw.push_back(std::move(json)); }
    bool hasRaw() const { return !d->raw.empty(); }
    std::string_view raw(int row) const { return size_t(row) < d->raw.size() ? std::string_view(d->raw[size_t(row)]) : std::string_view(); }

    static SessionBatch fromSessions(const QList<Session> &sessions);

    /// The server these sessions came from, in a view that merges several servers (the
    /// Server column, and part of each row's identity there). Kept outside the shared
    /// page, so tagging a page does not copy it.
    QString server() const { return m_server; }
    void setServer(const QString &server) { m_server = server; }

private:
    struct Span
    {
        uint32_t offset;
        uint32_t length;
    };
    struct Data : QSharedData
    {
        std::string bytes;
        std::vector<Span> spans;
        std::vector<qint64> loginAt;
        std::vector<qint64> endedAt;
        std::vector<std::string> raw;
    };
    QSharedDataPointer<Data> d{new Data};
    QString m_server;
};
