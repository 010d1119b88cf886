// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvwriter.h"

#include "sessionstore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QIODevice>
#include <QSaveFile>

namespace {

constexpr size_t kFlushBytes = 1 << 20;
constexpr qint64 kProgressEveryRows = 16384;

bool flush(QIODevice *device, std::string &buffer, QString *error)
{
    if (buffer.empty())
        return true;
    if (device->write(buffer.data(), qint64(buffer.size())) != qint64(buffer.size())) {
        *error = QCoreApplication::translate("CsvWriter", "Could not write: %1").arg(device->errorString());
        return false;
    }
    buffer.clear();
    return true;
}

bool needsGuard(std::string_view cell)
{
    if (cell.empty())
        return false;
    const char c = cell.front();
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

} // namespace

void CsvWriter::appendCell(std::string &out, std::string_view cell)
{
    const bool guard = needsGuard(cell);
    const bool quote = cell.find_first_of(",\"\r\n") != std::string_view::npos;
    if (!quote) {
        if (guard)
            out += '\'';
        out.append(cell);
        return;
    }
    out += '"';
    if (guard)
        out += '\'';
    size_t start = 0;
    for (size_t quotePos; (quotePos = cell.find('"', start)) != std::string_view::npos; start = quotePos + 1) {
        out.append(cell.substr(start, quotePos - start + 1));
        out += '"';
    }
    out.append(cell.substr(start));
    out += '"';
}

bool CsvWriter::write(QIODevice *device, const SessionStore &store, const std::vector<int> &rows,
                      const std::vector<SessionColumn> &columns, const Options &options, const Progress &progress)
{
    m_error.clear();
    m_canceled = false;
    std::string buffer;
    buffer.reserve(kFlushBytes + 4096);
    if (options.byteOrderMark)
        buffer += "\xEF\xBB\xBF";
    for (size_t c = 0; c < columns.size(); ++c) {
        if (c)
            buffer += ',';
        appendCell(buffer, SessionColumns::key(columns[c]).toStdString());
    }
    buffer += "\r\n";

    std::string scratch;
    qint64 written = 0;
    for (int row : rows) {
        for (size_t c = 0; c < columns.size(); ++c) {
            if (c)
                buffer += ',';
            appendCell(buffer, store.exportText(row, columns[c], scratch));
        }
        buffer += "\r\n";
        if (buffer.size() >= kFlushBytes && !flush(device, buffer, &m_error))
            return false;
        if (progress && ++written % kProgressEveryRows == 0 && !progress(written)) {
            m_canceled = true;
            m_error = QCoreApplication::translate("CsvWriter", "The export was canceled.");
            return false;
        }
    }
    return flush(device, buffer, &m_error);
}

bool CsvWriter::writeFile(const QString &path, const SessionStore &store, const std::vector<int> &rows,
                          const std::vector<SessionColumn> &columns, const Options &options, const Progress &progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = QCoreApplication::translate("CsvWriter", "Could not open %1 for writing: %2")
                      .arg(QFileInfo(path).absoluteFilePath(), file.errorString());
        return false;
    }
    if (!write(&file, store, rows, columns, options, progress)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        m_error = QCoreApplication::translate("CsvWriter", "Could not save %1: %2")
                      .arg(QFileInfo(path).absoluteFilePath(), file.errorString());
        return false;
    }
    return true;
}

namespace JsonWriter {

void appendString(std::string &out, std::string_view text)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (c < 0x20) {
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 0xF];
            } else {
                out += ch;
            }
        }
    }
    out += '"';
}

bool write(QIODevice *device, const SessionStore &store, const std::vector<int> &rows,
           const std::vector<SessionColumn> &columns, QString *error, const std::function<std::string_view(int row)> &serverFields)
{
    std::vector<std::string> keys;
    for (SessionColumn c : columns) {
        std::string key;
        appendString(key, SessionColumns::key(c).toStdString());
        keys.push_back(key + ':');
    }
    std::string buffer = "[";
    std::string scratch;
    bool first = true;
    for (int row : rows) {
        buffer += first ? "\n  {" : ",\n  {";
        first = false;
        for (size_t c = 0; c < columns.size(); ++c) {
            if (c)
                buffer += ',';
            buffer += keys[c];
            const std::string_view value = store.exportText(row, columns[c], scratch);
            if (value.empty() && SessionColumns::isTime(columns[c]))
                buffer += "null";
            else
                appendString(buffer, value);
        }
        if (serverFields) {
            const std::string_view raw = serverFields(row);
            if (!raw.empty()) {
                buffer += ",\"server\":";
                buffer += raw;
            }
        }
        buffer += '}';
        if (buffer.size() >= kFlushBytes && !flush(device, buffer, error))
            return false;
    }
    buffer += rows.empty() ? "]\n" : "\n]\n";
    return flush(device, buffer, error);
}

} // namespace JsonWriter
