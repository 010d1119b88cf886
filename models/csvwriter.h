// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "largememory.h"
#include "session.h"

#include <QString>

#include <functional>

#include <functional>
#include <string>
#include <string_view>
#include <vector>

class QIODevice;
class SessionStore;

/**
 * CSV export: RFC 4180 (comma, CRLF, fields quoted when they hold a comma, quote, CR or
 * LF, quotes doubled), UTF-8, header of stable column keys. Cells that a spreadsheet would
 * run as a formula (starting with = + - @ TAB CR) get a leading apostrophe (OWASP).
 * The GUI export and `sessiondesk-cli list --format csv` both come through here.
 */
struct CsvOptions
{
    bool byteOrderMark = false; ///< for spreadsheet applications that guess the encoding
};

class CsvWriter final
{
public:
    using Options = CsvOptions;
    /// Called every few thousand rows with the rows written so far; return false to cancel.
    using Progress = std::function<bool(qint64 rowsWritten)>;

    /// Appends one escaped, guarded cell to out.
    static void appendCell(std::string &out, std::string_view cell);

    /// Writes header and rows to device. Returns false with errorString() on failure or cancel.
    bool write(QIODevice *device, const SessionStore &store, const RowList &rows,
               const std::vector<SessionColumn> &columns, const Options &options = {},
               const Progress &progress = {});
    /// Same, atomically to a file (QSaveFile): the old file stays intact on any failure.
    bool writeFile(const QString &path, const SessionStore &store, const RowList &rows,
                   const std::vector<SessionColumn> &columns, const Options &options = {},
                   const Progress &progress = {});

    QString errorString() const { return m_error; }
    bool wasCanceled() const { return m_canceled; }

private:
    QString m_error;
    bool m_canceled = false;
};

/**
 * JSON export: one array of objects keyed by the column keys, values as in CSV.
 * Used by `sessiondesk-cli list --format json`.
 */
namespace JsonWriter {
/// serverFields(row), when given and not empty, is written as the member "server" (raw JSON).
bool write(QIODevice *device, const SessionStore &store, const RowList &rows,
           const std::vector<SessionColumn> &columns, QString *error,
           const std::function<std::string_view(int row)> &serverFields = {});
/// Appends text as a JSON string literal (quotes included).
void appendString(std::string &out, std::string_view text);
}
