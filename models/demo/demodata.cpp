// SPDX-License-Identifier: GPL-3.0-or-later
#include "demodata.h"

#include "timeformat.h"

#include <algorithm>
#include <charconv>
#include <cstring>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace {

/// Writes value in base (10 or 16, lower case, no leading zeros) at out; returns the digit count.
int writeNumber(quint64 value, char *out, int base = 10)
{
    return int(std::to_chars(out, out + 20, value, base).ptr - out); // 20 digits hold any quint64
}


struct DeviceProfile
{
    const char *type;
    const char *name;
    const char *versions[3];
    const char *os;
    const char *osVersions[3];
    int weight;
};

const std::array<DeviceProfile, 10> kDevices = {{
    {"browser", "Chrome", {"124.0.6367", "126.0.6478", "128.0.6613"}, "Windows", {"10", "11", "11"}, 22},
    {"browser", "Chrome", {"124.0.6367", "126.0.6478", "128.0.6613"}, "Mac OS", {"13.6", "14.4", "14.5"}, 10},
    {"browser", "Firefox", {"125.0", "126.0.1", "128.0"}, "Linux", {"x86_64", "x86_64", "aarch64"}, 8},
    {"browser", "Safari", {"17.4", "17.5", "17.6"}, "Mac OS", {"14.4", "14.5", "14.6"}, 8},
    {"browser", "Edge", {"124.0.2478", "126.0.2592", "127.0.2651"}, "Windows", {"10", "11", "11"}, 7},
    {"mobile-app", "Rocket.Chat", {"4.48.0", "4.49.1", "4.50.0"}, "iOS", {"17.4", "17.5", "17.6"}, 14},
    {"mobile-app", "Rocket.Chat", {"4.48.0", "4.49.1", "4.50.0"}, "Android", {"12", "13", "14"}, 14},
    {"desktop-app", "Rocket.Chat Desktop", {"3.9.14", "4.0.2", "4.1.0"}, "Windows", {"10", "11", "11"}, 9},
    {"desktop-app", "Rocket.Chat Desktop", {"3.9.14", "4.0.2", "4.1.0"}, "Mac OS", {"13.6", "14.5", "14.6"}, 5},
    {"mobile", "Chrome", {"124.0.6367", "125.0.6422", "126.0.6478"}, "Android", {"13", "14", "14"}, 3},
}};

constexpr int kTotalWeight = 22 + 10 + 8 + 8 + 7 + 14 + 14 + 9 + 5 + 3;

const std::array<const char *, 24> kFirstNames = {
    "anna", "ben", "chloe", "david", "elena", "farid", "grace", "hiro", "ines", "jonas", "kemal", "lena",
    "martin", "nadia", "oscar", "priya", "quentin", "rosa", "sven", "tariq", "ursula", "vera", "wei", "zoe"};
const std::array<const char *, 16> kLastNames = {
    "schmidt", "dubois", "rossi", "garcia", "nowak", "martin", "kowalski", "silva",
    "novak", "jensen", "moreau", "fischer", "costa", "yilmaz", "tanaka", "okafor"};

const DeviceProfile &pickDevice(quint64 r)
{
    int w = int(r % kTotalWeight);
    for (const DeviceProfile &d : kDevices) {
        if (w < d.weight)
            return d;
        w -= d.weight;
    }
    return kDevices[0];
}

} // namespace

DemoData::DemoData(quint64 seed, qint64 sessionCount, qint64 referenceTimeMs)
    : m_seed(seed)
    , m_count(sessionCount)
    , m_referenceTimeMs(referenceTimeMs)
    , m_userCount(std::max<qint64>(1, sessionCount / 6))
{
}

void DemoData::writeMeteorId(quint64 seed, quint64 salt, char *out)
{
    static const char alphabet[] = "23456789ABCDEFGHJKLMNPQRSTWXYZabcdefghijkmnopqrstuvwxyz";
    constexpr quint64 size = sizeof alphabet - 1;
    quint64 r = mix(seed ^ mix(salt));
    for (int i = 0; i < 17; ++i) {
        if (i == 8)
            r = mix(r);
        out[i] = alphabet[r % size];
        r /= size;
    }
}

QString DemoData::meteorId(quint64 seed, quint64 salt)
{
    char id[17];
    writeMeteorId(seed, salt, id);
    return QString::fromLatin1(id, 17);
}

quint64 DemoData::mix(quint64 x)
{
    // splitmix64 finalizer
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

QString DemoData::userId() const
{
    return meteorId(m_seed, 0xADD1CE);
}

QString DemoData::authToken() const
{
    return meteorId(m_seed, 0x70CE1) + meteorId(m_seed, 0x70CE2) + u"_demo"_s;
}

DemoData::Record DemoData::record(qint64 index) const
{
    const quint64 r1 = mix(m_seed * 0x100000001b3ULL + quint64(index));
    const quint64 r2 = mix(r1);
    const quint64 r3 = mix(r2);
    Record rec;
    writeMeteorId(m_seed, 0x5E55000000000000ULL + quint64(index), rec.sessionId);
    // Some users have many sessions, most a few: square the uniform draw.
    const double u = double(r1 % 1000003) / 1000003.0;
    rec.user = qint64(u * u * double(m_userCount));
    writeMeteorId(m_seed, 0x05E7000000000000ULL + quint64(rec.user), rec.userId);
    const DeviceProfile &d = pickDevice(r2);
    rec.device = int(&d - kDevices.data());
    rec.version = int((r2 >> 20) % 3);
    rec.osVersion = int((r2 >> 24) % 3);
    rec.host = (r3 % 10 == 0) ? "chat-eu.example.org" : "chat.example.org";
    char *ip = rec.ip;
    if (r3 % 7 == 0) {
        ip = std::copy_n("2001:db8:", 9, ip);
        ip += writeNumber((r3 >> 8) & 0xffff, ip, 16);
        *ip++ = ':';
        ip += writeNumber((r3 >> 24) & 0xffff, ip, 16);
        ip = std::copy_n("::", 2, ip);
        ip += writeNumber((r3 >> 40) & 0xfff, ip, 16);
    } else {
        const quint64 a = r3 >> 8;
        static const int prefixes[] = {10, 172, 192, 81, 93, 145, 203};
        const int p = prefixes[a % 7];
        const int second = p == 172 ? int(16 + (a >> 4) % 16) : (p == 192 ? 168 : int((a >> 4) % 256));
        const quint64 parts[] = {quint64(p), quint64(second), (a >> 12) % 256, 1 + (a >> 20) % 254};
        for (size_t i = 0; i < 4; ++i) {
            if (i)
                *ip++ = '.';
            ip += writeNumber(parts[i], ip);
        }
    }
    rec.ipLength = int(ip - rec.ip);
    // Spread over 180 days, denser towards the present.
    const double age = double((r3 >> 32) % 1000000) / 1000000.0;
    rec.loginAt = m_referenceTimeMs - qint64(age * age * 180.0 * 86400.0 * 1000.0) - qint64(r1 % 1000);
    return rec;
}

Session DemoData::session(qint64 index) const
{
    const Record rec = record(index);
    const DeviceProfile &d = kDevices[size_t(rec.device)];
    Session s;
    s.sessionId = QString::fromLatin1(rec.sessionId, 17);
    s.id = s.sessionId;
    s.userId = QString::fromLatin1(rec.userId, 17);
    s.userName = QString::fromLatin1(kFirstNames[quint64(rec.user) % kFirstNames.size()]) + u'.'
        + QString::fromLatin1(kLastNames[(quint64(rec.user) / kFirstNames.size()) % kLastNames.size()])
        + (rec.user >= qint64(kFirstNames.size() * kLastNames.size()) ? QString::number(rec.user) : QString());
    s.deviceType = QString::fromLatin1(d.type);
    s.deviceName = QString::fromLatin1(d.name);
    s.deviceVersion = QString::fromLatin1(d.versions[rec.version]);
    s.deviceLongVersion = s.deviceVersion + u".0"_s;
    s.osName = QString::fromLatin1(d.os);
    s.osVersion = QString::fromLatin1(d.osVersions[rec.osVersion]);
    s.host = QString::fromLatin1(rec.host);
    s.ip = QString::fromLatin1(rec.ip, rec.ipLength);
    s.loginAt = rec.loginAt;
    return s;
}

qint64 DemoData::indexOf(QByteArrayView sessionId) const
{
    if (m_indexById.isEmpty() && m_count > 0) {
        m_indexById.reserve(qsizetype(m_count));
        char id[17];
        for (qint64 i = 0; i < m_count; ++i) {
            writeMeteorId(m_seed, 0x5E55000000000000ULL + quint64(i), id);
            m_indexById.insert(QByteArray(id, 17), i);
        }
    }
    return m_indexById.value(sessionId.toByteArray(), -1);
}

namespace {
/// Writes a record's JSON into a fixed buffer: a QByteArray append per value (with a
/// strlen per literal) was most of what the demo server spent on a page.
class JsonBuffer
{
public:
    template<size_t N>
    void literal(const char (&text)[N])
    {
        put(text, N - 1);
    }
    void text(const char *s) { put(s, std::strlen(s)); }
    void put(const char *s, size_t n)
    {
        Q_ASSERT(m_size + n <= sizeof m_data);
        std::memcpy(m_data + m_size, s, n);
        m_size += n;
    }
    void put(char c) { m_data[m_size++] = c; }
    void number(quint64 value) { m_size += size_t(writeNumber(value, m_data + m_size)); }
    void appendTo(QByteArray &out) const { out.append(m_data, qsizetype(m_size)); }

private:
    char m_data[1024];
    size_t m_size = 0;
};
} // namespace

void DemoData::appendJson(QByteArray &out, qint64 index, bool withUser) const
{
    // Every value is plain ASCII without characters that JSON must escape.
    const Record rec = record(index);
    const DeviceProfile &d = kDevices[size_t(rec.device)];
    char iso[TimeFormat::kIsoUtcLength];
    TimeFormat::writeIsoUtc(rec.loginAt, iso);
    JsonBuffer json;
    json.literal("{\"_id\":\"");
    json.put(rec.sessionId, 17);
    json.literal("\",\"sessionId\":\"");
    json.put(rec.sessionId, 17);
    json.literal("\",\"userId\":\"");
    json.put(rec.userId, 17);
    json.literal("\",\"device\":{\"type\":\"");
    json.text(d.type);
    json.literal("\",\"name\":\"");
    json.text(d.name);
    json.literal("\",\"longVersion\":\"");
    json.text(d.versions[rec.version]);
    json.literal(".0\",\"os\":{\"name\":\"");
    json.text(d.os);
    json.literal("\",\"version\":\"");
    json.text(d.osVersions[rec.osVersion]);
    json.literal("\"},\"version\":\"");
    json.text(d.versions[rec.version]);
    json.literal("\"},\"host\":\"");
    json.text(rec.host);
    json.literal("\",\"ip\":\"");
    json.put(rec.ip, size_t(rec.ipLength));
    json.literal("\",\"loginAt\":\"");
    json.put(iso, TimeFormat::kIsoUtcLength);
    json.put('"');
    if (withUser) {
        const char *first = kFirstNames[quint64(rec.user) % kFirstNames.size()];
        const char *last = kLastNames[(quint64(rec.user) / kFirstNames.size()) % kLastNames.size()];
        const bool numbered = rec.user >= qint64(kFirstNames.size() * kLastNames.size());
        json.literal(",\"_user\":{\"_id\":\"");
        json.put(rec.userId, 17);
        json.literal("\",\"name\":\"");
        json.text(first);
        json.put(' ');
        json.text(last);
        json.literal("\",\"username\":\"");
        json.text(first);
        json.put('.');
        json.text(last);
        if (numbered)
            json.number(quint64(rec.user));
        json.literal("\"}");
    }
    json.put('}');
    json.appendTo(out);
}
