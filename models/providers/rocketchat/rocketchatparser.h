// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/sessionspage.h"

#include <QString>

#include <string_view>

/**
 * Pure parsing of Rocket.Chat's Device Management responses: bytes in, page or error out.
 * No network, no globals, safe on any input (fuzzed). Numbers may arrive as JSON numbers
 * or as strings (Rocket.Chat's own documentation example sends "total": "2").
 */
namespace RocketChatParser {

using SessionsPage = ::SessionsPage;

/// Parses the body of GET sessions/list or sessions/list.all.
/// keepRaw: also keep each item's own JSON (SessionBatch::raw) for --format json.
SessionsPage parseSessionsPage(std::string_view body, bool keepRaw = false);

/// The answer to POST /api/v1/login.
struct LoginResult
{
    enum class Outcome {
        SignedIn,
        TwoFactorRequired, ///< ask for a code and send the login again with it
        TwoFactorInvalid,  ///< the code was wrong or expired
        Rejected,          ///< wrong user name or password, or a disabled account
        Failed,            ///< no answer, or not a Rocket.Chat login answer (see message)
    };
    Outcome outcome = Outcome::Failed;
    QString userId;
    QString authToken;
    QString twoFactorMethod; ///< "totp", "email", … when a code is asked for
    QString message;         ///< the server's own message, if any
};

LoginResult parseLogin(int httpStatus, std::string_view body);

}
