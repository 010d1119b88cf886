// SPDX-License-Identifier: GPL-3.0-or-later
// Seam's client_sessions/list answer.
#include "fuzzcommon.h"
#include "providers/seam/seamparser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ensureApplication();
    const std::string_view body(reinterpret_cast<const char *>(data), size);
    Fuzz::storeAndExport(SeamParser::parseClientSessions(body, size % 2 == 0));
    return 0;
}
