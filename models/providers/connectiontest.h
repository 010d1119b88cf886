// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection.h"

#include <QObject>

#include <functional>

class QNetworkAccessManager;

/// What "Test connection" found out.
struct ConnectionTestResult
{
    enum class Status { Ok, AuthenticationFailed, Failed };
    Status status = Status::Failed;
    QString message;          ///< one sentence for the user, success included
    int openReplayApi = 0;    ///< the OpenReplay API version the server speaks (1 or 2), when found
};

/**
 * "Test connection": one cheap authenticated request per server kind.
 *  - Rocket.Chat: GET /api/v1/sessions/list?count=1 (or list.all for all users), which also
 *    proves the Device Management permission and licence;
 *  - OpenReplay v2: GET /public/projects; v1 (or auto-detected when v2 is absent):
 *    GET /api/v1/{projectKey}/users/…/sessions over an empty date range;
 *  - Seam: POST /workspaces/get.
 */
namespace ConnectionTest {
using Callback = std::function<void(const ConnectionTestResult &)>;
/// Runs the test; done runs once on context's thread unless context is destroyed first.
void run(const Connection &connection, QNetworkAccessManager *nam, QObject *context, Callback done);
}
