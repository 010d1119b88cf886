// SPDX-License-Identifier: GPL-3.0-or-later
// sessiondesk-bench: the naive Qt design and SessionDesk side by side on the same
// generated Rocket.Chat pages, plus the machine's limits measured in the same run.
#include "csvwriter.h"
#include "largememory.h"
#include "demodata.h"
#include "providers/rocketchat/rocketchatparser.h"
#include "providers/sessionprovider.h"
#include "sessionfiltermodel.h"
#include "sessiontablemodel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTextStream>
#include <QtConcurrent>

#include <algorithm>
#include <cstring>
#include <deque>
#include <functional>
#include <malloc.h>
#include <numeric>
#include <random>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kPageSize = 100;

/// Heap in use plus the big blocks SessionDesk maps outside the heap (LargeMemory).
size_t heapInUse()
{
    const struct mallinfo2 info = mallinfo2();
    return info.uordblks + info.hblkhd + LargeMemory::mappedBytes();
}

/// A file in memory (tmpfs) when the system has one, so disk speed does not enter.
QString scratchPath(const QString &name)
{
    return (QFileInfo(u"/dev/shm"_s).isWritable() ? u"/dev/shm/"_s : QDir::tempPath() + u'/') + name;
}

double timeMs(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

double medianMs(int runs, const std::function<void()> &setup, const std::function<void()> &work)
{
    std::vector<double> samples;
    for (int i = 0; i < runs; ++i) {
        if (setup)
            setup();
        samples.push_back(timeMs(work));
    }
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

QList<QByteArray> makePages(const DemoData &data, qint64 rows, qint64 *bytes)
{
    QList<QByteArray> pages;
    *bytes = 0;
    for (qint64 offset = 0; offset < rows; offset += kPageSize) {
        QByteArray body = "{\"sessions\":[";
        const qint64 end = std::min(rows, offset + kPageSize);
        for (qint64 i = offset; i < end; ++i) {
            if (i > offset)
                body += ',';
            data.appendJson(body, i);
        }
        body += "],\"count\":" + QByteArray::number(end - offset) + ",\"offset\":" + QByteArray::number(offset)
            + ",\"total\":" + QByteArray::number(rows) + ",\"success\":true}";
        *bytes += body.size();
        pages << body;
    }
    return pages;
}

struct Row
{
    QString op;
    qint64 n = 0;
    double sessiondeskMs = -1; ///< at --rows
    double sessiondeskAtNaiveMs = -1; ///< at --naive-rows, for the ratio
    double naiveMs = -1;       ///< at --naive-rows
    double limitMs = -1;       ///< at --rows
};

// ---- naive: QJsonDocument + QStandardItemModel + QSortFilterProxyModel ----------------
struct NaiveResult
{
    double ingest = 0, filter = 0, refine = 0, clear = 0, sort = 0, csv = 0;
    double bytesPerRow = 0;
};

NaiveResult runNaive(const QList<QByteArray> &pages, qint64 rows)
{
    NaiveResult r;
    const size_t heapBefore = heapInUse();
    auto *model = new QStandardItemModel(0, kSessionColumnCount);
    r.ingest = timeMs([&] {
        for (const QByteArray &page : pages) {
            const QJsonArray sessions = QJsonDocument::fromJson(page).object().value(u"sessions"_s).toArray();
            for (const QJsonValue &v : sessions) {
                const QJsonObject s = v.toObject();
                const QJsonObject device = s.value(u"device"_s).toObject();
                const QJsonObject os = device.value(u"os"_s).toObject();
                QList<QStandardItem *> items;
                items << new QStandardItem(s.value(u"sessionId"_s).toString())
                      << new QStandardItem(s.value(u"userId"_s).toString())
                      << new QStandardItem(device.value(u"name"_s).toString() + u' ' + device.value(u"version"_s).toString())
                      << new QStandardItem(device.value(u"type"_s).toString())
                      << new QStandardItem(os.value(u"name"_s).toString() + u' ' + os.value(u"version"_s).toString())
                      << new QStandardItem(s.value(u"ip"_s).toString()) << new QStandardItem(s.value(u"host"_s).toString());
                auto *time = new QStandardItem(s.value(u"loginAt"_s).toString());
                time->setData(QDateTime::fromString(s.value(u"loginAt"_s).toString(), Qt::ISODateWithMs), Qt::UserRole);
                items << time;
                model->appendRow(items);
            }
        }
    });
    r.bytesPerRow = double(heapInUse() - heapBefore) / double(rows);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(model);
    proxy.setFilterKeyColumn(-1);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    // QSortFilterProxyModel maps lazily: asking for the row count and a cell makes it do
    // the work a view would trigger at once.
    auto touch = [&proxy] { return proxy.rowCount() > 0 ? proxy.index(0, 0).data().toString().size() : 0; };
    touch();
    r.filter = timeMs([&] { proxy.setFilterFixedString(u"mar"_s); touch(); });
    r.refine = timeMs([&] { proxy.setFilterFixedString(u"mart"_s); touch(); });
    r.clear = timeMs([&] { proxy.setFilterFixedString(QString()); touch(); });
    proxy.setSortRole(Qt::UserRole);
    r.sort = timeMs([&] { proxy.sort(int(SessionColumn::StartedAt)); touch(); });
    QByteArray csv;
    r.csv = timeMs([&] {
        QTextStream out(&csv);
        for (int row = 0; row < proxy.rowCount(); ++row) {
            for (int c = 0; c < kSessionColumnCount; ++c) {
                QString cell = proxy.index(row, c).data().toString();
                if (cell.contains(u',') || cell.contains(u'"'))
                    cell = u'"' + cell.replace(u"\""_s, u"\"\""_s) + u'"';
                out << (c ? u","_s : QString()) << cell;
            }
            out << "\r\n";
        }
    });
    delete model;
    return r;
}

// ---- SessionDesk ---------------------------------------------------------------------
struct DeskResult
{
    double parseOnly = 0, storeOnly = 0, ingest = 0, filter = 0, refine = 0, clear = 0, sortFirst = 0, sortToggle = 0, sortReturn = 0;
    double sortFiltered = 0, csv = 0, csvStoreOrder = 0, csvBytes = 0, bytesPerRow = 0;
};

SessionBatch parsePage(const QByteArray &page)
{
    return RocketChatParser::parseSessionsPage(std::string_view(page.constData(), size_t(page.size()))).sessions;
}

/**
 * Ingest as the window does it: pages are parsed on the parse pool while this thread
 * stores the parsed pages in arrival order; a bounded number of groups is in flight.
 */
void ingestPipelined(SessionTableModel *model, const QList<QByteArray> &pages, qint64 rows)
{
    constexpr int kGroupPages = 20;
    constexpr int kInFlight = 8;
    model->beginRefresh();
    model->reserve(rows); // the window does the same once the first page announces the total
    std::deque<QFuture<QList<SessionBatch>>> inFlight;
    qsizetype next = 0;
    auto submit = [&] {
        const qsizetype begin = next;
        next = std::min(pages.size(), next + kGroupPages);
        inFlight.push_back(QtConcurrent::run(SessionProvider::parsePool(), [&pages, begin, end = next] {
            QList<SessionBatch> parsed;
            for (qsizetype i = begin; i < end; ++i)
                parsed.append(parsePage(pages[i]));
            return parsed;
        }));
    };
    while (next < pages.size() || !inFlight.empty()) {
        while (next < pages.size() && inFlight.size() < kInFlight)
            submit();
        const QList<SessionBatch> batches = inFlight.front().result();
        inFlight.pop_front();
        model->applyBatches(batches);
    }
    model->endRefresh(true);
}

DeskResult runDesk(const QList<QByteArray> &pages, qint64 rows, int runs)
{
    DeskResult r;
    r.parseOnly = medianMs(runs, {}, [&] {
        qint64 sessions = 0;
        for (const QByteArray &page : pages)
            sessions += parsePage(page).size();
        if (sessions != rows)
            std::fprintf(stderr, "parse lost rows\n");
    });

    // Storing alone, from pages parsed beforehand.
    SessionTableModel *model = nullptr;
    {
        QList<SessionBatch> parsed;
        for (const QByteArray &page : pages)
            parsed.append(parsePage(page));
        r.storeOnly = medianMs(runs, [&] {
            delete model;
            model = new SessionTableModel;
        }, [&] {
            model->beginRefresh();
            model->reserve(rows);
            model->applyBatches(parsed);
            model->endRefresh(true);
        });
    }
    // The memory of the loaded table: everything allocated from here on that is still in
    // use after loading, filtering and sorting (store, sort orders, the proxy's mapping).
    size_t heapBefore = 0;
    r.ingest = medianMs(runs, [&] {
        delete model;
        heapBefore = heapInUse();
        model = new SessionTableModel;
    }, [&] { ingestPipelined(model, pages, rows); });
    if (model->rowCount() != rows)
        std::fprintf(stderr, "ingest lost rows\n");

    SessionFilterModel proxy;
    proxy.setSourceModel(model);
    r.filter = medianMs(runs, [&] { proxy.setFilterText(QString()); }, [&] { proxy.setFilterText(u"mar"_s); });
    r.refine = medianMs(runs, [&] { proxy.setFilterText(u"mar"_s); }, [&] { proxy.setFilterText(u"mart"_s); });
    r.clear = medianMs(runs, [&] { proxy.setFilterText(u"mart"_s); }, [&] { proxy.setFilterText(QString()); });
    // First sort: invalidate the store's cached orders by re-creating the model each run.
    r.sortFirst = timeMs([&] { proxy.sort(int(SessionColumn::StartedAt), Qt::AscendingOrder); });
    r.sortToggle = medianMs(runs, [&] { proxy.sort(int(SessionColumn::StartedAt), Qt::AscendingOrder); },
                            [&] { proxy.sort(int(SessionColumn::StartedAt), Qt::DescendingOrder); });
    const double deviceFirst = timeMs([&] { proxy.sort(int(SessionColumn::Device), Qt::AscendingOrder); });
    r.sortFirst = std::max(r.sortFirst, deviceFirst);
    r.sortReturn = medianMs(runs, [&] { proxy.sort(int(SessionColumn::Device), Qt::AscendingOrder); },
                            [&] { proxy.sort(int(SessionColumn::StartedAt), Qt::AscendingOrder); });
    r.sortFiltered = medianMs(runs, [&] { proxy.setFilterText(u"mar"_s); proxy.sort(int(SessionColumn::Device)); },
                              [&] { proxy.sort(int(SessionColumn::StartedAt), Qt::DescendingOrder); });
    proxy.setFilterText(QString());
    r.bytesPerRow = double(heapInUse() - heapBefore) / double(rows);
    std::vector<SessionColumn> columns = SessionColumns::all();
    // Export to a file where the write(2) limit writes too, through the same path the
    // window and the CLI use (QSaveFile: temporary file, then rename).
    const QString csvPath = scratchPath(u"sessiondesk-bench.csv"_s);
    auto exportRows = [&](const RowList &order) {
        CsvWriter writer;
        if (!writer.writeFile(csvPath, model->store(), order, columns))
            std::fprintf(stderr, "CSV export failed: %s\n", qPrintable(writer.errorString()));
    };
    r.csv = medianMs(runs, {}, [&] { exportRows(proxy.sourceRows()); });
    r.csvBytes = double(QFileInfo(csvPath).size());
    RowList storeOrder(size_t(model->rowCount()));
    std::iota(storeOrder.begin(), storeOrder.end(), 0);
    r.csvStoreOrder = medianMs(runs, {}, [&] { exportRows(storeOrder); });
    QFile::remove(csvPath);
    delete model;
    return r;
}

// ---- limits --------------------------------------------------------------------------
struct Limits
{
    double memmem = 0, sort = 0, write = 0;
};

Limits runLimits(const DemoData &data, qint64 rows, double csvBytes)
{
    Limits l;
    std::string haystack;
    for (qint64 i = 0; i < rows; ++i) {
        const Session s = data.session(i);
        haystack += (s.sessionId + s.userId + s.deviceName + s.deviceVersion + s.deviceType + s.osName + s.osVersion + s.ip
                     + s.host).toLower().toStdString();
        haystack += '\n';
    }
    l.memmem = medianMs(3, {}, [&] {
        size_t hits = 0;
        const char *p = haystack.data(), *end = p + haystack.size();
        while (const void *hit = memmem(p, size_t(end - p), "mar", 3)) {
            ++hits;
            p = static_cast<const char *>(hit) + 3;
        }
        if (hits == size_t(-1))
            std::puts("");
    });
    std::mt19937_64 rng(1);
    std::vector<qint64> keys(static_cast<size_t>(rows));
    l.sort = medianMs(3, [&] { for (auto &k : keys) k = qint64(rng() >> 1); }, [&] { std::sort(keys.begin(), keys.end()); });
    std::string bytes(size_t(csvBytes), 'x');
    // write(2) of the same number of bytes into a file in memory (tmpfs when available).
    const QByteArray path = QFile::encodeName(scratchPath(u"sessiondesk-bench.tmp"_s));
    l.write = medianMs(3, {}, [&] {
        FILE *out = std::fopen(path.constData(), "wb");
        if (!out)
            return;
        size_t done = 0;
        while (done < bytes.size()) {
            const ssize_t n = ::write(fileno(out), bytes.data() + done, std::min<size_t>(bytes.size() - done, 1 << 24));
            if (n <= 0)
                break;
            done += size_t(n);
        }
        std::fclose(out);
    });
    std::remove(path.constData());
    return l;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"SessionDesk benchmark: naive Qt baseline vs SessionDesk"_s);
    parser.addHelpOption();
    parser.addOptions({
        {u"rows"_s, u"Rows for SessionDesk and the limits (default 1000000)."_s, u"N"_s, u"1000000"_s},
        {u"naive-rows"_s, u"Rows for the naive baseline; ratios compare at this size (default 100000)."_s, u"N"_s, u"100000"_s},
        {u"runs"_s, u"Repetitions for medians (default 3)."_s, u"N"_s, u"3"_s},
        {u"json"_s, u"Also write the results as JSON to FILE."_s, u"FILE"_s},
    });
    parser.process(app);
    const qint64 rows = parser.value(u"rows"_s).toLongLong();
    const qint64 naiveRows = std::min(rows, parser.value(u"naive-rows"_s).toLongLong());
    const int runs = std::max(1, parser.value(u"runs"_s).toInt());
    if (rows <= 0 || naiveRows <= 0) {
        std::fprintf(stderr, "sessiondesk-bench: --rows and --naive-rows must be positive\n");
        return 2;
    }

    const DemoData data(1, rows, 1'700'000'000'000);
    qint64 bytes = 0, naiveBytes = 0;
    std::fprintf(stderr, "generating %lld sessions…\n", static_cast<long long>(rows));
    const QList<QByteArray> pages = makePages(data, rows, &bytes);
    const QList<QByteArray> naivePages = makePages(data, naiveRows, &naiveBytes);

    std::fprintf(stderr, "SessionDesk at %lld rows…\n", static_cast<long long>(rows));
    const DeskResult desk = runDesk(pages, rows, runs);
    std::fprintf(stderr, "SessionDesk at %lld rows…\n", static_cast<long long>(naiveRows));
    const DeskResult deskSmall = runDesk(naivePages, naiveRows, runs);
    std::fprintf(stderr, "naive Qt at %lld rows…\n", static_cast<long long>(naiveRows));
    const NaiveResult naive = runNaive(naivePages, naiveRows);
    std::fprintf(stderr, "limits…\n");
    const Limits limits = runLimits(data, rows, desk.csvBytes);

    const QList<Row> table = {
        {u"ingest (parse on a thread, store here)"_s, rows, desk.ingest, deskSmall.ingest, naive.ingest, -1},
        {u"  parsing alone, one thread"_s, rows, desk.parseOnly, deskSmall.parseOnly, -1, -1},
        {u"  storing alone, one thread"_s, rows, desk.storeOnly, deskSmall.storeOnly, -1, -1},
        {u"filter \"mar\""_s, rows, desk.filter, deskSmall.filter, naive.filter, limits.memmem},
        {u"refine \"mart\""_s, rows, desk.refine, deskSmall.refine, naive.refine, -1},
        {u"clear filter"_s, rows, desk.clear, deskSmall.clear, naive.clear, -1},
        {u"sort, first time (worst column)"_s, rows, desk.sortFirst, deskSmall.sortFirst, naive.sort, limits.sort},
        {u"sort, toggle direction"_s, rows, desk.sortToggle, deskSmall.sortToggle, -1, -1},
        {u"sort, return to a column"_s, rows, desk.sortReturn, deskSmall.sortReturn, -1, -1},
        {u"sort while filtered"_s, rows, desk.sortFiltered, deskSmall.sortFiltered, -1, -1},
        {u"CSV export, all rows (sorted view)"_s, rows, desk.csv, deskSmall.csv, naive.csv, limits.write},
        {u"  same rows in arrival order"_s, rows, desk.csvStoreOrder, deskSmall.csvStoreOrder, -1, limits.write},
    };

    std::printf("SessionDesk benchmark: %lld rows (%.0f MB of JSON), naive baseline at %lld rows, median of %d\n\n",
                static_cast<long long>(rows), double(bytes) / 1e6, static_cast<long long>(naiveRows), runs);
    std::printf("%-34s %12s %14s %14s %10s %12s\n", "operation", "SessionDesk", "SD @naive-n", "naive @naive-n", "ratio", "limit");
    QJsonArray results;
    for (const Row &row : table) {
        const double ratio = (row.naiveMs > 0 && row.sessiondeskAtNaiveMs > 0) ? row.naiveMs / row.sessiondeskAtNaiveMs : -1;
        auto cell = [](double v) { return v < 0 ? std::string("-") : QString::number(v, 'f', 1).toStdString() + " ms"; };
        std::printf("%-34s %12s %14s %14s %10s %12s\n", qPrintable(row.op), cell(row.sessiondeskMs).c_str(),
                    cell(row.sessiondeskAtNaiveMs).c_str(), cell(row.naiveMs).c_str(),
                    ratio < 0 ? "-" : (QString::number(ratio, 'f', 1) + u"x"_s).toStdString().c_str(), cell(row.limitMs).c_str());
        QJsonObject o{{u"op"_s, row.op}, {u"n"_s, row.n}, {u"sessiondesk_ms"_s, row.sessiondeskMs},
                      {u"naive_n"_s, naiveRows}, {u"sessiondesk_at_naive_n_ms"_s, row.sessiondeskAtNaiveMs}};
        o[u"naive_ms"_s] = row.naiveMs < 0 ? QJsonValue() : QJsonValue(row.naiveMs);
        o[u"ratio"_s] = ratio < 0 ? QJsonValue() : QJsonValue(ratio);
        o[u"limit_ms"_s] = row.limitMs < 0 ? QJsonValue() : QJsonValue(row.limitMs);
        results.append(o);
    }
    const double csvGBs = desk.csvBytes / (desk.csv / 1000.0) / 1e9;
    const double ingestMBs = double(bytes) / (desk.ingest / 1000.0) / 1e6;
    std::printf("\nmemory: SessionDesk %.0f B/row, naive %.0f B/row (%.1fx less)\n", desk.bytesPerRow, naive.bytesPerRow,
                naive.bytesPerRow / desk.bytesPerRow);
    std::printf("throughput: ingest %.0f MB/s of JSON, CSV %.2f GB/s\n", ingestMBs, csvGBs);

    if (parser.isSet(u"json"_s)) {
        QJsonObject root{{u"rows"_s, rows}, {u"naive_rows"_s, naiveRows}, {u"json_bytes"_s, bytes}, {u"results"_s, results},
                         {u"bytes_per_row"_s, desk.bytesPerRow}, {u"naive_bytes_per_row"_s, naive.bytesPerRow},
                         {u"csv_gb_per_s"_s, csvGBs}, {u"ingest_mb_per_s"_s, ingestMBs}};
        QFile f(parser.value(u"json"_s));
        if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(root).toJson()) < 0) {
            std::fprintf(stderr, "sessiondesk-bench: cannot write %s\n", qPrintable(parser.value(u"json"_s)));
            return 1;
        }
    }
    return 0;
}
