// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvwriter.h"

#include "computepool.h"
#include "sessionstore.h"
#include "timeformat.h"
#include "unaligned.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QIODevice>
#include <QSaveFile>
#include <QThreadPool>
#include <QtConcurrent>

#include <algorithm>
#include <deque>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace {

using Unaligned::load32;
using Unaligned::load64;

constexpr size_t kFlushBytes = 1 << 20;
constexpr size_t kChunkRows = 4096;
constexpr size_t kProgressRows = 16384;

bool writeAll(QIODevice *device, const char *data, size_t size, QString *error)
{
    if (size == 0 || device->write(data, qint64(size)) == qint64(size))
        return true;
    *error = QCoreApplication::translate("CsvWriter", "Could not write: %1").arg(device->errorString());
    return false;
}

bool flush(QIODevice *device, std::string &buffer, QString *error)
{
    if (!writeAll(device, buffer.data(), buffer.size(), error))
        return false;
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

// Cells are short (ids, addresses, names), so they are scanned and copied in 8-byte
// words with overlapping loads at the ends: no per-byte loop, no library call per cell,
// and never a read outside the cell.
/// Non-zero when a byte of word is a comma, a quote, CR or LF.
uint64_t specialBytes(uint64_t word)
{
    constexpr uint64_t ones = 0x0101010101010101ULL;
    constexpr uint64_t highs = 0x8080808080808080ULL;
    const auto zeroBytes = [](uint64_t y) { return (y - ones) & ~y; };
    return (zeroBytes(word ^ (ones * ',')) | zeroBytes(word ^ (ones * '"')) | zeroBytes(word ^ (ones * '\r'))
            | zeroBytes(word ^ (ones * '\n')))
        & highs;
}

bool needsQuotes(std::string_view cell)
{
    const char *p = cell.data();
    const size_t n = cell.size();
    if (n >= 8) {
        uint64_t found = specialBytes(load64(p + n - 8));
        for (size_t i = 0; i + 8 <= n; i += 8)
            found |= specialBytes(load64(p + i));
        return found != 0;
    }
    return specialBytes(Unaligned::loadShort(p, n)) != 0; // the zero bytes are never special
}

void copyCell(char *out, const char *p, size_t n)
{
    if (n > 32) {
        std::memcpy(out, p, n);
    } else if (n >= 16) {
        const uint64_t a = load64(p), b = load64(p + 8), c = load64(p + n - 16), d = load64(p + n - 8);
        std::memcpy(out, &a, 8);
        std::memcpy(out + 8, &b, 8);
        std::memcpy(out + n - 16, &c, 8);
        std::memcpy(out + n - 8, &d, 8);
    } else if (n >= 8) {
        const uint64_t a = load64(p), b = load64(p + n - 8);
        std::memcpy(out, &a, 8);
        std::memcpy(out + n - 8, &b, 8);
    } else if (n >= 4) {
        const uint32_t a = load32(p), b = load32(p + n - 4);
        std::memcpy(out, &a, 4);
        std::memcpy(out + n - 4, &b, 4);
    } else if (n > 0) {
        out[0] = p[0];
        out[n / 2] = p[n / 2];
        out[n - 1] = p[n - 1];
    }
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
        copyCell(out, cell.data(), cell.size());
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

/// Bytes exportTexts() leaves readable after every cell it returns, and that formatRows()
/// leaves writable after the room a line needs: putPaddedCell() reads and writes whole
/// 16-byte blocks.
constexpr size_t kCellSlack = SessionStore::kExportTextSlack;
static_assert(kCellSlack >= 16);

/**
 * putCell() for a cell followed by kCellSlack readable bytes, into room followed by
 * kCellSlack writable bytes. Cells that need no quotes (nearly all) are scanned and copied
 * 16 bytes at a time; the others take putCell().
 */
char *putPaddedCell(char *out, std::string_view cell)
{
#if defined(__SSE2__)
    const size_t n = cell.size();
    if (n == 0)
        return out;
    const bool guard = needsGuard(cell);
    char *to = out + (guard ? 1 : 0);
    const char *p = cell.data();
    const __m128i comma = _mm_set1_epi8(','), quote = _mm_set1_epi8('"');
    const __m128i cr = _mm_set1_epi8('\r'), lf = _mm_set1_epi8('\n');
    for (size_t i = 0; i < n; i += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + i));
        const __m128i special = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, comma), _mm_cmpeq_epi8(v, quote)),
                                             _mm_or_si128(_mm_cmpeq_epi8(v, cr), _mm_cmpeq_epi8(v, lf)));
        unsigned found = unsigned(_mm_movemask_epi8(special));
        if (n - i < 16)
            found &= (1U << (n - i)) - 1; // the bytes after the cell are not part of it
        if (found != 0)
            return putCell(out, cell);
        _mm_storeu_si128(reinterpret_cast<__m128i *>(to + i), v);
    }
    if (guard)
        *out = '\'';
    return to + n;
#else
    return putCell(out, cell);
#endif
}

/// Appends the CSV lines of rows[0, count) to out, in blocks that exportTexts() gathers.
void formatRows(GrowableArray<char> &out, const SessionStore &store, const int *rows, size_t count,
                const std::vector<SessionColumn> &columns)
{
    constexpr size_t kBlock = SessionStore::kExportBlock;
    const size_t columnCount = columns.size();
    std::vector<std::string_view> cells(kBlock * columnCount);
    std::vector<char> times(kBlock * columnCount * TimeFormat::kIsoUtcLength + kCellSlack);
    IsoUtcFormatter formatter;
    for (size_t begin = 0; begin < count; begin += kBlock) {
        const size_t n = std::min(kBlock, count - begin);
        store.exportTexts(rows + begin, n, columns.data(), columnCount, cells.data(), times.data(), formatter);
        // Room for the whole block at once: every cell quoted with its quotes doubled.
        size_t worst = n * (columnCount + 2) + kCellSlack;
        for (size_t c = 0; c < columnCount; ++c) {
            for (size_t k = 0; k < n; ++k)
                worst += maxCellBytes(cells[c * kBlock + k]);
        }
        char *p = out.appendSpace(worst);
        for (size_t k = 0; k < n; ++k) {
            for (size_t c = 0; c < columnCount; ++c) {
                if (c)
                    *p++ = ',';
                p = putPaddedCell(p, cells[c * kBlock + k]);
            }
            *p++ = '\r';
            *p++ = '\n';
        }
        out.setEnd(p);
    }
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
    if (!writeAll(device, header.data(), header.size(), &m_error))
        return false;

    // Rows are formatted in chunks on the thread pool while this thread writes the finished
    // ones in order. At most two chunks per pool thread are in flight, so memory stays
    // bounded however many rows there are.
    const size_t bufferCount = size_t(std::clamp(computePool()->maxThreadCount(), 1, 8)) * 2;
    std::vector<GrowableArray<char>> buffers(bufferCount);
    std::deque<std::pair<QFuture<void>, size_t>> inFlight; // future, rows in the chunk
    size_t submitted = 0, done = 0, nextBuffer = 0;
    const auto submit = [&] {
        const size_t count = std::min(kChunkRows, rows.size() - submitted);
        GrowableArray<char> *buffer = &buffers[nextBuffer];
        nextBuffer = (nextBuffer + 1) % bufferCount;
        inFlight.emplace_back(QtConcurrent::run(computePool(), [buffer, &store, &columns, first = rows.data() + submitted, count] {
                                  makeBackgroundThread();
                                  buffer->clear();
                                  buffer->claimCapacity(); // last read by the writing thread
                                  formatRows(*buffer, store, first, count, columns);
                              }),
                              count);
        submitted += count;
    };
    const auto waitAll = [&inFlight] {
        for (auto &chunk : inFlight)
            chunk.first.waitForFinished();
    };
    while (done < rows.size()) {
        while (submitted < rows.size() && inFlight.size() < bufferCount)
            submit();
        inFlight.front().first.waitForFinished();
        const size_t count = inFlight.front().second;
        const GrowableArray<char> &chunk = buffers[(nextBuffer + bufferCount - inFlight.size()) % bufferCount];
        if (!writeAll(device, chunk.data(), chunk.size(), &m_error)) {
            waitAll();
            return false;
        }
        inFlight.pop_front();
        const size_t before = done;
        done += count;
        if (progress && done < rows.size() && before / kProgressRows != done / kProgressRows && !progress(qint64(done))) {
            waitAll();
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
