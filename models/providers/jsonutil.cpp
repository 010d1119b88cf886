// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonutil.h"

#include "csvwriter.h"

#include <QCoreApplication>

#include "session.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace JsonUtil {

using simdjson::dom::element;
using simdjson::dom::element_type;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(JsonUtil)
};
} // namespace

bool readInteger(element value, qint64 &out)
{
    switch (value.type()) {
    case element_type::INT64:
        out = int64_t(value.get_int64().value_unsafe());
        return true;
    case element_type::UINT64: {
        const uint64_t v = value.get_uint64().value_unsafe();
        if (v > uint64_t(std::numeric_limits<qint64>::max()))
            return false;
        out = qint64(v);
        return true;
    }
    case element_type::DOUBLE: {
        const double d = value.get_double().value_unsafe();
        if (!std::isfinite(d) || d != std::floor(d) || std::fabs(d) > 9.0e15)
            return false;
        out = qint64(d);
        return true;
    }
    case element_type::STRING: {
        std::string_view s = value.get_string().value_unsafe();
        while (!s.empty() && s.front() == ' ')
            s.remove_prefix(1);
        while (!s.empty() && s.back() == ' ')
            s.remove_suffix(1);
        qint64 v = 0;
        const auto r = std::from_chars(s.data(), s.data() + s.size(), v);
        if (s.empty() || r.ec != std::errc() || r.ptr != s.data() + s.size())
            return false;
        out = v;
        return true;
    }
    default:
        return false;
    }
}

bool readBool(element value, bool &out)
{
    if (value.type() == element_type::BOOL) {
        out = value.get_bool().value_unsafe();
        return true;
    }
    if (value.type() == element_type::STRING) {
        const std::string_view s = value.get_string().value_unsafe();
        if (s == "true" || s == "false") {
            out = s == "true";
            return true;
        }
    }
    return false;
}

std::string_view readNonStringText(element value, std::string &scratch)
{
    switch (value.type()) {
    case element_type::INT64:
        scratch = std::to_string(value.get_int64().value_unsafe());
        return scratch;
    case element_type::UINT64:
        scratch = std::to_string(value.get_uint64().value_unsafe());
        return scratch;
    case element_type::DOUBLE: {
        char buffer[64];
        const auto r = std::to_chars(buffer, buffer + sizeof buffer, value.get_double().value_unsafe());
        scratch.assign(buffer, r.ptr);
        return scratch;
    }
    default:
        return {};
    }
}

simdjson::simdjson_result<element> member(element parent, std::string_view key)
{
    if (parent.type() != element_type::OBJECT)
        return simdjson::INCORRECT_TYPE;
    return parent.get_object().value_unsafe().at_key(key);
}

qint64 readTime(element value)
{
    switch (value.type()) {
    case element_type::STRING:
        return SessionFormat::parseIsoTime(value.get_string().value_unsafe());
    case element_type::INT64:
    case element_type::UINT64:
    case element_type::DOUBLE: {
        qint64 ms;
        return readInteger(value, ms) ? ms : kMissingTime;
    }
    case element_type::OBJECT: {
        element date;
        if (member(value, "$date").get(date) == simdjson::SUCCESS)
            return readTime(date);
        return kMissingTime;
    }
    default:
        return kMissingTime;
    }
}

bool parseObject(simdjson::dom::parser &parser, std::string_view body, element *root, QString *error)
{
    if (looksLikeHtml(body)) {
        *error = Text::tr("The server answered with an HTML page instead of JSON; check the server URL.");
        return false;
    }
    const simdjson::error_code code = parser.parse(body.data(), body.size()).get(*root);
    if (code != simdjson::SUCCESS) {
        *error = body.empty() ? Text::tr("The server sent an empty response instead of a sessions list.")
                              : Text::tr("The server sent malformed JSON (%1).").arg(QString::fromUtf8(simdjson::error_message(code)));
        return false;
    }
    if (root->type() != element_type::OBJECT) {
        *error = Text::tr("The server's response is not a JSON object.");
        return false;
    }
    return true;
}

bool reportsFailure(element root, std::string_view flag, std::string_view body, QString *error)
{
    element value;
    bool ok = true;
    if (member(root, flag).get(value) != simdjson::SUCCESS || !readBool(value, ok) || ok)
        return false;
    QString message = errorMessage(body);
    if (!message.isEmpty() && !message.endsWith(u'.'))
        message += u'.';
    *error = message.isEmpty() ? Text::tr("The server reported a failure without a reason.")
                               : Text::tr("The server reported an error: %1").arg(message);
    return true;
}

QString errorSuffix(std::string_view body)
{
    QString detail = errorMessage(body);
    if (detail.isEmpty() && !looksLikeHtml(body))
        detail = bodyExcerpt(body);
    return detail.isEmpty() ? QStringLiteral(".") : QStringLiteral(": ") + detail;
}

QString httpAnswer(const QString &server, int httpStatus, std::string_view body)
{
    return Text::tr("%1 answered HTTP %2%3").arg(server).arg(httpStatus).arg(errorSuffix(body));
}

namespace {
void writeRaw(element value, std::initializer_list<std::string_view> masked, std::string &out, int depth)
{
    if (depth > 64) { // simdjson already bounds nesting; stay shallow anyway
        out += "null";
        return;
    }
    switch (value.type()) {
    case element_type::OBJECT: {
        out += '{';
        bool first = true;
        const simdjson::dom::object object = value.get_object().value_unsafe();
        for (const simdjson::dom::key_value_pair field : object) {
            if (!first)
                out += ',';
            first = false;
            JsonWriter::appendString(out, field.key);
            out += ':';
            const bool hide = std::find(masked.begin(), masked.end(), field.key) != masked.end();
            if (hide && field.value.type() == element_type::STRING) {
                const std::string_view secret = field.value.get_string().value_unsafe();
                std::string shown = "\u2026";
                if (secret.size() > 8)
                    shown += std::string(secret.substr(secret.size() - 4));
                out += '"';
                out += shown;
                out += '"';
            } else {
                writeRaw(field.value, masked, out, depth + 1);
            }
        }
        out += '}';
        return;
    }
    case element_type::ARRAY: {
        out += '[';
        bool first = true;
        const simdjson::dom::array array = value.get_array().value_unsafe();
        for (const element item : array) {
            if (!first)
                out += ',';
            first = false;
            writeRaw(item, masked, out, depth + 1);
        }
        out += ']';
        return;
    }
    default:
        out += simdjson::to_string(value);
        return;
    }
}
} // namespace

std::string rawJson(element value, std::initializer_list<std::string_view> maskedKeys)
{
    std::string out;
    writeRaw(value, maskedKeys, out, 0);
    return out;
}

void appendCount(std::string &details, qint64 value, const char *label)
{
    if (value < 0)
        return;
    if (!details.empty())
        details += ", ";
    details += std::to_string(value);
    details += ' ';
    details += label;
}

std::string_view textAt(element parent, std::string_view key, std::string &scratch)
{
    element e;
    if (member(parent, key).get(e) != simdjson::SUCCESS)
        return {};
    return readText(e, scratch);
}

QString errorMessage(std::string_view body)
{
    simdjson::dom::parser parser;
    element root;
    if (parser.parse(body.data(), body.size()).get(root) != simdjson::SUCCESS)
        return {};
    std::string scratch;
    element e;
    if (member(root, "message").get(e) == simdjson::SUCCESS && e.type() == element_type::STRING)
        return QString::fromUtf8(e.get_string().value_unsafe());
    if (member(root, "error").get(e) == simdjson::SUCCESS) {
        if (e.type() == element_type::STRING)
            return QString::fromUtf8(e.get_string().value_unsafe());
        element inner;
        if (member(e, "message").get(inner) == simdjson::SUCCESS && inner.type() == element_type::STRING)
            return QString::fromUtf8(inner.get_string().value_unsafe());
    }
    simdjson::dom::array errors;
    if (member(root, "errors").get(e) == simdjson::SUCCESS && e.get_array().get(errors) == simdjson::SUCCESS
        && errors.size() > 0) {
        const element first = errors.at(0).value_unsafe();
        if (first.type() == element_type::STRING)
            return QString::fromUtf8(first.get_string().value_unsafe());
    }
    return {};
}

QString bodyExcerpt(std::string_view body)
{
    std::string_view line = body.substr(0, std::min<size_t>(body.size(), 4096));
    const size_t nl = line.find_first_of("\r\n");
    if (nl != std::string_view::npos)
        line = line.substr(0, nl);
    QString text = QString::fromUtf8(line.data(), qsizetype(line.size())).simplified();
    // Keep control characters and escape sequences from reaching terminals or dialogs.
    text.removeIf([](QChar c) { return c.category() == QChar::Other_Control; });
    if (text.size() > 160)
        text = text.left(157) + QStringLiteral("...");
    return text;
}

bool looksLikeHtml(std::string_view body)
{
    const size_t start = body.find_first_not_of(" \t\r\n");
    if (start == std::string_view::npos)
        return false;
    return body[start] == '<';
}

} // namespace JsonUtil
