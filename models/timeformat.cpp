// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeformat.h"

#include <QDateTime>

#include <algorithm>
#include <cstring>

namespace {

// Howard Hinnant's days_from_civil inverse: proleptic Gregorian date of a day count.
void civilFromDays(qint64 z, int &y, unsigned &m, unsigned &d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 yy = static_cast<qint64>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y = static_cast<int>(std::clamp<qint64>(yy + (m <= 2), 0, 9999));
}

inline void put2(char *out, unsigned v)
{
    out[0] = char('0' + v / 10);
    out[1] = char('0' + v % 10);
}

/// "hh:mm:ss" at out[11, 19), the time part of both formats.
void writeTimeOfDay(unsigned secOfDay, char *out)
{
    put2(out + 11, secOfDay / 3600);
    out[13] = ':';
    put2(out + 14, (secOfDay / 60) % 60);
    out[16] = ':';
    put2(out + 17, secOfDay % 60);
}

/// ".mmmZ" at out[19, 24), the end of an ISO 8601 UTC time.
void writeMillisUtc(unsigned ms, char *out)
{
    out[19] = '.';
    out[20] = char('0' + ms / 100);
    out[21] = char('0' + (ms / 10) % 10);
    out[22] = char('0' + ms % 10);
    out[23] = 'Z';
}

inline qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

} // namespace

namespace TimeFormat {

void writeCivil(qint64 epochSeconds, char *out)
{
    const qint64 days = floorDiv(epochSeconds, 86400);
    const auto secOfDay = static_cast<unsigned>(epochSeconds - days * 86400);
    int y;
    unsigned m, d;
    civilFromDays(days, y, m, d);
    put2(out, unsigned(y / 100));
    put2(out + 2, unsigned(y % 100));
    out[4] = '-';
    put2(out + 5, m);
    out[7] = '-';
    put2(out + 8, d);
    out[10] = ' ';
    writeTimeOfDay(secOfDay, out);
}

void writeIsoUtc(qint64 epochMs, char *out)
{
    const qint64 secs = floorDiv(epochMs, 1000);
    const auto ms = static_cast<unsigned>(epochMs - secs * 1000);
    writeCivil(secs, out);
    out[10] = 'T';
    writeMillisUtc(ms, out);
}

} // namespace TimeFormat

void IsoUtcFormatter::write(qint64 epochMs, char *out)
{
    constexpr qint64 kFarOut = qint64(1) << 56; // day arithmetic below stays far from overflow
    if (epochMs < -kFarOut || epochMs > kFarOut)
        return TimeFormat::writeIsoUtc(epochMs, out);
    const qint64 day = floorDiv(epochMs, 86'400'000);
    Day &cached = m_days[size_t(day) % m_days.size()];
    if (cached.day != day) {
        TimeFormat::writeIsoUtc(epochMs, out);
        cached.day = day;
        std::memcpy(cached.date, out, sizeof cached.date);
        return;
    }
    std::memcpy(out, cached.date, sizeof cached.date);
    const auto msOfDay = unsigned(epochMs - day * 86'400'000);
    writeTimeOfDay(msOfDay / 1000, out);
    writeMillisUtc(msOfDay % 1000, out);
}

int LocalTimeFormatter::offsetSeconds(qint64 epochMs)
{
    constexpr qint64 kBucketMs = 15 * 60 * 1000;
    const qint64 bucket = floorDiv(epochMs, kBucketMs);
    auto it = m_offsetByBucket.find(bucket);
    if (it != m_offsetByBucket.end())
        return it->second;
    const int offset = QDateTime::fromMSecsSinceEpoch(epochMs, Qt::LocalTime).offsetFromUtc();
    m_offsetByBucket.emplace(bucket, offset);
    return offset;
}

void LocalTimeFormatter::write(qint64 epochMs, char *out)
{
    TimeFormat::writeCivil(floorDiv(epochMs, 1000) + offsetSeconds(epochMs), out);
}
