// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV writer with arbitrary cell text: every byte sequence must come back from a
// standard CSV reader unchanged (behind the formula guard), row by row.
#include "fuzzcommon.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ensureApplication();
    // The input is cut into fields at 0x1f bytes and into rows at 0x1e bytes.
    SessionBatch batch;
    SessionBatch::Fields fields{};
    size_t field = 0, start = 0;
    int rows = 0;
    const auto *text = reinterpret_cast<const char *>(data);
    for (size_t i = 0; i <= size; ++i) {
        const bool end = i == size;
        if (!end && text[i] != 0x1e && text[i] != 0x1f)
            continue;
        if (field < fields.size())
            fields[field++] = std::string_view(text + start, i - start);
        start = i + 1;
        if (end || text[i] == 0x1e) {
            const qint64 loginAt = qint64(rows) * 86'400'000LL * 397 - 62'000'000'000'000LL; // far past to far future
            if (!fields[size_t(RawField::SessionId)].empty() || !fields[size_t(RawField::Id)].empty())
                batch.add(fields, loginAt, rows % 3 ? loginAt + 1000 : kMissingTime);
            fields = {};
            field = 0;
            ++rows;
        }
    }
    SessionsPage page;
    page.ok = true;
    page.sessions = batch;
    Fuzz::storeAndExport(page);
    return 0;
}
