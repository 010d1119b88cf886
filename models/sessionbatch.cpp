// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionbatch.h"

namespace {
QString toQString(std::string_view v)
{
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

/**
 * Reserves room for @p n elements and writes the room once; @p v keeps its contents.
 *
 * A page is parsed into memory the heap recycles from pages the storing thread has just
 * read, so its cache lines are in the other core's cache (or were evicted to memory),
 * not in this one's. Filled field by field, each line became an ownership request that
 * stalled the parse thread's stores: parsing took 1.5-2 times as long while pages were
 * stored as alone (the stall was on writing each field's span). One memset claims all
 * the lines in a stream, and the appends then write to lines this core already holds.
 */
template<typename Container>
void reserveWritten(Container &v, size_t n)
{
    const size_t used = v.size();
    if (n <= used)
        return;
    v.resize(n); // the new room is written (zeroed) here
    v.resize(used); // and given back, keeping the capacity
}
} // namespace

void SessionBatch::reserve(size_t rows, size_t bytes)
{
    reserveWritten(d->bytes, bytes);
    reserveWritten(d->spans, rows * kRawFieldCount);
    reserveWritten(d->loginAt, rows);
    reserveWritten(d->endedAt, rows);
}

void SessionBatch::add(const Fields &fields, qint64 loginAt, qint64 endedAt)
{
    Data &data = *d;
    for (const std::string_view &f : fields) {
        data.spans.push_back({uint32_t(data.bytes.size()), uint32_t(f.size())});
        data.bytes.append(f);
    }
    data.loginAt.push_back(loginAt);
    data.endedAt.push_back(endedAt);
}

void SessionBatch::add(const Session &s)
{
    const QByteArray parts[kRawFieldCount] = {
        s.id.toUtf8(),         s.sessionId.toUtf8(),     s.userId.toUtf8(),
        s.userName.toUtf8(),   s.deviceType.toUtf8(),    s.deviceName.toUtf8(),
        s.deviceVersion.toUtf8(), s.deviceLongVersion.toUtf8(), s.osName.toUtf8(),
        s.osVersion.toUtf8(),  s.host.toUtf8(),          s.ip.toUtf8(),
        s.details.toUtf8(),
    };
    Fields fields;
    for (int i = 0; i < kRawFieldCount; ++i)
        fields[size_t(i)] = std::string_view(parts[i].constData(), size_t(parts[i].size()));
    add(fields, s.loginAt, s.endedAt);
}

QString SessionBatch::sessionId(int row) const
{
    std::string_view id = field(row, RawField::SessionId);
    if (id.empty())
        id = field(row, RawField::Id);
    return QString::fromUtf8(id.data(), qsizetype(id.size()));
}

Session SessionBatch::session(int row) const
{
    Session s;
    s.id = toQString(field(row, RawField::Id));
    s.sessionId = toQString(field(row, RawField::SessionId));
    s.userId = toQString(field(row, RawField::UserId));
    s.userName = toQString(field(row, RawField::UserName));
    s.deviceType = toQString(field(row, RawField::DeviceType));
    s.deviceName = toQString(field(row, RawField::DeviceName));
    s.deviceVersion = toQString(field(row, RawField::DeviceVersion));
    s.deviceLongVersion = toQString(field(row, RawField::DeviceLongVersion));
    s.osName = toQString(field(row, RawField::OsName));
    s.osVersion = toQString(field(row, RawField::OsVersion));
    s.host = toQString(field(row, RawField::Host));
    s.ip = toQString(field(row, RawField::Ip));
    s.details = toQString(field(row, RawField::Details));
    s.loginAt = loginAt(row);
    s.endedAt = endedAt(row);
    return s;
}

SessionBatch SessionBatch::fromSessions(const QList<Session> &sessions)
{
    SessionBatch batch;
    for (const Session &s : sessions)
        batch.add(s);
    return batch;
}
