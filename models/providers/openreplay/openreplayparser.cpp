// SPDX-License-Identifier: GPL-3.0-or-later
#include "openreplayparser.h"

#include "providers/jsonutil.h"

#include <QCoreApplication>

namespace OpenReplayParser {

using simdjson::dom::element;
using simdjson::dom::element_type;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(OpenReplayParser)
};

qint64 integerAt(element parent, std::string_view key)
{
    element e;
    qint64 value = -1;
    if (JsonUtil::member(parent, key).get(e) != simdjson::SUCCESS || !JsonUtil::readInteger(e, value))
        return -1;
    return value;
}

/// The browser version from a user agent: "Chrome/91.0.4472.77" → "91.0.4472.77".
std::string_view versionFromUserAgent(std::string_view agent, std::string_view browser)
{
    if (browser.empty() || agent.empty())
        return {};
    const size_t at = agent.find(std::string(browser) + '/');
    if (at == std::string_view::npos)
        return {};
    std::string_view rest = agent.substr(at + browser.size() + 1);
    return rest.substr(0, std::min(rest.find_first_of(" ;)"), rest.size()));
}

bool addSession(element item, std::string_view user, SessionsPage &page, std::array<std::string, kRawFieldCount + 2> &scratch)
{
    if (item.type() != element_type::OBJECT)
        return false;
    SessionBatch::Fields f;
    auto s = [&scratch](RawField field) -> std::string & { return scratch[size_t(field)]; };
    f[size_t(RawField::SessionId)] = JsonUtil::textAt(item, "sessionId", s(RawField::SessionId));
    if (f[size_t(RawField::SessionId)].empty())
        return false;
    f[size_t(RawField::Id)] = f[size_t(RawField::SessionId)];
    f[size_t(RawField::UserId)] = JsonUtil::textAt(item, "userId", s(RawField::UserId));
    if (f[size_t(RawField::UserId)].empty())
        f[size_t(RawField::UserId)] = user;
    f[size_t(RawField::DeviceType)] = JsonUtil::textAt(item, "userDeviceType", s(RawField::DeviceType));
    f[size_t(RawField::DeviceName)] = JsonUtil::textAt(item, "userBrowser", s(RawField::DeviceName));
    std::string_view version = JsonUtil::textAt(item, "userBrowserVersion", s(RawField::DeviceVersion));
    std::string &agent = scratch[kRawFieldCount];
    if (version.empty())
        version = versionFromUserAgent(JsonUtil::textAt(item, "userAgent", agent), f[size_t(RawField::DeviceName)]);
    f[size_t(RawField::DeviceVersion)] = version;
    f[size_t(RawField::DeviceLongVersion)] = version;
    f[size_t(RawField::OsName)] = JsonUtil::textAt(item, "userOs", s(RawField::OsName));
    f[size_t(RawField::OsVersion)] = JsonUtil::textAt(item, "userOsVersion", s(RawField::OsVersion));
    f[size_t(RawField::Host)] = JsonUtil::textAt(item, "userDevice", s(RawField::Host));

    // Location: "City, CC" when the city is known, else the country code.
    std::string &location = s(RawField::Ip);
    std::string &cityScratch = scratch[kRawFieldCount + 1];
    const std::string_view city = JsonUtil::textAt(item, "userCity", cityScratch);
    std::string country(JsonUtil::textAt(item, "userCountry", location));
    location = city.empty() ? country : std::string(city) + (country.empty() ? "" : ", " + country);
    f[size_t(RawField::Ip)] = location;

    qint64 start = kMissingTime;
    element value;
    if (JsonUtil::member(item, "startTs").get(value) == simdjson::SUCCESS)
        start = JsonUtil::readTime(value);
    qint64 duration = integerAt(item, "duration");
    const qint64 end = integerAt(item, "endTs");
    if (duration < 0 && end >= 0 && start != kMissingTime && end >= start)
        duration = end - start;
    std::string &details = s(RawField::Details);
    details = duration >= 0 ? formatDuration(duration) : std::string();
    JsonUtil::appendCount(details, integerAt(item, "eventsCount"), "events");
    JsonUtil::appendCount(details, integerAt(item, "pagesCount"), "pages");
    JsonUtil::appendCount(details, integerAt(item, "errorsCount"), "errors");
    f[size_t(RawField::Details)] = details;
    const qint64 ended = end >= 0 ? end : (start != kMissingTime && duration >= 0 ? start + duration : kMissingTime);
    page.sessions.add(f, start, ended);
    return true;
}

void addSessions(simdjson::dom::array items, std::string_view user, size_t bodySize, bool keepRaw, SessionsPage &page)
{
    page.sessions.reserve(items.size(), bodySize);
    std::array<std::string, kRawFieldCount + 2> scratch;
    for (element item : items) {
        if (!addSession(item, user, page, scratch))
            ++page.invalidItems;
        else if (keepRaw)
            page.sessions.addRaw(JsonUtil::rawJson(item));
    }
}

/// The server's own error when it sent one instead of data, else fallback.
QString missingData(std::string_view body, const QString &fallback)
{
    const QString message = JsonUtil::errorMessage(body);
    return message.isEmpty() ? fallback : Text::tr("The server reported an error: %1").arg(message);
}

} // namespace

std::string formatDuration(qint64 ms)
{
    if (ms < 0)
        return {};
    const qint64 seconds = ms / 1000;
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%lld:%02lld:%02lld", static_cast<long long>(seconds / 3600),
                  static_cast<long long>(seconds / 60 % 60), static_cast<long long>(seconds % 60));
    return buffer;
}

SessionsPage parseSessionsV1(std::string_view body, std::string_view user, bool keepRaw)
{
    SessionsPage page;
    thread_local simdjson::dom::parser parser;
    element root;
    if (!JsonUtil::parseObject(parser, body, &root, &page.error))
        return page;
    element data;
    simdjson::dom::array items;
    if (JsonUtil::member(root, "data").get(data) != simdjson::SUCCESS || data.get_array().get(items) != simdjson::SUCCESS) {
        page.error = missingData(body, Text::tr("The server's response has no \"data\" list of sessions."));
        return page;
    }
    addSessions(items, user, body.size(), keepRaw, page);
    page.total = page.sessions.size();
    page.ok = true;
    return page;
}

SessionsPage parseSessionsV2(std::string_view body, std::string_view user, bool keepRaw)
{
    SessionsPage page;
    thread_local simdjson::dom::parser parser;
    element root;
    if (!JsonUtil::parseObject(parser, body, &root, &page.error))
        return page;
    element data;
    if (JsonUtil::member(root, "data").get(data) != simdjson::SUCCESS || data.type() != element_type::OBJECT) {
        page.error = missingData(body, Text::tr("The server's response has no \"data\" object."));
        return page;
    }
    page.total = integerAt(data, "total");
    element sessions;
    if (JsonUtil::member(data, "sessions").get(sessions) != simdjson::SUCCESS || sessions.is_null()) {
        page.ok = true; // "sessions": null means none
        return page;
    }
    simdjson::dom::array items;
    if (sessions.get_array().get(items) != simdjson::SUCCESS) {
        page.error = Text::tr("The server's \"sessions\" is not a list.");
        return page;
    }
    addSessions(items, user, body.size(), keepRaw, page);
    page.ok = true;
    return page;
}

bool parseProjects(std::string_view body, QList<Project> *projects, QString *error)
{
    thread_local simdjson::dom::parser parser;
    element root;
    if (!JsonUtil::parseObject(parser, body, &root, error))
        return false;
    element data;
    simdjson::dom::array items;
    if (JsonUtil::member(root, "data").get(data) != simdjson::SUCCESS || data.get_array().get(items) != simdjson::SUCCESS) {
        *error = Text::tr("The server's response has no \"data\" list of projects.");
        return false;
    }
    std::string scratch;
    projects->clear();
    for (element item : items) {
        if (item.type() != element_type::OBJECT)
            continue;
        Project p;
        p.key = QString::fromUtf8(JsonUtil::textAt(item, "projectKey", scratch));
        p.name = QString::fromUtf8(JsonUtil::textAt(item, "name", scratch));
        p.id = integerAt(item, "projectId");
        if (!p.key.isEmpty())
            projects->append(p);
    }
    return true;
}

bool parseUsers(std::string_view body, QList<User> *users, qint64 *total, QString *error)
{
    thread_local simdjson::dom::parser parser;
    element root;
    if (!JsonUtil::parseObject(parser, body, &root, error))
        return false;
    element data, list;
    simdjson::dom::array items;
    if (JsonUtil::member(root, "data").get(data) != simdjson::SUCCESS || JsonUtil::member(data, "users").get(list) != simdjson::SUCCESS
        || list.get_array().get(items) != simdjson::SUCCESS) {
        const QString message = JsonUtil::errorMessage(body);
        *error = message.isEmpty() ? Text::tr("The server's response has no \"users\" list.") : message;
        return false;
    }
    *total = integerAt(data, "total");
    std::string scratch;
    users->clear();
    for (element item : items) {
        if (item.type() != element_type::OBJECT)
            continue;
        User u;
        u.id = QString::fromUtf8(JsonUtil::textAt(item, "$user_id", scratch));
        if (u.id.isEmpty())
            u.id = QString::fromUtf8(JsonUtil::textAt(item, "userId", scratch));
        u.email = QString::fromUtf8(JsonUtil::textAt(item, "$email", scratch));
        u.name = QString::fromUtf8(JsonUtil::textAt(item, "$name", scratch));
        if (!u.id.isEmpty())
            users->append(u);
    }
    return true;
}

QUrl replayUrl(const QUrl &apiBase, qint64 projectId, const QString &sessionId)
{
    QUrl site = apiBase.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    if (site.host().compare(QLatin1StringView("api.openreplay.com"), Qt::CaseInsensitive) == 0)
        site.setHost(QStringLiteral("app.openreplay.com"));
    QString prefix = apiBase.path();
    // A self-hosted v2 API lives under /v2/api, the cloud's under /v2; the dashboard is at the root.
    for (const QLatin1StringView suffix : {QLatin1StringView("/v2/api"), QLatin1StringView("/v2")}) {
        while (prefix.endsWith(u'/'))
            prefix.chop(1);
        if (prefix.endsWith(suffix)) {
            prefix.chop(suffix.size());
            break;
        }
    }
    site.setPath(prefix + QStringLiteral("/%1/session/%2").arg(projectId).arg(QString::fromLatin1(QUrl::toPercentEncoding(sessionId))));
    return site;
}

} // namespace OpenReplayParser
