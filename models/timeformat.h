// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <array>
#include <limits>
#include <string_view>
#include <unordered_map>

/**
 * Allocation-free time formatting for hot paths (filtering a million rows, CSV export).
 * Output is identical to SessionFormat::localTime()/isoUtc(), which use these too.
 */
namespace TimeFormat {
inline constexpr int kIsoUtcLength = 24;   // 2023-05-23T16:33:45.202Z
inline constexpr int kLocalLength = 19;    // 2023-05-23 18:33:45

/// Writes exactly kIsoUtcLength chars. Years outside 0..9999 are clamped.
void writeIsoUtc(qint64 epochMs, char *out);
/// Civil time for epoch seconds shifted by offsetSeconds; writes kLocalLength chars.
void writeCivil(qint64 epochSeconds, char *out);
}

/**
 * TimeFormat::writeIsoUtc() for many values: the date part is remembered for the last 64
 * days seen, so most values only format their time of day. Not thread-safe; one per thread.
 */
class IsoUtcFormatter final
{
public:
    void write(qint64 epochMs, char *out);

private:
    struct Day
    {
        qint64 day = std::numeric_limits<qint64>::min();
        char date[11]; ///< "YYYY-MM-DDT"
    };
    std::array<Day, 64> m_days;
};

/**
 * Local-time formatter that asks the time zone database once per quarter hour of
 * wall time seen (DST transitions fall on those boundaries) and formats by hand.
 * Not thread-safe; use one per thread.
 */
class LocalTimeFormatter final
{
public:
    void write(qint64 epochMs, char *out);

private:
    int offsetSeconds(qint64 epochMs);
    std::unordered_map<qint64, int> m_offsetByBucket;
};
