// SPDX-License-Identifier: GPL-3.0-or-later
#include "seamparser.h"

#include "providers/jsonutil.h"

#include <QCoreApplication>

namespace SeamParser {

using simdjson::dom::element;
using simdjson::dom::element_type;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SeamParser)
};

/// Number of entries of an array member, or -1 when absent.
qint64 arraySize(element parent, std::string_view key)
{
    element e;
    simdjson::dom::array a;
    if (JsonUtil::member(parent, key).get(e) != simdjson::SUCCESS || e.get_array().get(a) != simdjson::SUCCESS)
        return -1;
    return qint64(a.size());
}

} // namespace

SessionsPage parseClientSessions(std::string_view body, bool keepRaw)
{
    SessionsPage page;
    thread_local simdjson::dom::parser parser;
    element root;
    if (!JsonUtil::parseObject(parser, body, &root, &page.error))
        return page;
    if (JsonUtil::reportsFailure(root, "ok", body, &page.error))
        return page;
    element value;
    simdjson::dom::array items;
    if (JsonUtil::member(root, "client_sessions").get(value) != simdjson::SUCCESS || value.get_array().get(items) != simdjson::SUCCESS) {
        page.error = Text::tr("The server's response has no \"client_sessions\" list.");
        return page;
    }
    page.sessions.reserve(items.size(), body.size() / 2);
    std::array<std::string, kRawFieldCount> scratch;
    for (element item : items) {
        if (item.type() != element_type::OBJECT) {
            ++page.invalidItems;
            continue;
        }
        SessionBatch::Fields f;
        auto s = [&scratch](RawField field) -> std::string & { return scratch[size_t(field)]; };
        f[size_t(RawField::SessionId)] = JsonUtil::textAt(item, "client_session_id", s(RawField::SessionId));
        if (f[size_t(RawField::SessionId)].empty()) {
            ++page.invalidItems;
            continue;
        }
        f[size_t(RawField::Id)] = f[size_t(RawField::SessionId)];
        f[size_t(RawField::UserId)] = JsonUtil::textAt(item, "user_identifier_key", s(RawField::UserId));
        std::string_view identity = JsonUtil::textAt(item, "user_identity_id", s(RawField::UserName));
        if (identity.empty()) {
            element ids;
            simdjson::dom::array list;
            if (JsonUtil::member(item, "user_identity_ids").get(ids) == simdjson::SUCCESS && ids.get_array().get(list) == simdjson::SUCCESS
                && list.size() > 0)
                identity = JsonUtil::readText(list.at(0).value_unsafe(), s(RawField::UserName));
        }
        f[size_t(RawField::UserName)] = identity;
        f[size_t(RawField::Host)] = JsonUtil::textAt(item, "workspace_id", s(RawField::Host));
        std::string &details = s(RawField::Details);
        details.clear();
        element count;
        qint64 devices = -1;
        if (JsonUtil::member(item, "device_count").get(count) == simdjson::SUCCESS)
            JsonUtil::readInteger(count, devices);
        JsonUtil::appendCount(details, devices, "devices");
        JsonUtil::appendCount(details, arraySize(item, "connected_account_ids"), "connected accounts");
        JsonUtil::appendCount(details, arraySize(item, "connect_webview_ids"), "webviews");
        f[size_t(RawField::Details)] = details;
        qint64 created = kMissingTime;
        if (JsonUtil::member(item, "created_at").get(value) == simdjson::SUCCESS)
            created = JsonUtil::readTime(value);
        page.sessions.add(f, created);
        if (keepRaw)
            page.sessions.addRaw(JsonUtil::rawJson(item, {"token"}));
    }
    page.total = page.sessions.size();
    page.ok = true;
    return page;
}

} // namespace SeamParser
