// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/sessionspage.h"

#include <string_view>

/**
 * Pure parsing of Seam's POST /client_sessions/list: {"client_sessions":[…],"ok":true}, or
 * {"error":{"type","message"},"ok":false}. Safe on any input (fuzzed).
 * The `token` of a client session is a live credential: it is never read into a session,
 * so it cannot reach the table, an export, a log or the JSON output.
 * Mapped to columns: client_session_id → Session ID, user_identifier_key → User,
 * user_identity_id → User name, workspace_id → Host, created_at → Signed in,
 * device and account counts → Details.
 */
namespace SeamParser {
/// keepRaw: also keep each item's own JSON, with `token` masked to its last four characters.
SessionsPage parseClientSessions(std::string_view body, bool keepRaw = false);
}
