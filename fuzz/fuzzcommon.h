// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the fuzz targets: what every parsed page must survive and satisfy.
#pragma once

#include "csvwriter.h"
#include "providers/sessionspage.h"
#include "sessionstore.h"

#include <QBuffer>
#include <QCoreApplication>

#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace Fuzz {

/// Qt wants an application object for its thread pool (CSV export) and translations.
inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "sessiondesk-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    (void)app;
}

inline std::vector<SessionColumn> allColumns()
{
    std::vector<SessionColumn> columns;
    for (int c = 0; c < kSessionColumnCount; ++c)
        columns.push_back(static_cast<SessionColumn>(c));
    return columns;
}

/// Splits RFC 4180 CSV into records of cells; false when it is not well-formed.
inline bool parseCsv(std::string_view csv, std::vector<std::vector<std::string>> *records)
{
    std::vector<std::string> record;
    std::string cell;
    size_t i = 0;
    while (i < csv.size()) {
        if (csv[i] == '"') {
            ++i;
            for (;;) {
                if (i >= csv.size())
                    return false; // unterminated quote
                if (csv[i] == '"') {
                    if (i + 1 < csv.size() && csv[i + 1] == '"') {
                        cell += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                cell += csv[i++];
            }
        }
        while (i < csv.size() && csv[i] != ',' && csv[i] != '\r')
            cell += csv[i++];
        if (i < csv.size() && csv[i] == ',') {
            record.push_back(std::move(cell));
            cell.clear();
            ++i;
        } else if (i + 1 < csv.size() && csv[i] == '\r' && csv[i + 1] == '\n') {
            record.push_back(std::move(cell));
            cell.clear();
            records->push_back(std::move(record));
            record.clear();
            i += 2;
        } else if (i < csv.size()) {
            return false; // a bare CR
        }
    }
    return record.empty() && cell.empty();
}

/// What the CSV writer promises for any cell: the original text comes back from a
/// standard CSV reader, behind one apostrophe when it starts like a formula.
inline std::string guarded(std::string_view cell)
{
    const bool formula = !cell.empty() && std::string_view("=+-@\t\r").find(cell.front()) != std::string_view::npos;
    return (formula ? std::string("'") : std::string()) + std::string(cell);
}

/// Stores a parsed page as the window does, exports it as CSV and checks that every cell
/// of every row comes back intact. Aborts (a finding) when it does not.
inline void storeAndExport(const SessionsPage &page)
{
    if (!page.ok)
        return;
    SessionStore store;
    store.upsert(page.sessions, 1);
    RowList rows;
    for (int r = 0; r < store.rowCount(); ++r)
        rows.push_back(r);
    const std::vector<SessionColumn> columns = allColumns();
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    CsvWriter writer;
    if (!writer.write(&out, store, rows, columns))
        std::abort();
    std::vector<std::vector<std::string>> records;
    const QByteArray csv = out.data();
    if (!parseCsv(std::string_view(csv.constData(), size_t(csv.size())), &records))
        std::abort();
    if (records.size() != rows.size() + 1)
        std::abort();
    std::string scratch;
    for (int r = 0; r < store.rowCount(); ++r) {
        if (records[size_t(r) + 1].size() != columns.size())
            std::abort();
        for (size_t c = 0; c < columns.size(); ++c) {
            if (records[size_t(r) + 1][c] != guarded(store.exportText(r, columns[c], scratch)))
                std::abort();
        }
    }
}

} // namespace Fuzz
