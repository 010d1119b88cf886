// SPDX-License-Identifier: GPL-3.0-or-later
#include "session.h"

#include "timeformat.h"

#include <QCoreApplication>
#include <QDateTime>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace {

struct ColumnInfo
{
    QLatin1StringView key;
    const char *title;
};

// Titles are marked for translation here and translated in SessionColumns::title().
const std::array<ColumnInfo, kSessionColumnCount> kColumns = {{
    {"sessionId"_L1, QT_TRANSLATE_NOOP("SessionColumns", "Session ID")},
    {"userId"_L1, QT_TRANSLATE_NOOP("SessionColumns", "User")},
    {"userName"_L1, QT_TRANSLATE_NOOP("SessionColumns", "User name")},
    {"device"_L1, QT_TRANSLATE_NOOP("SessionColumns", "Device")},
    {"clientType"_L1, QT_TRANSLATE_NOOP("SessionColumns", "Client type")},
    {"os"_L1, QT_TRANSLATE_NOOP("SessionColumns", "Operating system")},
    {"ip"_L1, QT_TRANSLATE_NOOP("SessionColumns", "IP / location")},
    {"host"_L1, QT_TRANSLATE_NOOP("SessionColumns", "Host")},
    {"startedAt"_L1, QT_TRANSLATE_NOOP("SessionColumns", "Started")},
    {"endedAt"_L1, QT_TRANSLATE_NOOP("SessionColumns", "Ended")},
    {"details"_L1, QT_TRANSLATE_NOOP("SessionColumns", "Details")},
    {"server"_L1, QT_TRANSLATE_NOOP("SessionColumns", "Server")},
}};

QString joinNonEmpty(QStringView a, QStringView b)
{
    if (a.isEmpty())
        return b.toString();
    if (b.isEmpty())
        return a.toString();
    return a.toString() + u' ' + b.toString();
}

// Inline digit by digit: every session carries a time or two, and std::from_chars per
// field was most of parsing one.
inline bool parseDigits(std::string_view s, size_t pos, size_t count, int &value)
{
    if (pos + count > s.size())
        return false;
    int v = 0;
    for (size_t i = pos; i < pos + count; ++i) {
        const auto digit = static_cast<unsigned>(static_cast<unsigned char>(s[i]) - '0');
        if (digit > 9)
            return false;
        v = v * 10 + int(digit);
    }
    value = v;
    return true;
}

qint64 daysFromCivil(int y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return qint64(era) * 146097 + qint64(doe) - 719468;
}

// Fast path for "YYYY-MM-DDTHH:MM:SS[.fraction][Z|+HH:MM|+HHMM]" (what all three servers emit).
bool parseIsoFast(std::string_view s, qint64 &out)
{
    int y, mo, d, h, mi, sec;
    if (s.size() < 19 || s[4] != '-' || s[7] != '-' || (s[10] != 'T' && s[10] != ' ')
        || s[13] != ':' || s[16] != ':')
        return false;
    if (!parseDigits(s, 0, 4, y) || !parseDigits(s, 5, 2, mo) || !parseDigits(s, 8, 2, d)
        || !parseDigits(s, 11, 2, h) || !parseDigits(s, 14, 2, mi) || !parseDigits(s, 17, 2, sec))
        return false;
    if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 60)
        return false;
    size_t pos = 19;
    int ms = 0;
    if (pos < s.size() && s[pos] == '.') {
        ++pos;
        int digits = 0;
        while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
            if (digits < 3)
                ms = ms * 10 + (s[pos] - '0');
            ++digits;
            ++pos;
        }
        if (digits == 0)
            return false;
        for (int i = digits; i < 3; ++i)
            ms *= 10;
    }
    int offsetSeconds = 0;
    if (pos < s.size()) {
        const char sign = s[pos];
        if (sign == 'Z' || sign == 'z') {
            ++pos;
        } else if (sign == '+' || sign == '-') {
            int oh, om = 0;
            if (!parseDigits(s, pos + 1, 2, oh))
                return false;
            size_t next = pos + 3;
            if (next < s.size() && s[next] == ':')
                ++next;
            if (next < s.size()) {
                if (!parseDigits(s, next, 2, om))
                    return false;
                next += 2;
            }
            if (oh > 23 || om > 59)
                return false;
            offsetSeconds = (oh * 3600 + om * 60) * (sign == '-' ? -1 : 1);
            pos = next;
        } else {
            return false;
        }
    }
    if (pos != s.size())
        return false;
    const qint64 days = daysFromCivil(y, unsigned(mo), unsigned(d));
    out = ((days * 86400 + h * 3600 + mi * 60 + sec) - offsetSeconds) * 1000 + ms;
    return true;
}

} // namespace

namespace SessionColumns {

QString key(SessionColumn column)
{
    return QString(kColumns.at(static_cast<size_t>(column)).key);
}

QString title(SessionColumn column)
{
    return QCoreApplication::translate("SessionColumns", kColumns.at(static_cast<size_t>(column)).title);
}

bool fromKey(QStringView key, SessionColumn *column)
{
    for (int i = 0; i < kSessionColumnCount; ++i) {
        if (key.compare(kColumns[size_t(i)].key, Qt::CaseInsensitive) == 0) {
            *column = static_cast<SessionColumn>(i);
            return true;
        }
    }
    return false;
}

bool isTime(SessionColumn column)
{
    return column == SessionColumn::StartedAt || column == SessionColumn::EndedAt;
}

std::vector<SessionColumn> all()
{
    std::vector<SessionColumn> columns;
    for (int c = 0; c < kSessionColumnCount; ++c) {
        if (static_cast<SessionColumn>(c) != SessionColumn::Server)
            columns.push_back(static_cast<SessionColumn>(c));
    }
    return columns;
}

} // namespace SessionColumns

namespace SessionFormat {

QString clientType(QStringView rawType)
{
    if (rawType == u"browser")
        return QCoreApplication::translate("SessionFormat", "Browser");
    if (rawType == u"mobile-app")
        return QCoreApplication::translate("SessionFormat", "Mobile app");
    if (rawType == u"desktop-app")
        return QCoreApplication::translate("SessionFormat", "Desktop app");
    if (rawType == u"mobile")
        return QCoreApplication::translate("SessionFormat", "Mobile browser");
    return rawType.toString();
}

QString device(QStringView name, QStringView version)
{
    return joinNonEmpty(name, version);
}

QString os(QStringView name, QStringView version)
{
    return joinNonEmpty(name, version);
}

QString localTime(qint64 epochMs)
{
    if (epochMs == kMissingTime)
        return {};
    thread_local LocalTimeFormatter formatter;
    char buffer[TimeFormat::kLocalLength];
    formatter.write(epochMs, buffer);
    return QString::fromLatin1(buffer, TimeFormat::kLocalLength);
}

QString isoUtc(qint64 epochMs)
{
    if (epochMs == kMissingTime)
        return {};
    char buffer[TimeFormat::kIsoUtcLength];
    TimeFormat::writeIsoUtc(epochMs, buffer);
    return QString::fromLatin1(buffer, TimeFormat::kIsoUtcLength);
}

qint64 parseIsoTime(std::string_view text)
{
    qint64 ms;
    if (parseIsoFast(text, ms))
        return ms;
    // Rare forms (week dates, no seconds, ...): let Qt try before giving up.
    const QDateTime dt = QDateTime::fromString(QString::fromUtf8(text.data(), qsizetype(text.size())),
                                               Qt::ISODateWithMs);
    if (!dt.isValid())
        return kMissingTime;
    return dt.toMSecsSinceEpoch();
}

} // namespace SessionFormat
