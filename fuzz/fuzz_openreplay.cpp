// SPDX-License-Identifier: GPL-3.0-or-later
// OpenReplay's answers (sessions in API v1 and v2, projects, users).
#include "fuzzcommon.h"
#include "providers/openreplay/openreplayparser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ensureApplication();
    const std::string_view body(reinterpret_cast<const char *>(data), size);
    Fuzz::storeAndExport(OpenReplayParser::parseSessionsV1(body, "user@example.org", size % 2 == 0));
    Fuzz::storeAndExport(OpenReplayParser::parseSessionsV2(body, "user@example.org", size % 2 == 1));
    QList<OpenReplayParser::Project> projects;
    QList<OpenReplayParser::User> users;
    QString error;
    qint64 total = 0;
    (void)OpenReplayParser::parseProjects(body, &projects, &error);
    (void)OpenReplayParser::parseUsers(body, &users, &total, &error);
    return 0;
}
