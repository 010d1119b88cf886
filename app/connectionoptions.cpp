// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionoptions.h"

#include "session.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QFile>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionOptions)
};

bool readBoundedInt(const QCommandLineParser &parser, const QString &name, int low, int high, int *out, QString *error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < low || value > high) {
        *error = Text::tr("--%1 needs a number between %2 and %3.").arg(name).arg(low).arg(high);
        return false;
    }
    *out = value;
    return true;
}

/**
 * Options that one kind of server understands: given for another kind they would change
 * nothing, and a list or a revoke that silently ignores a narrowing option acts on more
 * than was asked. They are refused instead.
 */
bool optionsFitKind(const QCommandLineParser &parser, ServerKind kind, QString *error)
{
    static const std::pair<QLatin1StringView, ServerKind> kindOnly[] = {
        {"user-id"_L1, ServerKind::RocketChat},
        {"all-users"_L1, ServerKind::RocketChat},
        {"project-key"_L1, ServerKind::OpenReplay},
        {"api-version"_L1, ServerKind::OpenReplay},
        {"workspace"_L1, ServerKind::Seam},
        {"user-identifier-key"_L1, ServerKind::Seam},
        {"connect-webview-id"_L1, ServerKind::Seam},
        {"user-identity-id"_L1, ServerKind::Seam},
        {"without-user-identifier-key"_L1, ServerKind::Seam},
    };
    for (const auto &[name, only] : kindOnly) {
        if (only != kind && !ConnectionOptions::firstGiven(parser, {name}).isEmpty()) {
            *error = Text::tr("--%1 applies to %2 servers only, and this one is %3.")
                         .arg(name, ServerKinds::key(only), ServerKinds::key(kind));
            return false;
        }
    }
    return true;
}
} // namespace

namespace ConnectionOptions {

QList<QCommandLineOption> serverOptions()
{
    return {
        {u"kind"_s, Text::tr("Server kind: rocketchat, openreplay or seam (default rocketchat)."), u"KIND"_s, u"rocketchat"_s},
        {u"url"_s, Text::tr("Server base URL, e.g. https://chat.example.org."), u"URL"_s},
        {u"user-id"_s, Text::tr("Rocket.Chat user id (X-User-Id)."), u"ID"_s},
        {u"all-users"_s, Text::tr("Rocket.Chat: the sessions of all users (needs the view-device-management permission).")},
        {u"project-key"_s, Text::tr("OpenReplay project key."), u"KEY"_s},
        {u"api-version"_s, Text::tr("OpenReplay API version: 1, 2 or auto (default auto)."), u"V"_s},
        {u"workspace"_s, Text::tr("Seam workspace id (for display)."), u"ID"_s},
        {u"user"_s, Text::tr("Only the sessions of this user: its id, or its user name, exactly; repeat for several users. OpenReplay lists sessions per end user and needs at least one."), u"ID"_s},
        {u"ca-file"_s, Text::tr("Also trust the CA certificates in this PEM file."), u"FILE"_s},
        {u"pin-sha256"_s, Text::tr("Accept only a server certificate with this SHA-256 fingerprint (hex)."), u"HEX"_s},
        {u"allow-http"_s, Text::tr("Allow plain http to a host other than this machine (insecure).")},
        {u"timeout"_s, Text::tr("Give up when the server sends nothing for this many seconds (default 30)."), u"SECONDS"_s},
    };
}

QList<QCommandLineOption> secretOptions()
{
    return {
        {u"token-env"_s, Text::tr("Name of the environment variable that holds the token or API key."), u"VAR"_s},
        {u"token-stdin"_s, Text::tr("Read the token or API key from the first line of standard input.")},
    };
}

QList<QCommandLineOption> fetchOptions()
{
    return {
        {u"max-response-mb"_s, Text::tr("Largest accepted response in MiB (default 64)."), u"N"_s},
        {u"since"_s, Text::tr("Only sessions started at or after this time (ISO 8601; OpenReplay's default: the profile's range, 30 days)."), u"TIME"_s},
        {u"until"_s, Text::tr("Only sessions started before this time (ISO 8601; default now)."), u"TIME"_s},
        {u"user-identifier-key"_s, Text::tr("Seam: only client sessions of this user identifier key."), u"KEY"_s},
        {u"connect-webview-id"_s, Text::tr("Seam: only client sessions of this Connect Webview."), u"ID"_s},
        {u"user-identity-id"_s, Text::tr("Seam: only client sessions of this user identity."), u"ID"_s},
        {u"without-user-identifier-key"_s, Text::tr("Seam: only client sessions without a user identifier key.")},
    };
}

QList<QCommandLineOption> options()
{
    return serverOptions() + secretOptions() + fetchOptions();
}

bool requested(const QCommandLineParser &parser)
{
    return parser.isSet(u"url"_s);
}

bool readProfile(const QCommandLineParser &parser, Profile *profile, QString *error)
{
    Profile p;
    p.name = profile->name;
    if (!ServerKinds::fromKey(parser.value(u"kind"_s), &p.kind)) {
        *error = Text::tr("Unknown server kind \"%1\"; use rocketchat, openreplay or seam.").arg(parser.value(u"kind"_s));
        return false;
    }
    if (!optionsFitKind(parser, p.kind, error))
        return false;
    if (!parser.isSet(u"url"_s)) {
        *error = Text::tr("No server given: pass --url URL.");
        return false;
    }
    p.url = parser.value(u"url"_s);
    p.userId = parser.value(u"user-id"_s);
    p.scope = parser.isSet(u"all-users"_s) ? Profile::RocketChatScope::AllUsers : Profile::RocketChatScope::Own;
    p.projectKey = parser.value(u"project-key"_s);
    if (parser.isSet(u"api-version"_s) && !ProfileKeys::apiVersionFromKey(parser.value(u"api-version"_s), &p.apiVersion)) {
        *error = Text::tr("--api-version must be 1, 2 or auto.");
        return false;
    }
    p.workspaceId = parser.value(u"workspace"_s);
    p.users = parser.values(u"user"_s);
    p.caFile = parser.value(u"ca-file"_s);
    p.pinSha256 = parser.value(u"pin-sha256"_s);
    p.allowInsecureHttp = parser.isSet(u"allow-http"_s);
    if (!readBoundedInt(parser, u"timeout"_s, 1, 3600, &p.timeoutSeconds, error))
        return false;
    const QString name = p.name;
    if (p.name.isEmpty())
        p.name = u"one-off"_s; // validate() needs a name; one-off connections have none
    const QString problem = p.validate();
    p.name = name;
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    if (p.kind == ServerKind::RocketChat && p.userId.isEmpty()) {
        *error = Text::tr("Rocket.Chat needs --user-id ID.");
        return false;
    }
    *profile = p;
    return true;
}

namespace {
bool readTime(const QCommandLineParser &parser, const QString &name, qint64 *out, QString *error)
{
    if (!parser.isSet(name))
        return true;
    const QByteArray text = parser.value(name).toUtf8();
    qint64 ms = SessionFormat::parseIsoTime(std::string_view(text.constData(), size_t(text.size())));
    if (ms == kMissingTime) {
        const QDate date = QDate::fromString(parser.value(name), Qt::ISODate); // a plain date means local midnight
        if (date.isValid())
            ms = date.startOfDay().toMSecsSinceEpoch();
    }
    if (ms == kMissingTime) {
        *error = Text::tr("--%1 needs an ISO 8601 time such as 2026-11-01 or 2026-11-01T08:00:00Z.").arg(name);
        return false;
    }
    *out = ms;
    return true;
}
} // namespace

bool readPolicy(const QCommandLineParser &parser, Connection *connection, QString *error)
{
    if (!optionsFitKind(parser, connection->kind, error))
        return false;
    if (!readTime(parser, u"since"_s, &connection->sinceMs, error) || !readTime(parser, u"until"_s, &connection->untilMs, error))
        return false;
    if (parser.isSet(u"user"_s))
        connection->users = parser.values(u"user"_s);
    if (parser.isSet(u"all-users"_s))
        connection->allUsers = true;
    connection->seam.userIdentifierKey = parser.value(u"user-identifier-key"_s);
    connection->seam.connectWebviewId = parser.value(u"connect-webview-id"_s);
    connection->seam.userIdentityId = parser.value(u"user-identity-id"_s);
    connection->seam.withoutUserIdentifierKey = parser.isSet(u"without-user-identifier-key"_s);
    int seconds = connection->policy.timeoutMs / 1000;
    int mb = int(connection->policy.maxResponseBytes / (1024 * 1024));
    if (!readBoundedInt(parser, u"timeout"_s, 1, 3600, &seconds, error)
        || !readBoundedInt(parser, u"max-response-mb"_s, 1, 4096, &mb, error))
        return false;
    connection->policy.timeoutMs = seconds * 1000;
    connection->policy.maxResponseBytes = qint64(mb) * 1024 * 1024;
    return true;
}

QString firstGiven(const QCommandLineParser &parser, const QStringList &names)
{
    const QStringList given = parser.optionNames();
    for (const QString &name : names) {
        if (given.contains(name))
            return name;
    }
    return {};
}

bool secretGiven(const QCommandLineParser &parser)
{
    return parser.isSet(u"token-env"_s) || parser.isSet(u"token-stdin"_s);
}

bool readSecret(const QCommandLineParser &parser, QString *secret, QString *error)
{
    if (parser.isSet(u"token-env"_s) && parser.isSet(u"token-stdin"_s)) {
        *error = Text::tr("Pass either --token-env or --token-stdin, not both.");
        return false;
    }
    if (parser.isSet(u"token-stdin"_s)) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            *error = Text::tr("Could not read standard input.");
            return false;
        }
        *secret = QString::fromUtf8(in.readLine(64 * 1024)).trimmed();
        if (secret->isEmpty()) {
            *error = Text::tr("--token-stdin read nothing: pipe the token into standard input.");
            return false;
        }
        return true;
    }
    if (!parser.isSet(u"token-env"_s)) {
        *error = Text::tr("No credentials given: pass --token-env VAR naming an environment variable that holds the token, or --token-stdin.");
        return false;
    }
    const QString var = parser.value(u"token-env"_s);
    *secret = qEnvironmentVariable(var.toLocal8Bit().constData());
    if (secret->isEmpty()) {
        *error = Text::tr("The environment variable %1 named by --token-env is not set or empty.").arg(var);
        return false;
    }
    return true;
}

bool read(const QCommandLineParser &parser, Connection *connection, QString *error)
{
    Profile profile;
    QString secret;
    if (!readProfile(parser, &profile, error) || !readSecret(parser, &secret, error))
        return false;
    Connection c = profile.connection(secret);
    if (!readPolicy(parser, &c, error))
        return false;
    *connection = c;
    return true;
}

} // namespace ConnectionOptions
