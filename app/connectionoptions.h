// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection.h"
#include "profiles.h"

#include <QCommandLineOption>
#include <QList>

class QCommandLineParser;

/**
 * The connection flags shared by the GUI and the CLI: server (--kind, --url, --user-id,
 * --all-users, --project-key, --api-version, --workspace), transport (--ca-file,
 * --pin-sha256, --allow-http, --timeout, --max-response-mb) and secret (--token-env,
 * --token-stdin). Secrets are only read from an environment variable named by
 * --token-env or from standard input, never from an argument value (argv is visible to
 * every user through ps).
 */
namespace ConnectionOptions {
QList<QCommandLineOption> serverOptions(); ///< everything but the secret and --max-response-mb
QList<QCommandLineOption> secretOptions(); ///< --token-env, --token-stdin
QList<QCommandLineOption> fetchOptions();  ///< --max-response-mb, OpenReplay range, Seam filters
QList<QCommandLineOption> options();       ///< all of them

/// True when the user passed --url (a one-off connection was requested).
bool requested(const QCommandLineParser &parser);
/// Builds a profile (without a name) from the server flags; false with a one-sentence error.
bool readProfile(const QCommandLineParser &parser, Profile *profile, QString *error);
/// Applies the per-run flags: --timeout, --max-response-mb, --all-users, --user, --since,
/// --until and the Seam filters.
bool readPolicy(const QCommandLineParser &parser, Connection *connection, QString *error);
/// True when --token-env or --token-stdin was given.
bool secretGiven(const QCommandLineParser &parser);
/// The first of names given on the command line, or an empty string. Unlike isSet(), a
/// name the parser does not define is no error: commands define different options.
QString firstGiven(const QCommandLineParser &parser, const QStringList &names);
/// Reads the secret named by --token-env or the first line of standard input (--token-stdin).
bool readSecret(const QCommandLineParser &parser, QString *secret, QString *error);
/// A complete one-off connection from the flags; false with a one-sentence error.
bool read(const QCommandLineParser &parser, Connection *connection, QString *error);
}
