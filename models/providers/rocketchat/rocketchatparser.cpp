// SPDX-License-Identifier: GPL-3.0-or-later
#include "rocketchatparser.h"

#include "providers/jsonutil.h"

#include <QCoreApplication>

namespace RocketChatParser {

using simdjson::dom::element;
using simdjson::dom::element_type;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RocketChatParser)
};

} // namespace

SessionsPage parseSessionsPage(std::string_view body, bool keepRaw)
{
    SessionsPage page;
    thread_local simdjson::dom::parser parser;
    element root;
    if (!JsonUtil::parseObject(parser, body, &root, &page.error))
        return page;

    if (JsonUtil::reportsFailure(root, "success", body, &page.error))
        return page;
    element value;

    simdjson::dom::array sessions;
    if (JsonUtil::member(root, "sessions").get(value) != simdjson::SUCCESS
        || value.get_array().get(sessions) != simdjson::SUCCESS) {
        page.error = Text::tr("The server's response has no \"sessions\" list.");
        return page;
    }
    if (JsonUtil::member(root, "total").get(value) == simdjson::SUCCESS) {
        qint64 total;
        if (!JsonUtil::readInteger(value, total) || total < 0) {
            page.error = Text::tr("The server's response has an invalid \"total\".");
            return page;
        }
        page.total = total;
    }
    if (JsonUtil::member(root, "offset").get(value) == simdjson::SUCCESS) {
        qint64 offset;
        if (JsonUtil::readInteger(value, offset) && offset >= 0)
            page.offset = offset;
    }

    page.sessions.reserve(sessions.size(), body.size());
    std::array<std::string, kRawFieldCount> scratch;
    for (element item : sessions) {
        if (item.type() != element_type::OBJECT) {
            ++page.invalidItems;
            continue;
        }
        // One pass over each object's members instead of a look-up per field: pages hold
        // thousands of sessions, and this is most of parsing after simdjson itself.
        static constexpr std::array<std::string_view, 8> kItemKeys = {"_id", "sessionId", "userId", "host",
                                                                      "ip", "_user", "device", "loginAt"};
        static constexpr std::array<RawField, 5> kItemFields = {RawField::Id, RawField::SessionId, RawField::UserId,
                                                                RawField::Host, RawField::Ip};
        static constexpr std::array<std::string_view, 1> kUserKeys = {"username"};
        static constexpr std::array<std::string_view, 5> kDeviceKeys = {"type", "name", "version", "longVersion", "os"};
        static constexpr std::array<RawField, 4> kDeviceFields = {RawField::DeviceType, RawField::DeviceName,
                                                                  RawField::DeviceVersion, RawField::DeviceLongVersion};
        static constexpr std::array<std::string_view, 2> kOsKeys = {"name", "version"};
        static constexpr std::array<RawField, 2> kOsFields = {RawField::OsName, RawField::OsVersion};
        SessionBatch::Fields f;
        const auto setText = [&f, &scratch](RawField field, element value) {
            f[size_t(field)] = JsonUtil::readText(value, scratch[size_t(field)]);
        };
        qint64 loginAt = kMissingTime;
        JsonUtil::visitMembers(item, kItemKeys, [&](size_t key, element value) {
            if (key < kItemFields.size()) {
                setText(kItemFields[key], value);
            } else if (kItemKeys[key] == "_user") {
                JsonUtil::visitMembers(value, kUserKeys, [&](size_t, element name) { setText(RawField::UserName, name); });
            } else if (kItemKeys[key] == "device") {
                JsonUtil::visitMembers(value, kDeviceKeys, [&](size_t deviceKey, element deviceValue) {
                    if (deviceKey < kDeviceFields.size())
                        setText(kDeviceFields[deviceKey], deviceValue);
                    else // "os"
                        JsonUtil::visitMembers(deviceValue, kOsKeys, [&](size_t osKey, element osValue) {
                            setText(kOsFields[osKey], osValue);
                        });
                });
            } else { // "loginAt"
                loginAt = JsonUtil::readTime(value);
            }
        });
        if (f[size_t(RawField::SessionId)].empty() && f[size_t(RawField::Id)].empty()) {
            ++page.invalidItems;
            continue;
        }
        page.sessions.add(f, loginAt);
        if (keepRaw)
            page.sessions.addRaw(JsonUtil::rawJson(item));
    }
    page.ok = true;
    return page;
}

LoginResult parseLogin(int httpStatus, std::string_view body)
{
    LoginResult result;
    thread_local simdjson::dom::parser parser;
    element root;
    if (parser.parse(body.data(), body.size()).get(root) != simdjson::SUCCESS || root.type() != element_type::OBJECT) {
        result.message = body.empty() ? Text::tr("The server sent an empty answer to the sign-in.")
                                      : Text::tr("The server's answer to the sign-in is not JSON; check the server URL.");
        return result;
    }
    std::string scratch;
    result.message = QString::fromUtf8(JsonUtil::textAt(root, "message", scratch));
    const std::string error(JsonUtil::textAt(root, "error", scratch));
    const std::string status(JsonUtil::textAt(root, "status", scratch));

    if (error == "totp-required" || error == "totp-invalid") {
        element details;
        if (JsonUtil::member(root, "details").get(details) == simdjson::SUCCESS)
            result.twoFactorMethod = QString::fromUtf8(JsonUtil::textAt(details, "method", scratch));
        if (result.twoFactorMethod.isEmpty())
            result.twoFactorMethod = QStringLiteral("totp");
        result.outcome = error == "totp-required" ? LoginResult::Outcome::TwoFactorRequired
                                                  : LoginResult::Outcome::TwoFactorInvalid;
        return result;
    }
    if (httpStatus == 200 && status == "success") {
        element data;
        if (JsonUtil::member(root, "data").get(data) == simdjson::SUCCESS) {
            result.userId = QString::fromUtf8(JsonUtil::textAt(data, "userId", scratch));
            result.authToken = QString::fromUtf8(JsonUtil::textAt(data, "authToken", scratch));
        }
        if (result.userId.isEmpty() || result.authToken.isEmpty()) {
            result.userId.clear();
            result.authToken.clear();
            result.message = Text::tr("The server accepted the sign-in but sent no user id or token.");
            return result;
        }
        result.outcome = LoginResult::Outcome::SignedIn;
        return result;
    }
    if (httpStatus == 401 || httpStatus == 403 || status == "error") {
        if (result.message.isEmpty())
            result.message = QString::fromUtf8(error);
        result.outcome = LoginResult::Outcome::Rejected;
        return result;
    }
    if (result.message.isEmpty())
        result.message = Text::tr("Unexpected answer to the sign-in (HTTP %1).").arg(httpStatus);
    return result;
}

} // namespace RocketChatParser
