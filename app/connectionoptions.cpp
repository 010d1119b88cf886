// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionoptions.h"

#include "net/httpclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionOptions)
};
} // namespace

namespace ConnectionOptions {

QList<QCommandLineOption> options()
{
    return {
        {u"kind"_s, Text::tr("Server kind: rocketchat."), u"KIND"_s, u"rocketchat"_s},
        {u"url"_s, Text::tr("Server base URL, e.g. https://chat.example.org."), u"URL"_s},
        {u"user-id"_s, Text::tr("Rocket.Chat user id (X-User-Id)."), u"ID"_s},
        {u"token-env"_s, Text::tr("Name of the environment variable that holds the token or API key."), u"VAR"_s},
        {u"allow-http"_s, Text::tr("Allow plain http to a host other than this machine (insecure).")},
        {u"timeout"_s, Text::tr("Give up when the server sends nothing for this many seconds (default 30)."), u"SECONDS"_s},
        {u"max-response-mb"_s, Text::tr("Largest accepted response in MiB (default 64)."), u"N"_s},
    };
}

bool requested(const QCommandLineParser &parser)
{
    return parser.isSet(u"url"_s);
}

bool read(const QCommandLineParser &parser, Connection *connection, QString *error)
{
    Connection c;
    if (!ServerKinds::fromKey(parser.value(u"kind"_s), &c.kind)) {
        *error = Text::tr("Unknown server kind \"%1\"; use rocketchat.").arg(parser.value(u"kind"_s));
        return false;
    }
    if (c.kind != ServerKind::RocketChat) {
        *error = Text::tr("Server kind \"%1\" is not supported yet; use rocketchat.").arg(parser.value(u"kind"_s));
        return false;
    }
    if (!parser.isSet(u"url"_s)) {
        *error = Text::tr("No server given: pass --url URL.");
        return false;
    }
    c.baseUrl = Connection::urlFromUserInput(parser.value(u"url"_s));
    c.policy.allowInsecureHttp = parser.isSet(u"allow-http"_s);
    if (parser.isSet(u"timeout"_s)) {
        bool ok = false;
        const int seconds = parser.value(u"timeout"_s).toInt(&ok);
        if (!ok || seconds < 1 || seconds > 3600) {
            *error = Text::tr("--timeout needs a number of seconds between 1 and 3600.");
            return false;
        }
        c.policy.timeoutMs = seconds * 1000;
    }
    if (parser.isSet(u"max-response-mb"_s)) {
        bool ok = false;
        const int mb = parser.value(u"max-response-mb"_s).toInt(&ok);
        if (!ok || mb < 1 || mb > 4096) {
            *error = Text::tr("--max-response-mb needs a number between 1 and 4096.");
            return false;
        }
        c.policy.maxResponseBytes = qint64(mb) * 1024 * 1024;
    }
    const QString urlError = HttpClient::checkUrl(c.baseUrl, c.policy);
    if (!urlError.isEmpty()) {
        *error = urlError;
        return false;
    }
    c.userId = parser.value(u"user-id"_s);
    if (c.kind == ServerKind::RocketChat && c.userId.isEmpty()) {
        *error = Text::tr("Rocket.Chat needs --user-id ID.");
        return false;
    }
    if (!parser.isSet(u"token-env"_s)) {
        *error = Text::tr("No credentials given: pass --token-env VAR naming an environment variable that holds the token.");
        return false;
    }
    const QString var = parser.value(u"token-env"_s);
    c.secret = qEnvironmentVariable(var.toLocal8Bit().constData());
    if (c.secret.isEmpty()) {
        *error = Text::tr("The environment variable %1 named by --token-env is not set or empty.").arg(var);
        return false;
    }
    *connection = c;
    return true;
}

} // namespace ConnectionOptions
