// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <simdjson.h>

#include <array>
#include <string>
#include <string_view>

/// Small helpers for reading server JSON leniently and safely with simdjson's DOM.
namespace JsonUtil {

/// Integer from a JSON number or a numeric string ("2"); false otherwise.
bool readInteger(simdjson::dom::element value, qint64 &out);
/// Boolean from true/false or "true"/"false".
bool readBool(simdjson::dom::element value, bool &out);
/// Text of a number rendered into scratch; empty for null and other non-string types.
std::string_view readNonStringText(simdjson::dom::element value, std::string &scratch);
/// Text of a string, or a number rendered as text (into scratch); empty for null/other types.
inline std::string_view readText(simdjson::dom::element value, std::string &scratch)
{
    // Strings are nearly every value read: no call for them.
    if (value.type() == simdjson::dom::element_type::STRING)
        return value.get_string().value_unsafe();
    return readNonStringText(value, scratch);
}
/// Member of an object, or an invalid result when the parent is not an object / key missing.
simdjson::simdjson_result<simdjson::dom::element> member(simdjson::dom::element parent, std::string_view key);
/**
 * Calls visit(index, value) for each member of object whose key is keys[index], in one
 * pass over the members, where member() walks the object once per key. The first of
 * duplicate keys wins, as with member(). Nothing is called when object is not an object.
 */
template<size_t N, typename Visit>
void visitMembers(simdjson::dom::element object, const std::array<std::string_view, N> &keys, Visit &&visit)
{
    static_assert(N <= 32);
    simdjson::dom::object members;
    if (object.get_object().get(members) != simdjson::SUCCESS)
        return;
    unsigned seen = 0;
    for (const simdjson::dom::key_value_pair field : members) {
        for (size_t i = 0; i < N; ++i) {
            if (field.key.size() == keys[i].size() && field.key == keys[i]) {
                if (!((seen >> i) & 1)) {
                    seen |= 1u << i;
                    visit(i, field.value);
                }
                break;
            }
        }
    }
}
/// Epoch ms from an ISO 8601 string, a number of ms, or Meteor's {"$date": ms}. kMissingTime otherwise.
qint64 readTime(simdjson::dom::element value);

/// Parses body into root (which must be a JSON object) with parser; false with one
/// sentence for HTML, empty, malformed or non-object bodies.
bool parseObject(simdjson::dom::parser &parser, std::string_view body, simdjson::dom::element *root, QString *error);
/// True (with *error set) when root's flag member ("success" for Rocket.Chat, "ok" for Seam)
/// is false: the server reported a failure, with its message if it sent one.
bool reportsFailure(simdjson::dom::element root, std::string_view flag, std::string_view body, QString *error);
/// ": detail" from an error body (its message, or an excerpt of a non-HTML body), else ".".
QString errorSuffix(std::string_view body);
/// "SERVER answered HTTP N: detail" (or ending in "." without a detail) for an unexpected answer.
QString httpAnswer(const QString &server, int httpStatus, std::string_view body);
/// The element as compact JSON, with the values of members named in maskedKeys replaced by
/// "…" and at most their last four characters (for live credentials such as Seam's token).
std::string rawJson(simdjson::dom::element value, std::initializer_list<std::string_view> maskedKeys = {});
/// Appends "N label" to a comma-separated details text; nothing for a negative value.
void appendCount(std::string &details, qint64 value, const char *label);

/// Text of parent[key] (see readText); empty when missing.
std::string_view textAt(simdjson::dom::element parent, std::string_view key, std::string &scratch);

/// "message", "error" (string or {message}), or "errors"[0] of an error body; empty if none.
QString errorMessage(std::string_view body);
/// A short human-readable excerpt of a non-JSON body (first line, trimmed, at most 160 chars).
QString bodyExcerpt(std::string_view body);
/// True when the body looks like an HTML document rather than JSON.
bool looksLikeHtml(std::string_view body);

}
