// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection.h"

#include <QCommandLineOption>
#include <QList>

class QCommandLineParser;

/**
 * The one-off connection flags shared by the GUI and the CLI:
 * --kind, --url, --user-id, --token-env, --allow-http, --timeout, --max-response-mb.
 * Secrets are only read from an environment variable named by --token-env, never
 * from an argument value (argv is visible to every user through ps).
 */
namespace ConnectionOptions {
QList<QCommandLineOption> options();
/// True when the user passed --url (a one-off connection was requested).
bool requested(const QCommandLineParser &parser);
/// Fills connection from the parser; returns false with a one-sentence error.
bool read(const QCommandLineParser &parser, Connection *connection, QString *error);
}
