// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvwriter.h"

#include "sessionstore.h"
#include "timeformat.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QIODevice>
#include <QSaveFile>
#include <QThreadPool>
#include <QtConcurrent>

#include <algorithm>
#include <cstring>

namespace {

constexpr size_t kFlushBytes = 1 << 20;
constexpr size_t kChunkRows = 8192;

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

bool needsQuotes(std::string_view cell)
{
    for (const char c : cell) {
        if (c == ',' || c == '"' || c == '\r' || c == '\n')
            return true;
    }
    return false;
}

/// Bytes putCell() may write for cell at most: quotes, apostrophe, every quote doubled.
size_t maxCellBytes(std::string_view cell)
{
    return cell.size() * 2 + 3;
}

/// Writes one escaped, guarded cell at out and returns the end.
char *putCell(char *out, std::string_view cell)
{
    const bool guard = needsGuard(cell);
    if (!needsQuotes(cell)) {
        if (guard)
            *out++ = '\'';
        std::memcpy(out, cell.data(), cell.size());
        return out + cell.size();
    }
    *out++ = '"';
    if (guard)
        *out++ = '\'';
    for (const char c : cell) {
        *out++ = c;
        if (c == '"')
            *out++ = '"';
    }
    *out++ = '"';
    return out;
}

/// A growable output buffer that is written through a raw pointer, without zero-filling.
class ChunkBuffer
{
public:
    ChunkBuffer() = default;
    ChunkBuffer(const ChunkBuffer &) = delete;
    ChunkBuffer &operator=(const ChunkBuffer &) = delete;
    ~ChunkBuffer() { LargeMemory::release(m_data, m_capacity); }

    /// Room for at least bytes more; returns where to write them.
    char *reserveMore(size_t bytes)
    {
        if (m_size + bytes > m_capacity) {
            const size_t capacity = std::max(m_capacity * 2, m_size + bytes);
            char *data = static_cast<char *>(LargeMemory::allocate(capacity));
            if (m_size)
                std::memcpy(data, m_data, m_size);
            LargeMemory::release(m_data, m_capacity);
            m_data = data;
            m_capacity = capacity;
        }
        return m_data + m_size;
    }
    void commit(char *end) { m_size = size_t(end - m_data); }
    const char *data() const { return m_data; }
    size_t size() const { return m_size; }
    void clear() { m_size = 0; }

private:
    char *m_data = nullptr;
    size_t m_size = 0;
    size_t m_capacity = 0;
};

/// Appends the CSV lines of rows[0, count) to out, in blocks that exportTexts() gathers.
void formatRows(ChunkBuffer &out, const SessionStore &store, const int *rows, size_t count,
                const std::vector<SessionColumn> &columns)
{
    constexpr size_t kBlock = SessionStore::kExportBlock;
    const size_t columnCount = columns.size();
    std::vector<std::string_view> cells(kBlock * columnCount);
    std::vector<char> times(kBlock * columnCount * TimeFormat::kIsoUtcLength);
    for (size_t begin = 0; begin < count; begin += kBlock) {
        const size_t n = std::min(kBlock, count - begin);
        for (size_t c = 0; c < columnCount; ++c)
            store.exportTexts(rows + begin, n, columns[c], cells.data() + c * kBlock,
                              times.data() + c * kBlock * TimeFormat::kIsoUtcLength);
        for (size_t k = 0; k < n; ++k) {
            size_t worst = columnCount + 2;
            for (size_t c = 0; c < columnCount; ++c)
                worst += maxCellBytes(cells[c * kBlock + k]);
            char *p = out.reserveMore(worst);
            for (size_t c = 0; c < columnCount; ++c) {
                if (c)
                    *p++ = ',';
                p = putCell(p, cells[c * kBlock + k]);
            }
            *p++ = '\r';
            *p++ = '\n';
            out.commit(p);
        }
    }
}

bool writeChunk(QIODevice *device, const ChunkBuffer &chunk, QString *error)
{
    if (chunk.size() == 0 || device->write(chunk.data(), qint64(chunk.size())) == qint64(chunk.size()))
        return true;
    *error = QCoreApplication::translate("CsvWriter", "Could not write: %1").arg(device->errorString());
    return false;
}

} // namespace

void CsvWriter::appendCell(std::string &out, std::string_view cell)
{
    const size_t size = out.size();
    out.resize(size + maxCellBytes(cell));
    out.resize(size_t(putCell(out.data() + size, cell) - out.data()));
}

bool CsvWriter::write(QIODevice *device, const SessionStore &store, const RowList &rows,
                      const std::vector<SessionColumn> &columns, const Options &options, const Progress &progress)
{
    m_error.clear();
    m_canceled = false;
    std::string header;
    if (options.byteOrderMark)
        header += "\xEF\xBB\xBF";
    for (size_t c = 0; c < columns.size(); ++c) {
        if (c)
            header += ',';
        appendCell(header, SessionColumns::key(columns[c]).toStdString());
    }
    header += "\r\n";
    if (device->write(header.data(), qint64(header.size())) != qint64(header.size())) {
        m_error = QCoreApplication::translate("CsvWriter", "Could not write: %1").arg(device->errorString());
        return false;
    }

    // Rows are formatted in chunks, several at once on the thread pool (the first on this
    // thread), and written in order. Memory stays bounded at one buffer per chunk in flight.
    const size_t lanes = size_t(std::clamp(QThreadPool::globalInstance()->maxThreadCount(), 1, 4));
    std::vector<ChunkBuffer> chunks(lanes);
    size_t done = 0;
    while (done < rows.size()) {
        const auto chunkRows = [&](size_t lane) {
            const size_t begin = std::min(rows.size(), done + lane * kChunkRows);
            return std::pair(rows.data() + begin, std::min(rows.size(), begin + kChunkRows) - begin);
        };
        const auto format = [&](size_t lane) {
            chunks[lane].clear();
            const auto [first, count] = chunkRows(lane);
            formatRows(chunks[lane], store, first, count, columns);
        };
        std::vector<QFuture<void>> helpers;
        for (size_t lane = 1; lane < lanes && chunkRows(lane).second > 0; ++lane)
            helpers.push_back(QtConcurrent::run(format, lane));
        format(0);
        for (QFuture<void> &helper : helpers)
            helper.waitForFinished();
        size_t written = 0;
        for (size_t lane = 0; lane <= helpers.size(); ++lane) {
            if (!writeChunk(device, chunks[lane], &m_error))
                return false;
            written += chunkRows(lane).second;
        }
        done += written;
        if (progress && done < rows.size() && !progress(qint64(done))) {
            m_canceled = true;
            m_error = QCoreApplication::translate("CsvWriter", "The export was canceled.");
            return false;
        }
    }
    return true;
}

bool CsvWriter::writeFile(const QString &path, const SessionStore &store, const RowList &rows,
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

bool write(QIODevice *device, const SessionStore &store, const RowList &rows,
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
