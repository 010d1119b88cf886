// SPDX-License-Identifier: GPL-3.0-or-later
#include "demodata.h"

#include "csvwriter.h"

#include <array>
#include <string>

using namespace Qt::Literals::StringLiterals;

namespace {

quint64 mix(quint64 x)
{
    // splitmix64 finalizer
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
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

QString DemoData::meteorId(quint64 seed, quint64 salt)
{
    static const char alphabet[] = "23456789ABCDEFGHJKLMNPQRSTWXYZabcdefghijkmnopqrstuvwxyz";
    constexpr quint64 size = sizeof alphabet - 1;
    QString id(17, u'0');
    quint64 r = mix(seed ^ mix(salt));
    for (int i = 0; i < 17; ++i) {
        if (i == 8)
            r = mix(r);
        id[i] = QLatin1Char(alphabet[r % size]);
        r /= size;
    }
    return id;
}

QString DemoData::userId() const
{
    return meteorId(m_seed, 0xADD1CE);
}

QString DemoData::authToken() const
{
    return meteorId(m_seed, 0x70CE1) + meteorId(m_seed, 0x70CE2) + u"_demo"_s;
}

Session DemoData::session(qint64 index) const
{
    const quint64 r1 = mix(m_seed * 0x100000001b3ULL + quint64(index));
    const quint64 r2 = mix(r1);
    const quint64 r3 = mix(r2);
    Session s;
    s.sessionId = meteorId(m_seed, 0x5E55000000000000ULL + quint64(index));
    s.id = s.sessionId;
    // Some users have many sessions, most a few: square the uniform draw.
    const double u = double(r1 % 1000003) / 1000003.0;
    const qint64 user = qint64(u * u * double(m_userCount));
    s.userId = meteorId(m_seed, 0x05E7000000000000ULL + quint64(user));
    s.userName = QString::fromLatin1(kFirstNames[quint64(user) % kFirstNames.size()]) + u'.'
        + QString::fromLatin1(kLastNames[(quint64(user) / kFirstNames.size()) % kLastNames.size()])
        + (user >= qint64(kFirstNames.size() * kLastNames.size()) ? QString::number(user) : QString());

    const DeviceProfile &d = pickDevice(r2);
    const int v = int((r2 >> 20) % 3);
    s.deviceType = QString::fromLatin1(d.type);
    s.deviceName = QString::fromLatin1(d.name);
    s.deviceVersion = QString::fromLatin1(d.versions[v]);
    s.deviceLongVersion = s.deviceVersion + u".0"_s;
    s.osName = QString::fromLatin1(d.os);
    s.osVersion = QString::fromLatin1(d.osVersions[int((r2 >> 24) % 3)]);
    s.host = (r3 % 10 == 0) ? u"chat-eu.example.org"_s : u"chat.example.org"_s;
    if (r3 % 7 == 0) {
        s.ip = u"2001:db8:%1:%2::%3"_s.arg((r3 >> 8) & 0xffff, 0, 16).arg((r3 >> 24) & 0xffff, 0, 16).arg((r3 >> 40) & 0xfff, 0, 16);
    } else {
        const quint64 a = r3 >> 8;
        static const int prefixes[] = {10, 172, 192, 81, 93, 145, 203};
        const int p = prefixes[a % 7];
        s.ip = u"%1.%2.%3.%4"_s.arg(p).arg(p == 172 ? 16 + (a >> 4) % 16 : (p == 192 ? 168 : (a >> 4) % 256))
                   .arg((a >> 12) % 256)
                   .arg(1 + (a >> 20) % 254);
    }
    // Spread over 180 days, denser towards the present.
    const double age = double((r3 >> 32) % 1000000) / 1000000.0;
    s.loginAt = m_referenceTimeMs - qint64(age * age * 180.0 * 86400.0 * 1000.0) - qint64(r1 % 1000);
    return s;
}

void DemoData::appendJson(QByteArray &out, qint64 index) const
{
    const Session s = session(index);
    std::string json;
    json.reserve(512);
    auto field = [&json](const char *key, const QString &value, bool comma = true) {
        json += '"';
        json += key;
        json += "\":";
        JsonWriter::appendString(json, value.toStdString());
        if (comma)
            json += ',';
    };
    json += '{';
    field("_id", s.id);
    field("sessionId", s.sessionId);
    field("userId", s.userId);
    json += "\"device\":{";
    field("type", s.deviceType);
    field("name", s.deviceName);
    field("longVersion", s.deviceLongVersion);
    json += "\"os\":{";
    field("name", s.osName);
    field("version", s.osVersion, false);
    json += "},";
    field("version", s.deviceVersion, false);
    json += "},";
    field("host", s.host);
    field("ip", s.ip);
    field("loginAt", SessionFormat::isoUtc(s.loginAt), false);
    json += '}';
    out.append(json.data(), qsizetype(json.size()));
}
