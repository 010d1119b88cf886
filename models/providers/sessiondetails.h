// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection.h"

#include <QObject>

#include <functional>

class QNetworkAccessManager;

/**
 * Everything a server knows about one session, as its own JSON (indented), for the
 * details pane: Rocket.Chat GET sessions/info (sessions/info.admin for all users), Seam
 * POST client_sessions/get (the live token masked). OpenReplay has no single-session
 * call in its public API; the pane shows the listed fields there.
 */
namespace SessionDetails {
using Callback = std::function<void(const QString &json, const QString &error)>;
bool supported(ServerKind kind);
void fetch(const Connection &connection, const QString &sessionId, QNetworkAccessManager *nam, QObject *context, Callback done);
}
