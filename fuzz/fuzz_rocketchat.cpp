// SPDX-License-Identifier: GPL-3.0-or-later
// Rocket.Chat's answers (session list, sign-in) as a hostile server could send them.
#include "fuzzcommon.h"
#include "providers/rocketchat/rocketchatparser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ensureApplication();
    const std::string_view body(reinterpret_cast<const char *>(data), size);
    Fuzz::storeAndExport(RocketChatParser::parseSessionsPage(body, size % 2 == 0));
    (void)RocketChatParser::parseLogin(200, body);
    (void)RocketChatParser::parseLogin(401, body);
    return 0;
}
