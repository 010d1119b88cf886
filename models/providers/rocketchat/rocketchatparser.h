// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sessionbatch.h"

#include <QString>

#include <string_view>

/**
 * Pure parsing of Rocket.Chat's Device Management responses: bytes in, page or error out.
 * No network, no globals, safe on any input (fuzzed). Numbers may arrive as JSON numbers
 * or as strings (Rocket.Chat's own documentation example sends "total": "2").
 */
namespace RocketChatParser {

struct SessionsPage
{
    bool ok = false;
    QString error;        ///< set when !ok: one clear sentence
    SessionBatch sessions;
    qint64 total = -1;    ///< -1 when the server did not say
    qint64 offset = 0;
    int invalidItems = 0; ///< array entries that were not session objects
};

/// Parses the body of GET sessions/list or sessions/list.all.
SessionsPage parseSessionsPage(std::string_view body);

}
