// SPDX-License-Identifier: GPL-3.0-or-later
// sessiondesk-cli: SessionDesk's scripting interface. Exit codes: 0 ok, 1 runtime or
// server error, 2 usage error, 3 authentication error. Errors go to stderr as one sentence.

#include "connectionoptions.h"
#include "credentialstore.h"
#include "csvwriter.h"
#include "demoserver.h"
#include "largememory.h"
#include "auditlog.h"
#include "profiles.h"
#include "revokejob.h"
#include "providers/openreplay/openreplayclient.h"
#include "providers/sessionprovider.h"
#include "sessionconditions.h"
#include "sessionstore.h"
#include "translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QNetworkAccessManager>
#include <QSocketNotifier>

#include <algorithm>
#include <csignal>
#include <memory>
#include <optional>
#include <vector>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace {

enum ExitCode { ExitOk = 0, ExitRuntime = 1, ExitUsage = 2, ExitAuth = 3 };

struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

int fail(int code, const QString &message)
{
    std::fprintf(stderr, "sessiondesk-cli: %s\n", qPrintable(message));
    return code;
}

QString usageText()
{
    return Cli::tr("Usage: sessiondesk-cli COMMAND [options]\n"
              "\n"
              "Commands:\n"
              "  list          List the sessions of a server.\n"
              "  profiles      List, add or remove saved servers (list | add NAME | remove NAME).\n"
              "  revoke        Revoke sessions by id (asks first unless --yes).\n"
              "  delete        Delete Seam client sessions by id (asks first unless --yes).\n"
              "  delete-user-data  Delete what OpenReplay recorded about users (asks first unless --yes).\n"
              "  audit         Show the record of revocations.\n"
              "  projects      OpenReplay: list the projects (key, id, name).\n"
              "  users         OpenReplay: find end users (--search TEXT): id, e-mail, name.\n"
              "  demo-server   Run the embedded demo server until interrupted.\n"
              "\n"
              "Run \"sessiondesk-cli COMMAND --help\" for the options of a command.\n");
}

// Unix signals end the demo server through the event loop (self-pipe).
int g_signalPipe[2] = {-1, -1};
void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto ignored = ::write(g_signalPipe[1], &byte, 1);
}

void addCommonOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(Cli::tr("SessionDesk command line"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"command"_s, Cli::tr("The command to run."));
    parser.addOption({u"config"_s, Cli::tr("Read and write profiles in FILE instead of %1.").arg(ProfileStore::defaultFileName()), u"FILE"_s});
}

std::unique_ptr<ProfileStore> openProfiles(const QCommandLineParser &parser)
{
    if (parser.isSet(u"config"_s))
        return std::make_unique<ProfileStore>(parser.value(u"config"_s));
    return std::make_unique<ProfileStore>();
}

/// Runs one keychain operation to completion (the CLI may wait; the GUI never does).
CredentialResult waitFor(const std::function<void(CredentialStore &, QObject *, CredentialStore::Callback)> &operation)
{
    CredentialStore keychain;
    QEventLoop loop;
    CredentialResult result;
    bool done = false;
    operation(keychain, &loop, [&](const CredentialResult &r) {
        result = r;
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return result;
}

int keychainFailure(const CredentialResult &r)
{
    return fail(r.status == CredentialResult::Status::Unavailable ? 3 : 1, r.error);
}

/// The columns a listing has: every one but Server, which tells apart the servers of a
/// merged view (the CLI lists one server per run, and "server" in JSON holds its fields).
QString listColumnKeys()
{
    QStringList keys;
    for (SessionColumn c : SessionColumns::all())
        keys << SessionColumns::key(c);
    return keys.join(u", "_s);
}

/// A column of listColumnKeys() by its key.
bool listColumn(const QString &key, SessionColumn *column)
{
    return SessionColumns::fromKey(key, column) && *column != SessionColumn::Server;
}

bool parseColumns(const QString &spec, std::vector<SessionColumn> *columns, QString *error)
{
    columns->clear();
    for (const QString &part : spec.split(u',', Qt::SkipEmptyParts)) {
        SessionColumn c;
        if (!listColumn(part.trimmed(), &c)) {
            *error = Cli::tr("Unknown column \"%1\"; known columns: %2.").arg(part.trimmed(), listColumnKeys());
            return false;
        }
        columns->push_back(c);
    }
    if (columns->empty()) {
        *error = Cli::tr("--columns needs at least one column.");
        return false;
    }
    return true;
}

bool writeTable(QIODevice *out, const SessionStore &store, const RowList &rows,
                const std::vector<SessionColumn> &columns, QString *error)
{
    constexpr qsizetype kMaxWidth = 40;
    std::vector<qsizetype> widths;
    for (SessionColumn c : columns)
        widths.push_back(SessionColumns::key(c).size());
    for (int row : rows) {
        for (size_t i = 0; i < columns.size(); ++i)
            widths[i] = std::min(kMaxWidth, std::max(widths[i], store.displayText(row, columns[i]).size()));
    }
    auto line = [&](auto cellText) {
        QString text;
        for (size_t i = 0; i < columns.size(); ++i) {
            QString cell = cellText(i);
            cell.replace(u'\n', u' ').replace(u'\r', u' ').replace(u'\t', u' ');
            if (cell.size() > widths[i])
                cell = cell.left(widths[i] - 1) + QChar(0x2026);
            text += i + 1 < columns.size() ? cell.leftJustified(widths[i] + 2) : cell;
        }
        return text.toUtf8() + '\n';
    };
    QByteArray buffer = line([&](size_t i) { return SessionColumns::key(columns[i]); });
    for (int row : rows) {
        buffer += line([&](size_t i) { return store.displayText(row, columns[i]); });
        if (buffer.size() > (1 << 20)) {
            if (out->write(buffer) != buffer.size())
                break;
            buffer.clear();
        }
    }
    if (out->write(buffer) != buffer.size()) {
        *error = Cli::tr("Could not write the output: %1").arg(out->errorString());
        return false;
    }
    return true;
}

/// Fills connection from --profile NAME: the saved settings, the keychain's secret (or
/// --token-env / --token-stdin) and the --timeout / --max-response-mb overrides.
int connectionFromProfile(const QCommandLineParser &parser, Connection *connection)
{
    const auto store = openProfiles(parser);
    QString error;
    if (!store->status(&error))
        return fail(ExitRuntime, error);
    Profile profile;
    if (!store->find(parser.value(u"profile"_s), &profile))
        return fail(ExitUsage, Cli::tr("There is no profile named \"%1\"; run sessiondesk-cli profiles list.").arg(parser.value(u"profile"_s)));
    QString secret;
    if (ConnectionOptions::secretGiven(parser)) {
        if (!ConnectionOptions::readSecret(parser, &secret, &error))
            return fail(ExitUsage, error);
    } else {
        const CredentialResult r = waitFor([&](CredentialStore &k, QObject *c, CredentialStore::Callback cb) {
            k.read(profile.credentialKey(), c, std::move(cb));
        });
        if (r.status == CredentialResult::Status::NotFound)
            return fail(ExitAuth, Cli::tr("Profile \"%1\" is not signed in: no credentials are stored in the keychain. Sign in from "
                                          "SessionDesk, or run sessiondesk-cli profiles add again with --token-env VAR.").arg(profile.name));
        if (r.status != CredentialResult::Status::Ok)
            return keychainFailure(r);
        secret = r.secret;
    }
    *connection = profile.connection(secret);
    if (!ConnectionOptions::readPolicy(parser, connection, &error))
        return fail(ExitUsage, error);
    return ExitOk;
}

/// The connection named by --profile NAME, or by the one-off flags.
int connectionFromArguments(const QCommandLineParser &parser, Connection *connection)
{
    if (parser.isSet(u"profile"_s)) {
        if (parser.isSet(u"url"_s))
            return fail(ExitUsage, Cli::tr("Pass either --profile or --url, not both."));
        // What makes up a saved server comes from its profile; given here it would be ignored.
        if (const QString name = ConnectionOptions::firstGiven(parser, {u"kind"_s, u"user-id"_s, u"project-key"_s, u"api-version"_s,
                                                                        u"workspace"_s, u"ca-file"_s, u"pin-sha256"_s, u"allow-http"_s});
            !name.isEmpty())
            return fail(ExitUsage, Cli::tr("--%1 is part of profile \"%2\": save it again with sessiondesk-cli profiles add %2 "
                                           "--replace to change it.").arg(name, parser.value(u"profile"_s)));
        return connectionFromProfile(parser, connection);
    }
    QString error;
    if (!ConnectionOptions::read(parser, connection, &error))
        return fail(ExitUsage, error);
    return ExitOk;
}

int runProfilesList(const QCommandLineParser &parser, ProfileStore &store)
{
    const QString format = parser.value(u"format"_s).toLower();
    const QList<Profile> profiles = store.profiles();
    // A damaged entry is named on stderr; the others are listed as usual.
    for (const QString &problem : store.problems())
        std::fprintf(stderr, "%s\n", qPrintable(Cli::tr("warning: %1").arg(problem)));
    if (format == u"json"_s) {
        QJsonArray array;
        for (const Profile &p : profiles) {
            QJsonObject o{{u"name"_s, p.name}, {u"kind"_s, ServerKinds::key(p.kind)}, {u"url"_s, p.url}};
            if (p.kind == ServerKind::RocketChat) {
                o.insert(u"userId"_s, p.userId);
                o.insert(u"scope"_s, ProfileKeys::scope(p.scope));
            } else if (p.kind == ServerKind::OpenReplay) {
                o.insert(u"apiVersion"_s, ProfileKeys::apiVersion(p.apiVersion));
                o.insert(u"projectKey"_s, p.projectKey);
            }
            array.append(o);
        }
        std::fputs(QJsonDocument(array).toJson(QJsonDocument::Indented).constData(), stdout);
        return ExitOk;
    }
    if (format != u"table"_s)
        return fail(ExitUsage, Cli::tr("Unknown format \"%1\"; use table or json.").arg(format));
    if (profiles.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(Cli::tr("No profiles yet; add one with sessiondesk-cli profiles add NAME --kind KIND --url URL …")));
        return ExitOk;
    }
    qsizetype nameWidth = 4;
    for (const Profile &p : profiles)
        nameWidth = std::max(nameWidth, p.name.size());
    QString text = u"NAME"_s.leftJustified(nameWidth + 2) + u"KIND"_s.leftJustified(12) + u"URL\n"_s;
    for (const Profile &p : profiles)
        text += p.name.leftJustified(nameWidth + 2) + ServerKinds::key(p.kind).leftJustified(12) + p.url + u'\n';
    std::fputs(text.toUtf8().constData(), stdout);
    return ExitOk;
}

int runProfilesAdd(const QCommandLineParser &parser, ProfileStore &store, const QString &name)
{
    Profile profile;
    profile.name = name;
    QString error;
    if (!ConnectionOptions::readProfile(parser, &profile, &error))
        return fail(ExitUsage, error);
    if (store.contains(name) && !parser.isSet(u"replace"_s))
        return fail(ExitUsage, Cli::tr("A profile named \"%1\" already exists; pass --replace to overwrite it.").arg(name));
    const QString problem = profile.validate();
    if (!problem.isEmpty())
        return fail(ExitUsage, problem);
    QString secret;
    if (ConnectionOptions::secretGiven(parser) && !ConnectionOptions::readSecret(parser, &secret, &error))
        return fail(ExitUsage, error);
    // The secret goes to the keychain first: if that fails, nothing is saved at all.
    if (!secret.isEmpty()) {
        const CredentialResult r = waitFor([&](CredentialStore &k, QObject *c, CredentialStore::Callback cb) {
            k.write(profile.credentialKey(), secret, c, std::move(cb));
        });
        if (r.status != CredentialResult::Status::Ok)
            return keychainFailure(r);
    }
    if (!store.save(profile, &error))
        return fail(ExitRuntime, error);
    std::fprintf(stderr, "%s\n", qPrintable(secret.isEmpty()
        ? Cli::tr("Saved profile \"%1\" without credentials; sign in from SessionDesk or add them with --token-env VAR.").arg(name)
        : Cli::tr("Saved profile \"%1\"; its secret is in the keychain.").arg(name)));
    return ExitOk;
}

int runProfilesRemove(ProfileStore &store, const QString &name)
{
    Profile profile;
    if (!store.find(name, &profile))
        return fail(ExitUsage, Cli::tr("There is no profile named \"%1\".").arg(name));
    const CredentialResult r = waitFor([&](CredentialStore &k, QObject *c, CredentialStore::Callback cb) {
        k.remove(profile.credentialKey(), c, std::move(cb));
    });
    if (r.status != CredentialResult::Status::Ok)
        return fail(r.status == CredentialResult::Status::Unavailable ? ExitAuth : ExitRuntime,
                    Cli::tr("Profile \"%1\" was kept because its secret could not be removed from the keychain: %2").arg(name, r.error));
    QString error;
    if (!store.remove(name, &error))
        return fail(ExitRuntime, error);
    std::fprintf(stderr, "%s\n", qPrintable(Cli::tr("Removed profile \"%1\" and its secret.").arg(name)));
    return ExitOk;
}

int runProfiles(const QStringList &arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addPositionalArgument(u"action"_s, Cli::tr("list, add NAME or remove NAME."));
    parser.addOptions(ConnectionOptions::serverOptions());
    parser.addOptions(ConnectionOptions::secretOptions());
    parser.addOptions({
        {u"replace"_s, Cli::tr("profiles add: overwrite an existing profile of the same name.")},
        {u"format"_s, Cli::tr("profiles list: table or json (default table)."), u"FORMAT"_s, u"table"_s},
    });
    if (!parser.parse(arguments))
        return fail(ExitUsage, parser.errorText());
    if (parser.isSet(u"help"_s)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return ExitOk;
    }
    const QStringList args = parser.positionalArguments(); // "profiles", action, [NAME]
    const QString action = args.value(1);
    const auto store = openProfiles(parser);
    QString error;
    if (!store->status(&error))
        return fail(ExitRuntime, error);
    if (action == u"list"_s && args.size() == 2)
        return runProfilesList(parser, *store);
    if ((action == u"add"_s || action == u"remove"_s) && args.size() == 3)
        return action == u"add"_s ? runProfilesAdd(parser, *store, args[2]) : runProfilesRemove(*store, args[2]);
    return fail(ExitUsage, Cli::tr("Usage: sessiondesk-cli profiles list | add NAME --kind KIND --url URL … | remove NAME"));
}

/**
 * The rows of users (each an id or a user name, exactly) that started in [since, until);
 * an empty list or kMissingTime does not narrow. OpenReplay's server answers for the
 * users and the range asked; Rocket.Chat and Seam send every session, so --user, --since
 * and --until narrow here: a script that revokes what it listed must not get more.
 */
RowList onlyUsersAndRange(const SessionStore &store, const RowList &rows, const QStringList &users, qint64 since,
                          qint64 until)
{
    SessionConditions range; // the quick filters' start-time range: the same bounds
    range.startedFrom = since;
    range.startedTo = until;
    RowList inRange = store.conditionRows(range, &rows);
    if (users.isEmpty())
        return inRange;
    std::vector<QByteArray> wanted;
    for (const QString &user : users)
        wanted.push_back(user.toUtf8());
    const auto isWanted = [&wanted](std::string_view value) {
        return !value.empty() && std::any_of(wanted.cbegin(), wanted.cend(), [value](const QByteArray &w) {
            return std::string_view(w.constData(), size_t(w.size())) == value;
        });
    };
    RowList out;
    for (const int row : inRange) {
        if (isWanted(store.text(row, RawField::UserId)) || isWanted(store.text(row, RawField::UserName)))
            out.push_back(row);
    }
    return out;
}

int runList(const QStringList &arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addOptions(ConnectionOptions::options());
    parser.addOptions({
        {u"profile"_s, Cli::tr("Use the saved profile NAME (its secret comes from the keychain)."), u"NAME"_s},
        {u"filter"_s, Cli::tr("Only sessions whose shown text contains TEXT (case-insensitive)."), u"TEXT"_s},
        {u"sort"_s, Cli::tr("Sort by COLUMN, ascending unless :desc is given."), u"COLUMN[:asc|desc]"_s},
        {u"columns"_s, Cli::tr("Comma-separated columns to output (default: all): %1.").arg(listColumnKeys()), u"a,b,c"_s},
        {u"format"_s, Cli::tr("Output format: table, csv or json (default table)."), u"FORMAT"_s, u"table"_s},
        {u"output"_s, Cli::tr("Write to FILE (atomically) instead of standard output."), u"FILE"_s},
    });
    if (!parser.parse(arguments))
        return fail(ExitUsage, parser.errorText());
    if (parser.isSet(u"help"_s)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return ExitOk;
    }
    if (parser.positionalArguments().size() > 1)
        return fail(ExitUsage, Cli::tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().at(1)));

    Connection connection;
    QString error;
    if (const int code = connectionFromArguments(parser, &connection); code != ExitOk)
        return code;

    const QString format = parser.value(u"format"_s).toLower();
    if (format != u"table"_s && format != u"csv"_s && format != u"json"_s)
        return fail(ExitUsage, Cli::tr("Unknown format \"%1\"; use table, csv or json.").arg(format));

    std::vector<SessionColumn> columns = SessionColumns::all();
    if (parser.isSet(u"columns"_s) && !parseColumns(parser.value(u"columns"_s), &columns, &error))
        return fail(ExitUsage, error);

    int sortColumn = -1;
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
    if (parser.isSet(u"sort"_s)) {
        const QStringList parts = parser.value(u"sort"_s).split(u':');
        SessionColumn c;
        if (parts.size() > 2 || !listColumn(parts.first(), &c))
            return fail(ExitUsage, Cli::tr("Cannot sort by \"%1\"; known columns: %2.").arg(parser.value(u"sort"_s), listColumnKeys()));
        sortColumn = int(c);
        if (parts.size() == 2) {
            if (parts[1].compare(u"desc"_s, Qt::CaseInsensitive) == 0)
                sortOrder = Qt::DescendingOrder;
            else if (parts[1].compare(u"asc"_s, Qt::CaseInsensitive) != 0)
                return fail(ExitUsage, Cli::tr("Sort direction must be asc or desc, not \"%1\".").arg(parts[1]));
        }
    }

    // JSON output carries every field the server sent, under "server".
    connection.keepServerFields = format == u"json"_s;
    QHash<QString, std::string> serverFields; // session id -> the server's own JSON
    QNetworkAccessManager nam;
    SessionStore store;
    SessionProvider *provider = SessionProvider::create(connection, &nam, nullptr);
    if (!provider)
        return fail(ExitRuntime, Cli::tr("Listing %1 sessions is not supported yet.").arg(ServerKinds::key(connection.kind)));
    FetchResult result;
    QObject::connect(provider, &SessionProvider::progress, provider,
                     [&store](qint64, qint64 total) { store.reserve(total); });
    QObject::connect(provider, &SessionProvider::batchReady, provider,
                     [&store, &serverFields](const SessionBatch &batch) {
        store.upsert(batch, 1);
        if (!batch.hasRaw())
            return;
        for (int i = 0; i < batch.size(); ++i) {
            serverFields.insert(batch.sessionId(i), std::string(batch.raw(i)));
        }
    });
    QObject::connect(provider, &SessionProvider::finished, provider, [&result](const FetchResult &r) {
        result = r;
        QCoreApplication::exit(0);
    });
    QMetaObject::invokeMethod(provider, &SessionProvider::fetch, Qt::QueuedConnection);
    QCoreApplication::exec();
    delete provider;

    switch (result.status) {
    case FetchResult::Status::Ok:
        break;
    case FetchResult::Status::AuthenticationFailed:
        return fail(ExitAuth, result.error);
    case FetchResult::Status::Canceled:
    case FetchResult::Status::Failed:
        return fail(ExitRuntime, result.error);
    }
    if (result.totalChanged)
        std::fprintf(stderr, "sessiondesk-cli: %s\n",
                     qPrintable(Cli::tr("Note: the server's session count changed while paging; the list may be incomplete.")));

    RowList rows = store.filterRows(parser.value(u"filter"_s), columns);
    if (connection.kind != ServerKind::OpenReplay) {
        rows = onlyUsersAndRange(store, rows, parser.values(u"user"_s),
                                 parser.isSet(u"since"_s) ? connection.sinceMs : kMissingTime,
                                 parser.isSet(u"until"_s) ? connection.untilMs : kMissingTime);
    }
    if (sortColumn >= 0) {
        std::vector<uint8_t> keep(size_t(store.rowCount()), 0);
        for (int row : rows)
            keep[size_t(row)] = 1;
        RowList ordered;
        for (int row : store.orderedRows(static_cast<SessionColumn>(sortColumn), sortOrder)) {
            if (keep[size_t(row)])
                ordered.push_back(row);
        }
        rows.swap(ordered);
    }

    const QString outputPath = parser.value(u"output"_s);
    if (format == u"csv"_s) {
        CsvWriter writer;
        if (!outputPath.isEmpty()) {
            if (!writer.writeFile(outputPath, store, rows, columns))
                return fail(ExitRuntime, writer.errorString());
            return ExitOk;
        }
        QFile out;
        out.open(stdout, QIODevice::WriteOnly);
        if (!writer.write(&out, store, rows, columns))
            return fail(ExitRuntime, writer.errorString());
        return ExitOk;
    }

    // table and json: to a QSaveFile for --output, else stdout
    QFile stdoutFile;
    QSaveFile saveFile(outputPath);
    QIODevice *out = &stdoutFile;
    if (outputPath.isEmpty()) {
        stdoutFile.open(stdout, QIODevice::WriteOnly);
    } else {
        if (!saveFile.open(QIODevice::WriteOnly))
            return fail(ExitRuntime, Cli::tr("Could not open %1 for writing: %2").arg(outputPath, saveFile.errorString()));
        out = &saveFile;
    }
    const auto serverFieldsOf = [&](int row) -> std::string_view {
        const auto it = serverFields.constFind(store.sessionId(row));
        return it == serverFields.cend() ? std::string_view() : std::string_view(*it);
    };
    const bool written = format == u"json"_s ? JsonWriter::write(out, store, rows, columns, &error, serverFieldsOf)
                                             : writeTable(out, store, rows, columns, &error);
    if (!written)
        return fail(ExitRuntime, error);
    if (!outputPath.isEmpty() && !saveFile.commit())
        return fail(ExitRuntime, Cli::tr("Could not save %1: %2").arg(outputPath, saveFile.errorString()));
    return ExitOk;
}

/// Reads one line from the terminal; false when standard input is not a terminal.
bool askTerminal(const QString &question, QString *answer)
{
    if (!::isatty(STDIN_FILENO))
        return false;
    std::fputs(qPrintable(question), stderr);
    std::fflush(stderr);
    char line[512];
    if (!std::fgets(line, sizeof line, stdin))
        return false;
    *answer = QString::fromLocal8Bit(line).trimmed();
    return true;
}

int runRevoke(const QStringList &arguments, RevokeJob::Action action)
{
    const bool deleting = action == RevokeJob::Action::Delete;
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addPositionalArgument(u"SESSION_ID"_s, deleting ? Cli::tr("The sessions to delete.") : Cli::tr("The sessions to revoke."),
                                 u"SESSION_ID..."_s);
    parser.addOptions(ConnectionOptions::options());
    parser.addOptions({
        {u"profile"_s, Cli::tr("Use the saved profile NAME (its secret comes from the keychain)."), u"NAME"_s},
        {u"yes"_s, Cli::tr("Do not ask for confirmation.")},
        {u"2fa-method"_s, Cli::tr("Rocket.Chat second factor for revoking other users' sessions: totp, email or password (default totp)."), u"METHOD"_s, u"totp"_s},
        {u"2fa-env"_s, Cli::tr("Name of the environment variable holding the two-factor code (or the password for --2fa-method password)."), u"VAR"_s},
    });
    if (!parser.parse(arguments))
        return fail(ExitUsage, parser.errorText());
    if (parser.isSet(u"help"_s)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return ExitOk;
    }
    const QStringList ids = parser.positionalArguments().mid(1);
    if (ids.isEmpty())
        return fail(ExitUsage, Cli::tr("Name at least one session id: sessiondesk-cli %1 SESSION_ID...").arg(arguments.value(1)));
    // The options that narrow a list would narrow nothing here: refused, not ignored.
    if (const QString name = ConnectionOptions::firstGiven(parser, {u"user"_s, u"since"_s, u"until"_s, u"user-identifier-key"_s,
                                                                    u"connect-webview-id"_s, u"user-identity-id"_s,
                                                                    u"without-user-identifier-key"_s});
        !name.isEmpty())
        return fail(ExitUsage, Cli::tr("--%1 narrows a list; %2 acts on exactly the session ids given.").arg(name, arguments.value(1)));
    const QString method = parser.value(u"2fa-method"_s);
    if (method != u"totp"_s && method != u"email"_s && method != u"password"_s)
        return fail(ExitUsage, Cli::tr("--2fa-method must be totp, email or password."));

    Connection connection;
    if (const int code = connectionFromArguments(parser, &connection); code != ExitOk)
        return code;
    const QString profileName = parser.value(u"profile"_s);
    if (connection.kind == ServerKind::OpenReplay)
        return fail(ExitUsage, Cli::tr("OpenReplay recordings cannot be revoked or deleted one by one; to erase a user's "
                                       "recordings run sessiondesk-cli delete-user-data USER_ID."));
    if (deleting && connection.kind != ServerKind::Seam)
        return fail(ExitUsage, Cli::tr("Only Seam client sessions can be deleted; revoke Rocket.Chat sessions instead."));

    if (!parser.isSet(u"yes"_s)) {
        QString answer;
        const QString question = deleting
            ? Cli::tr("Delete %n session(s) on %1? [y/N] ", nullptr, int(ids.size())).arg(connection.displayName())
            : Cli::tr("Revoke %n session(s) on %1? The devices will be signed out. [y/N] ", nullptr, int(ids.size()))
                  .arg(connection.displayName());
        if (!askTerminal(question, &answer))
            return fail(ExitUsage, Cli::tr("Refusing to revoke without confirmation: standard input is not a terminal; pass --yes."));
        if (answer.compare(u"y"_s, Qt::CaseInsensitive) != 0 && answer.compare(u"yes"_s, Qt::CaseInsensitive) != 0)
            return fail(ExitRuntime, deleting ? Cli::tr("Nothing deleted.") : Cli::tr("Nothing revoked."));
    }

    QNetworkAccessManager nam;
    QList<RevokeTarget> targets;
    for (const QString &id : ids)
        targets.append({id, {}});
    AuditLog audit;
    RevokeJob job(connection, targets, &nam);
    job.setAction(action);
    job.setAuditLog(&audit, profileName);
    // Requests run in parallel and finish in any order; the lines come out in the order the
    // ids were given, each as soon as those before it are printed, so scripts can pair them.
    std::vector<std::optional<QString>> lines(size_t(ids.size()));
    QHash<QString, QList<size_t>> linesOf; // the places of each id, first first
    for (qsizetype i = 0; i < ids.size(); ++i)
        linesOf[ids[i]].append(size_t(i));
    size_t nextLine = 0;
    const auto printReady = [&lines, &nextLine](bool all) {
        for (; nextLine < lines.size() && (lines[nextLine] || all); ++nextLine) {
            if (lines[nextLine])
                std::fprintf(stdout, "%s\n", qPrintable(*lines[nextLine]));
        }
        std::fflush(stdout);
    };
    QObject::connect(&job, &RevokeJob::outcome, &job, [deleting, &linesOf, &lines, &printReady](const RevokeOutcome &o) {
        QString line = o.target.sessionId + u": "_s;
        switch (o.status) {
        case RevokeOutcome::Status::Revoked:
            line += deleting ? Cli::tr("deleted") : Cli::tr("revoked");
            break;
        case RevokeOutcome::Status::AlreadyGone:
            line += Cli::tr("already gone");
            break;
        case RevokeOutcome::Status::Failed:
            line += Cli::tr("failed: %1").arg(o.reason);
            break;
        case RevokeOutcome::Status::Canceled:
            line += Cli::tr("not sent: %1").arg(o.reason);
            break;
        case RevokeOutcome::Status::Unknown:
            line += Cli::tr("unknown (refresh to see): %1").arg(o.reason);
            break;
        }
        // An id given twice gets its outcomes in turn.
        QList<size_t> &places = linesOf[o.target.sessionId];
        if (!places.isEmpty())
            lines[places.takeFirst()] = line;
        printReady(false);
    });
    bool twoFactorAsked = false;
    QObject::connect(&job, &RevokeJob::twoFactorRequired, &job, [&](const QString &serverMethod, const QString &message) {
        QString code;
        if (parser.isSet(u"2fa-env"_s) && !twoFactorAsked) {
            code = qEnvironmentVariable(parser.value(u"2fa-env"_s).toLocal8Bit().constData());
        } else if (!askTerminal((message.isEmpty() ? QString() : message + u' ')
                                    + Cli::tr("Two-factor code (%1) for %2: ").arg(method == u"totp"_s ? serverMethod : method, connection.displayName()),
                                &code)) {
            code.clear();
        }
        twoFactorAsked = true;
        if (code.isEmpty()) {
            job.cancel(Cli::tr("%1 asks for a second factor: pass --2fa-env VAR (and --2fa-method) or run on a terminal.")
                           .arg(connection.displayName()));
            return;
        }
        job.provideTwoFactor(method, code);
    });
    QObject::connect(&job, &RevokeJob::rateLimited, &job, [](int seconds) {
        std::fprintf(stderr, "sessiondesk-cli: %s\n", qPrintable(Cli::tr("Rate limited by the server; waiting %1 s.").arg(seconds)));
    });
    QObject::connect(&job, &RevokeJob::finished, qApp, [] { QCoreApplication::exit(0); });
    job.start();
    QCoreApplication::exec();
    printReady(true);

    const QList<RevokeOutcome> outcomes = job.outcomes();
    const bool allOk = std::all_of(outcomes.cbegin(), outcomes.cend(), [](const RevokeOutcome &o) { return o.succeeded(); });
    if (allOk)
        return ExitOk;
    const bool authProblem = std::any_of(outcomes.cbegin(), outcomes.cend(), [](const RevokeOutcome &o) {
        return o.reason.contains(u"HTTP 401"_s);
    });
    return authProblem ? ExitAuth : ExitRuntime;
}

int runDeleteUserData(const QStringList &arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addPositionalArgument(u"USER_ID"_s, Cli::tr("The OpenReplay end users whose recorded data to delete."), u"USER_ID..."_s);
    parser.addOptions(ConnectionOptions::options());
    parser.addOptions({
        {u"profile"_s, Cli::tr("Use the saved profile NAME (its secret comes from the keychain)."), u"NAME"_s},
        {u"yes"_s, Cli::tr("Do not ask for confirmation.")},
    });
    if (!parser.parse(arguments))
        return fail(ExitUsage, parser.errorText());
    if (parser.isSet(u"help"_s)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return ExitOk;
    }
    const QStringList users = parser.positionalArguments().mid(1);
    if (users.isEmpty())
        return fail(ExitUsage, Cli::tr("Name at least one user id: sessiondesk-cli delete-user-data USER_ID..."));
    Connection connection;
    if (const int code = connectionFromArguments(parser, &connection); code != ExitOk)
        return code;
    const QString profileName = parser.value(u"profile"_s);
    if (connection.kind != ServerKind::OpenReplay)
        return fail(ExitUsage, Cli::tr("delete-user-data is for OpenReplay; use revoke for other servers."));
    if (connection.projectKey.isEmpty())
        return fail(ExitUsage, Cli::tr("OpenReplay needs the project key (--project-key, or in the profile)."));
    if (!parser.isSet(u"yes"_s)) {
        QString answer;
        if (!askTerminal(Cli::tr("Delete everything %1 recorded about %2? This cannot be undone. [y/N] ")
                             .arg(connection.displayName(), users.join(u", "_s)),
                         &answer))
            return fail(ExitUsage, Cli::tr("Refusing to delete without confirmation: standard input is not a terminal; pass --yes."));
        if (answer.compare(u"y"_s, Qt::CaseInsensitive) != 0 && answer.compare(u"yes"_s, Qt::CaseInsensitive) != 0)
            return fail(ExitRuntime, Cli::tr("Nothing deleted."));
    }
    QNetworkAccessManager nam;
    const AuditLog audit;
    int failures = 0;
    bool authFailed = false;
    for (const QString &user : users) { // one at a time: these are heavy jobs on the server
        QEventLoop loop;
        OpenReplayClient::DeleteResult result;
        OpenReplayClient::deleteUserData(connection, user, &nam, &loop, [&](const OpenReplayClient::DeleteResult &r) {
            result = r;
            loop.quit();
        });
        loop.exec();
        using S = OpenReplayClient::DeleteResult::Status;
        if (!result.succeeded()) {
            ++failures;
            authFailed = authFailed || result.status == S::AuthenticationFailed;
        }
        audit.append(result.auditEntry(connection, profileName, user));
        std::printf("%s: %s\n", qPrintable(user),
                    qPrintable(result.status == S::Accepted ? Cli::tr("deletion accepted")
                               : result.status == S::AlreadyScheduled ? Cli::tr("deletion already scheduled")
                                                                      : Cli::tr("failed: %1").arg(result.message)));
        std::fflush(stdout);
    }
    return failures == 0 ? ExitOk : authFailed ? ExitAuth : ExitRuntime;
}

/// sessiondesk-cli projects | users [--search TEXT]: OpenReplay's projects and end users.
int runOpenReplayLookup(const QStringList &arguments, bool users)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addOptions(ConnectionOptions::options());
    parser.addOptions({
        {u"profile"_s, Cli::tr("Use the saved profile NAME (its secret comes from the keychain)."), u"NAME"_s},
        {u"search"_s, Cli::tr("users: only users whose id, e-mail or name contains TEXT."), u"TEXT"_s},
    });
    if (!parser.parse(arguments))
        return fail(ExitUsage, parser.errorText());
    if (parser.isSet(u"help"_s)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return ExitOk;
    }
    Connection connection;
    if (const int code = connectionFromArguments(parser, &connection); code != ExitOk)
        return code;
    if (connection.kind != ServerKind::OpenReplay)
        return fail(ExitUsage, Cli::tr("Projects and users are looked up on OpenReplay servers only."));
    if (users && connection.projectKey.isEmpty())
        return fail(ExitUsage, Cli::tr("OpenReplay needs the project key (--project-key, or in the profile)."));
    QNetworkAccessManager nam;
    QEventLoop loop;
    QString error;
    QString text;
    if (users) {
        OpenReplayClient::searchUsers(connection, parser.value(u"search"_s), &nam, &loop,
                                      [&](const QList<OpenReplayParser::User> &found, const QString &problem) {
            error = problem;
            for (const OpenReplayParser::User &u : found)
                text += u.id + u'\t' + u.email + u'\t' + u.name + u'\n';
            loop.quit();
        });
    } else {
        OpenReplayClient::listProjects(connection, &nam, &loop, [&](const QList<OpenReplayParser::Project> &found, const QString &problem) {
            error = problem;
            for (const OpenReplayParser::Project &p : found)
                text += p.key + u'\t' + QString::number(p.id) + u'\t' + p.name + u'\n';
            loop.quit();
        });
    }
    loop.exec();
    if (!error.isEmpty())
        return fail(error.contains(u"rejected"_s) ? ExitAuth : ExitRuntime, error);
    std::fputs(text.toUtf8().constData(), stdout);
    return ExitOk;
}

int runAudit(const QStringList &arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addOptions({
        {u"format"_s, Cli::tr("table or json (JSON Lines, as stored; default table)."), u"FORMAT"_s, u"table"_s},
        {u"limit"_s, Cli::tr("Only the last N entries."), u"N"_s},
    });
    if (!parser.parse(arguments))
        return fail(ExitUsage, parser.errorText());
    if (parser.isSet(u"help"_s)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return ExitOk;
    }
    const AuditLog log;
    QString error;
    int skipped = 0;
    QList<AuditEntry> entries = log.read(&error, &skipped);
    if (!error.isEmpty())
        return fail(ExitRuntime, error);
    if (parser.isSet(u"limit"_s)) {
        bool ok = false;
        const int limit = parser.value(u"limit"_s).toInt(&ok);
        if (!ok || limit < 1)
            return fail(ExitUsage, Cli::tr("--limit needs a positive number."));
        if (entries.size() > limit)
            entries = entries.mid(entries.size() - limit);
    }
    const QString format = parser.value(u"format"_s);
    QByteArray out;
    if (format == u"json"_s) {
        for (const AuditEntry &e : entries)
            out += AuditLog::toJsonLine(e);
    } else if (format == u"table"_s) {
        for (const AuditEntry &e : entries) {
            QString line = e.time.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s) + u"  "_s + e.profile + u"  "_s + e.action
                + u' ' + e.sessionId + u"  "_s + e.outcome;
            if (!e.reason.isEmpty())
                line += u": "_s + e.reason;
            out += line.toUtf8() + '\n';
        }
    } else {
        return fail(ExitUsage, Cli::tr("Unknown format \"%1\"; use table or json.").arg(format));
    }
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    if (skipped > 0)
        std::fprintf(stderr, "sessiondesk-cli: %s\n", qPrintable(Cli::tr("%1 unreadable lines in %2 were skipped.").arg(skipped).arg(log.fileName())));
    return ExitOk;
}

int runDemoServer(const QStringList &arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addOptions({
        {u"port"_s, Cli::tr("Port on 127.0.0.1 (default: a free port)."), u"N"_s, u"0"_s},
        {u"sessions"_s, Cli::tr("Number of generated sessions (default 5000)."), u"N"_s, u"5000"_s},
        {u"seed"_s, Cli::tr("Seed of the generated data (default 1)."), u"S"_s, u"1"_s},
        {u"latency"_s, Cli::tr("Hold each page of the session list back this many milliseconds, like a distant server (default 0)."), u"MS"_s, u"0"_s},
    });
    if (!parser.parse(arguments))
        return fail(ExitUsage, parser.errorText());
    if (parser.isSet(u"help"_s)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return ExitOk;
    }
    bool portOk = false, sessionsOk = false, seedOk = false, latencyOk = false;
    const int latency = parser.value(u"latency"_s).toInt(&latencyOk);
    if (!latencyOk || latency < 0 || latency > 60'000)
        return fail(ExitUsage, Cli::tr("--latency needs a number of milliseconds between 0 and 60000."));
    const uint port = parser.value(u"port"_s).toUInt(&portOk);
    const qlonglong sessions = parser.value(u"sessions"_s).toLongLong(&sessionsOk);
    const qulonglong seed = parser.value(u"seed"_s).toULongLong(&seedOk);
    if (!portOk || port > 65535)
        return fail(ExitUsage, Cli::tr("--port needs a number between 0 and 65535."));
    if (!sessionsOk || sessions < 0 || sessions > 100'000'000)
        return fail(ExitUsage, Cli::tr("--sessions needs a number between 0 and 100000000."));
    if (!seedOk)
        return fail(ExitUsage, Cli::tr("--seed needs a non-negative number."));

    DemoServer server(seed, sessions, DemoServer::defaultReferenceTime());
    server.setListLatency(latency);
    if (server.listen(quint16(port)) == 0)
        return fail(ExitRuntime, Cli::tr("Could not listen on 127.0.0.1:%1; is the port in use?").arg(port));

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return fail(ExitRuntime, Cli::tr("Could not set up signal handling."));
    QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, qApp, [] { QCoreApplication::quit(); });
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);

    std::fputs(server.info().toJsonLine().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    LargeMemory::tuneAllocator();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"sessiondesk-cli"_s);
    QCoreApplication::setOrganizationName(u"SessionDesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SESSIONDESK_VERSION));
    Translations::install();

    const QStringList arguments = QCoreApplication::arguments();
    QString command;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (!arguments[i].startsWith(u'-')) {
            command = arguments[i];
            break;
        }
    }
    if (command.isEmpty()) {
        if (arguments.contains(u"--version"_s) || arguments.contains(u"-v"_s)) {
            std::printf("sessiondesk-cli %s\n", SESSIONDESK_VERSION);
            return ExitOk;
        }
        if (arguments.contains(u"--help"_s) || arguments.contains(u"-h"_s)) {
            std::fputs(qPrintable(usageText()), stdout);
            return ExitOk;
        }
        std::fputs(qPrintable(usageText()), stderr);
        return ExitUsage;
    }
    if (command == u"list"_s)
        return runList(arguments);
    if (command == u"profiles"_s)
        return runProfiles(arguments);
    if (command == u"revoke"_s)
        return runRevoke(arguments, RevokeJob::Action::Revoke);
    if (command == u"delete"_s)
        return runRevoke(arguments, RevokeJob::Action::Delete);
    if (command == u"delete-user-data"_s)
        return runDeleteUserData(arguments);
    if (command == u"projects"_s || command == u"users"_s)
        return runOpenReplayLookup(arguments, command == u"users"_s);
    if (command == u"audit"_s)
        return runAudit(arguments);
    if (command == u"demo-server"_s)
        return runDemoServer(arguments);
    return fail(ExitUsage, Cli::tr("Unknown command \"%1\"; run sessiondesk-cli --help for the list of commands.").arg(command));
}
