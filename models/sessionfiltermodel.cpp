// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionfiltermodel.h"

#include "computepool.h"
#include "sessiontablemodel.h"

#include <algorithm>
#include <numeric>

#include <QElapsedTimer>
#include <QtConcurrent>

namespace {
constexpr int kRecomputeDelayMs = 150;
constexpr int kMaxRecomputeDelayMs = 2000;
/// From this many rows on, coalesced re-sorts run on the thread pool (about 2 ms of
/// sorting on the GUI thread; a million rows take ~80 ms).
constexpr int kWorkerRows = 20'000;
/// From this many rows on, a pass over the mapping runs on both cores.
constexpr size_t kMinRowsPerPart = size_t(128) << 10;
}

SessionFilterModel::SessionFilterModel(QObject *parent)
    : QAbstractProxyModel(parent)
    , m_filterColumns(SessionColumns::all())
{
    m_recomputeTimer.setObjectName(QStringLiteral("recomputeTimer"));
    m_recomputeTimer.setSingleShot(true);
    m_recomputeTimer.setInterval(kRecomputeDelayMs);
    connect(&m_recomputeTimer, &QTimer::timeout, this, &SessionFilterModel::recompute);
    connect(&m_worker, &QFutureWatcherBase::finished, this, &SessionFilterModel::onWorkerFinished);
}

SessionFilterModel::~SessionFilterModel()
{
    waitForWorker();
}

void SessionFilterModel::recompute()
{
    if (!m_source)
        return;
    if (m_source->rowCount() < kWorkerRows) {
        QElapsedTimer cost;
        cost.start();
        applyRows(computeRows(nullptr));
        // While rows stream in, wait at least four times as long as the last pass so the
        // GUI thread spends at most a fifth of its time on it.
        m_recomputeTimer.setInterval(std::clamp(int(cost.elapsed() * 4), kRecomputeDelayMs, kMaxRecomputeDelayMs));
        return;
    }
    // Large tables are sorted and filtered on the thread pool. The store must not change
    // meanwhile: the source announces changes (storeAboutToChange), and the window holds
    // new pages back while isComputing().
    if (m_worker.isRunning())
        return;
    m_computing = true;
    m_workerVersion = m_source->store().version();
    m_workerQuery = m_querySerial;
    m_worker.setFuture(QtConcurrent::run(computePool(), [store = &m_source->store(), q = query()] {
        makeBackgroundThread();
        // The reverse mapping too: scattering a million rows took the GUI thread 5-8 ms at
        // each of a large load's re-sorts.
        Computed computed;
        computed.rows = computeRows(*store, q, nullptr);
        buildReverse(computed.rows, size_t(store->rowCount()), computed.reverse);
        return computed;
    }));
}

void SessionFilterModel::onWorkerFinished()
{
    if (!m_computing)
        return;
    m_computing = false;
    Computed computed = m_worker.future().takeResult();
    if (m_source && m_source->store().version() == m_workerVersion && m_querySerial == m_workerQuery)
        applyRows(std::move(computed.rows), &computed.reverse);
    else if (m_source && m_sortColumn >= 0) // the store or the query changed meanwhile
        scheduleRecompute();
    emit computingFinished();
}

void SessionFilterModel::waitForWorker()
{
    // The result is dropped in onWorkerFinished(): the store version no longer matches.
    if (m_worker.isRunning())
        m_worker.waitForFinished();
}

void SessionFilterModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    beginResetModel();
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    waitForWorker();
    m_source = qobject_cast<SessionTableModel *>(sourceModel);
    Q_ASSERT_X(m_source || !sourceModel, "SessionFilterModel", "source must be a SessionTableModel");
    QAbstractProxyModel::setSourceModel(m_source);
    if (m_source) {
        connect(m_source, &SessionTableModel::storeAboutToChange, this, &SessionFilterModel::waitForWorker);
        connect(m_source, &QAbstractItemModel::rowsInserted, this, &SessionFilterModel::onRowsInserted);
        // Room for the rows the server announced: doubling (and copying) a million-entry
        // map while rows stream in stalled the GUI thread for 4-8 ms at each step.
        connect(m_source, &SessionTableModel::rowsExpected, this, [this](qint64 rows) {
            m_sourceToProxy.reserve(size_t(rows));
            m_proxyToSource.reserve(size_t(rows));
        });
        connect(m_source, &QAbstractItemModel::rowsAboutToBeRemoved, this, &SessionFilterModel::onRowsAboutToBeRemoved);
        connect(m_source, &QAbstractItemModel::rowsRemoved, this, &SessionFilterModel::onRowsRemoved);
        connect(m_source, &QAbstractItemModel::dataChanged, this, &SessionFilterModel::onDataChanged);
        connect(m_source, &QAbstractItemModel::layoutAboutToBeChanged, this, &SessionFilterModel::onLayoutAboutToBeChanged);
        connect(m_source, &QAbstractItemModel::layoutChanged, this, &SessionFilterModel::onLayoutChanged);
        connect(m_source, &QAbstractItemModel::modelAboutToBeReset, this, &SessionFilterModel::onModelAboutToBeReset);
        connect(m_source, &QAbstractItemModel::modelReset, this, &SessionFilterModel::onModelReset);
        connect(m_source, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged);
    }
    m_proxyToSource = computeRows(nullptr);
    resetReverse();
    endResetModel();
}

QModelIndex SessionFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex SessionFilterModel::parent(const QModelIndex &) const
{
    return {};
}

int SessionFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_proxyToSource.size());
}

int SessionFilterModel::columnCount(const QModelIndex &parent) const
{
    return (parent.isValid() || !m_source) ? 0 : m_source->columnCount();
}

QModelIndex SessionFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_source || !proxyIndex.isValid() || proxyIndex.model() != this
        || size_t(proxyIndex.row()) >= m_proxyToSource.size())
        return {};
    return m_source->index(m_proxyToSource[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex SessionFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_source || !sourceIndex.isValid())
        return {};
    const int row = proxyRow(sourceIndex.row());
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

QString SessionFilterModel::sessionIdAt(int proxyRow) const
{
    if (!m_source || proxyRow < 0 || size_t(proxyRow) >= m_proxyToSource.size())
        return {};
    return m_source->sessionIdAt(m_proxyToSource[size_t(proxyRow)]);
}

QStringList SessionFilterModel::sessionIds(const QModelIndexList &proxyIndexes) const
{
    QStringList ids;
    RowList rows;
    for (const QModelIndex &idx : proxyIndexes) {
        if (idx.isValid() && idx.model() == this)
            rows.push_back(idx.row());
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (int row : rows)
        ids << sessionIdAt(row);
    return ids;
}

void SessionFilterModel::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    // A longer needle can only match a subset: refine the current rows (keeping their order)
    // unless a recompute is pending, in which case the current rows may be stale.
    const bool refine = !m_filterText.isEmpty() && text.startsWith(m_filterText, Qt::CaseInsensitive)
        && !m_recomputeTimer.isActive();
    const RowList previous = refine ? m_proxyToSource : RowList();
    m_filterText = text;
    ++m_querySerial;
    m_recomputeTimer.stop();
    applyRows(computeRows(refine ? &previous : nullptr));
    emit filterChanged();
}

void SessionFilterModel::setConditions(const SessionConditions &conditions)
{
    if (conditions == m_conditions)
        return;
    m_conditions = conditions;
    ++m_querySerial;
    m_recomputeTimer.stop();
    applyRows(computeRows(nullptr));
    emit filterChanged();
}

void SessionFilterModel::setFilterColumns(const std::vector<SessionColumn> &columns)
{
    if (columns == m_filterColumns)
        return;
    m_filterColumns = columns;
    ++m_querySerial;
    if (!m_filterText.isEmpty()) {
        m_recomputeTimer.stop();
        applyRows(computeRows(nullptr));
    }
}

void SessionFilterModel::sort(int column, Qt::SortOrder order)
{
    if (column >= columnCount())
        return;
    // Asked again for the order the rows are in, with nothing waiting to be sorted in:
    // nothing to do. QTableView::sortByColumn() (View > Sort By, a restored header) asks
    // twice in Qt 6.4, through the header's signal and once more itself.
    const bool sameOrder = column < 0 ? m_sortColumn < 0 : column == m_sortColumn && order == m_sortOrder;
    if (sameOrder && m_source && !m_recomputeTimer.isActive() && !isComputing())
        return;
    // Turning the order around: the rows followed (current row, selection) are looked up
    // where the runs of equal values put them instead of in a pass over all rows shown.
    const bool turnsAround = column >= 0 && column == m_sortColumn && order != m_sortOrder && m_source;
    const Qt::SortOrder before = m_sortOrder;
    m_sortColumn = column < 0 ? -1 : column;
    m_sortOrder = order;
    ++m_querySerial;
    if (isFiltering() && !m_recomputeTimer.isActive() && m_sortColumn >= 0) {
        // Only the order changes: the rows shown now are exactly the matching ones.
        applyRows(sortedSubset(m_source->store(), query(), m_proxyToSource));
        return;
    }
    m_recomputeTimer.stop();
    std::function<int(int)> guessRow;
    if (turnsAround && !isFiltering()) {
        guessRow = [store = &m_source->store(), column = SessionColumn(column), before](int row) {
            return int(store->positionInOtherOrder(column, before, size_t(row)));
        };
    }
    applyRows(computeRows(nullptr), nullptr, guessRow);
}

void SessionFilterModel::settle()
{
    if (!m_recomputeTimer.isActive())
        return;
    m_recomputeTimer.stop();
    recompute();
}

void SessionFilterModel::applyPendingChanges()
{
    if (m_recomputeTimer.isActive() || m_computing) {
        waitForWorker();
        m_computing = false; // its result is replaced by the one computed here
        m_recomputeTimer.stop();
        applyRows(computeRows(nullptr));
    }
}

RowList SessionFilterModel::computeRows(const RowList *refineFrom) const
{
    if (!m_source)
        return {};
    return computeRows(m_source->store(), query(), refineFrom);
}

RowList SessionFilterModel::computeRows(const SessionStore &store, const Query &query, const RowList *refineFrom)
{
    if (refineFrom) // candidates keep their order, so a sorted view stays sorted
        return matchingRows(store, query, refineFrom);

    const bool filtering = !query.filterText.isEmpty() || !query.conditions.isEmpty();
    if (query.sortColumn < 0)
        return matchingRows(store, query, nullptr);
    if (!filtering)
        return store.orderedRows(static_cast<SessionColumn>(query.sortColumn), query.sortOrder);
    return sortedSubset(store, query, matchingRows(store, query, nullptr));
}

RowList SessionFilterModel::matchingRows(const SessionStore &store, const Query &query, const RowList *candidates)
{
    // The text sweep first: it usually leaves the fewest rows for the conditions to judge.
    if (query.conditions.isEmpty())
        return store.filterRows(query.filterText, query.filterColumns, candidates);
    if (query.filterText.isEmpty())
        return store.conditionRows(query.conditions, candidates);
    const RowList texts = store.filterRows(query.filterText, query.filterColumns, candidates);
    return store.conditionRows(query.conditions, &texts);
}

RowList SessionFilterModel::sortedSubset(const SessionStore &store, const Query &query, const RowList &rows)
{
    return store.orderedRows(static_cast<SessionColumn>(query.sortColumn), query.sortOrder, rows);
}

void SessionFilterModel::buildReverse(const RowList &rows, size_t sourceRows, RowList &reverse)
{
    // rows holds each source row at most once: when it holds all of them (sorted, not
    // filtered) every entry is written below and needs no -1 first. Either way the memory
    // is reused, already backed, when it fits.
    if (rows.size() == sourceRows)
        reverse.resize(sourceRows);
    else
        reverse.assign(sourceRows, -1);
    // Scattered writes into 4 MB per million rows: two cores overlap their cache misses.
    const int parts = parallelParts(rows.size(), kMinRowsPerPart);
    runInParallel(parts, [&](int part) {
        const size_t end = partStart(rows.size(), part + 1, parts);
        for (size_t i = partStart(rows.size(), part, parts); i < end; ++i)
            reverse[size_t(rows[i])] = int(i);
    });
}

bool SessionFilterModel::isInSourceOrder(const RowList &rows, size_t sourceRows)
{
    if (rows.size() != sourceRows)
        return false;
    // Blocks of rows compared as a whole (the compiler vectorizes that), most tables out
    // of order leave at the first.
    constexpr size_t kBlock = 1024;
    for (size_t begin = 0; begin < rows.size(); begin += kBlock) {
        const size_t end = std::min(rows.size(), begin + kBlock);
        unsigned differs = 0;
        for (size_t i = begin; i < end; ++i)
            differs |= unsigned(rows[i]) ^ unsigned(i);
        if (differs)
            return false;
    }
    return true;
}

void SessionFilterModel::resetReverse()
{
    const size_t sourceRows = m_source ? size_t(m_source->rowCount()) : 0;
    m_reverse = isInSourceOrder(m_proxyToSource, sourceRows) ? Reverse::InSourceOrder : Reverse::Stale;
    m_sourceToProxy.clear(); // its memory stays for the next mapping
}

void SessionFilterModel::ensureReverse() const
{
    if (m_reverse != Reverse::Stale)
        return;
    buildReverse(m_proxyToSource, m_source ? size_t(m_source->rowCount()) : 0, m_sourceToProxy);
    m_reverse = Reverse::Built;
}

int SessionFilterModel::proxyRow(int sourceRow) const
{
    if (sourceRow < 0)
        return -1;
    if (m_reverse == Reverse::InSourceOrder)
        return size_t(sourceRow) < m_proxyToSource.size() ? sourceRow : -1;
    ensureReverse();
    return size_t(sourceRow) < m_sourceToProxy.size() ? m_sourceToProxy[size_t(sourceRow)] : -1;
}

RowList SessionFilterModel::proxyRows(const RowList &sourceRows, const RowList *guesses) const
{
    RowList found(sourceRows.size(), -1);
    // A guess is right when the row it names shows the source row (each is shown once).
    std::vector<size_t> pending; // indexes into sourceRows still to find
    for (size_t i = 0; i < sourceRows.size(); ++i) {
        const int source = sourceRows[i];
        if (source < 0)
            continue;
        if (guesses) {
            const int guess = (*guesses)[i];
            if (guess >= 0 && size_t(guess) < m_proxyToSource.size() && m_proxyToSource[size_t(guess)] == source) {
                found[i] = guess;
                continue;
            }
        }
        pending.push_back(i);
    }
    if (pending.empty())
        return found;
    constexpr size_t kSweepAtMost = 4096;
    if (m_reverse != Reverse::Stale || pending.size() > kSweepAtMost) {
        for (const size_t i : pending)
            found[i] = proxyRow(sourceRows[i]);
        return found;
    }
    // Few rows to find (a view's persistent indexes: its current row, selection and the
    // rows on screen): one pass over the rows shown finds them, where the reverse mapping
    // of every row took the GUI thread 2 ms per million rows at each sort. A bit per source
    // row number modulo 64 Ki (8 KB, in the first-level cache) rules out most rows shown.
    constexpr unsigned kBits = 1u << 16;
    std::vector<uint64_t> maybe(kBits / 64, 0);
    std::vector<std::pair<int, size_t>> wanted; // source row, index into sourceRows
    wanted.reserve(pending.size());
    for (const size_t i : pending) {
        const int source = sourceRows[i];
        maybe[(unsigned(source) % kBits) / 64] |= uint64_t(1) << (unsigned(source) % 64);
        wanted.emplace_back(source, i);
    }
    std::sort(wanted.begin(), wanted.end());
    const RowList &shown = m_proxyToSource;
    const int parts = parallelParts(shown.size(), kMinRowsPerPart);
    // Each source row is shown once at most, so each entry of found is written by one part.
    runInParallel(parts, [&](int part) {
        const size_t end = partStart(shown.size(), part + 1, parts);
        for (size_t row = partStart(shown.size(), part, parts); row < end; ++row) {
            const unsigned source = unsigned(shown[row]);
            if (!((maybe[(source % kBits) / 64] >> (source % 64)) & 1))
                continue;
            auto it = std::lower_bound(wanted.begin(), wanted.end(), std::pair<int, size_t>(int(source), 0));
            for (; it != wanted.end() && it->first == int(source); ++it)
                found[it->second] = int(row);
        }
    });
    return found;
}

void SessionFilterModel::applyRows(RowList rows, RowList *reverse, const std::function<int(int row)> &guessRow)
{
    // Without a filter only the order changes. layoutChanged() must give the same hint:
    // QItemSelectionModel saves a selection per row for a vertical sort and restores it
    // only when told so again (with no hint there, a range of selected rows kept its
    // corners' persistent indexes and spanned whatever rows lay between them afterwards).
    const auto hint = !isFiltering() ? QAbstractItemModel::VerticalSortHint : QAbstractItemModel::NoLayoutChangeHint;
    emit layoutAboutToBeChanged({}, hint);
    const QModelIndexList persistent = persistentIndexList();
    RowList sourceRows, guesses;
    sourceRows.reserve(size_t(persistent.size()));
    for (const QModelIndex &idx : persistent) {
        sourceRows.push_back(m_proxyToSource[size_t(idx.row())]);
        if (guessRow)
            guesses.push_back(guessRow(idx.row()));
    }
    applyRows(std::move(rows), persistent, sourceRows, reverse, guessRow ? &guesses : nullptr, hint);
}

void SessionFilterModel::applyRows(RowList rows, const QModelIndexList &persistent, const RowList &persistentSourceRows,
                                   RowList *reverse, const RowList *guesses, QAbstractItemModel::LayoutChangeHint hint)
{
    m_proxyToSource = std::move(rows);
    if (reverse) {
        m_sourceToProxy = std::move(*reverse);
        m_reverse = Reverse::Built;
    } else {
        resetReverse();
    }
    const RowList rowsNow = proxyRows(persistentSourceRows, guesses);
    QModelIndexList to;
    to.reserve(persistent.size());
    for (qsizetype i = 0; i < persistent.size(); ++i) {
        const int row = rowsNow[size_t(i)];
        to << (row < 0 ? QModelIndex() : createIndex(row, persistent[i].column()));
    }
    changePersistentIndexList(persistent, to);
    emit layoutChanged({}, hint);
}

void SessionFilterModel::scheduleRecompute()
{
    if (!m_recomputeTimer.isActive())
        m_recomputeTimer.start();
}

void SessionFilterModel::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int inserted = last - first + 1;
    if (first == m_source->rowCount() - inserted) {
        // Appended (the usual case): existing entries stay valid, so this is O(page), not O(rows).
        if (m_reverse == Reverse::Built)
            m_sourceToProxy.resize(m_sourceToProxy.size() + size_t(inserted), -1);
    } else {
        // Inserted in the middle: shift the source rows we point at (the view order is kept).
        for (int &src : m_proxyToSource) {
            if (src >= first)
                src += inserted;
        }
        resetReverse();
    }

    RowList fresh(static_cast<size_t>(inserted));
    std::iota(fresh.begin(), fresh.end(), first);
    if (isFiltering())
        fresh = matchingRows(m_source->store(), query(), &fresh);
    if (!fresh.empty()) {
        const int start = int(m_proxyToSource.size());
        beginInsertRows({}, start, start + int(fresh.size()) - 1);
        m_proxyToSource.insert(m_proxyToSource.end(), fresh.begin(), fresh.end());
        if (m_reverse == Reverse::Built) {
            for (size_t i = 0; i < fresh.size(); ++i)
                m_sourceToProxy[size_t(fresh[i])] = start + int(i);
        } else if (m_reverse == Reverse::InSourceOrder && (start != first || int(fresh.size()) != inserted)) {
            m_reverse = Reverse::Stale; // the rows shown are no longer the source's in order
        }
        endInsertRows();
    }
    if (m_sortColumn >= 0)
        scheduleRecompute();
}

void SessionFilterModel::onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    m_removeFirst = first;
    m_removeLast = last;
    emit layoutAboutToBeChanged();
}

void SessionFilterModel::onRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    Q_ASSERT(first == m_removeFirst && last == m_removeLast);
    const int removed = last - first + 1;
    auto translate = [&](int src) { return src < first ? src : (src > last ? src - removed : -1); };
    RowList rows;
    rows.reserve(m_proxyToSource.size());
    for (int src : m_proxyToSource) {
        const int moved = translate(src);
        if (moved >= 0)
            rows.push_back(moved);
    }
    const QModelIndexList persistent = persistentIndexList();
    RowList sourceRows;
    for (const QModelIndex &idx : persistent)
        sourceRows.push_back(translate(m_proxyToSource[size_t(idx.row())]));
    applyRows(std::move(rows), persistent, sourceRows);
    m_removeFirst = m_removeLast = -1;
}

void SessionFilterModel::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                       const QList<int> &roles)
{
    if (m_proxyToSource.empty())
        return;
    int lo = INT_MAX, hi = -1;
    for (int src = topLeft.row(); src <= bottomRight.row(); ++src) {
        const int row = proxyRow(src);
        if (row >= 0) {
            lo = std::min(lo, row);
            hi = std::max(hi, row);
        }
    }
    if (hi >= 0)
        emit dataChanged(index(lo, topLeft.column()), index(hi, bottomRight.column()), roles);
    if (!isIdentity())
        scheduleRecompute();
}

void SessionFilterModel::onLayoutAboutToBeChanged()
{
    emit layoutAboutToBeChanged();
    m_layoutPersistent = persistentIndexList();
    m_layoutSourcePersistent.clear();
    for (const QModelIndex &idx : std::as_const(m_layoutPersistent))
        m_layoutSourcePersistent << QPersistentModelIndex(mapToSource(idx));
}

void SessionFilterModel::onLayoutChanged()
{
    RowList sourceRows;
    for (const QPersistentModelIndex &src : std::as_const(m_layoutSourcePersistent))
        sourceRows.push_back(src.isValid() ? src.row() : -1);
    m_recomputeTimer.stop();
    const QModelIndexList persistent = m_layoutPersistent;
    m_layoutPersistent.clear();
    m_layoutSourcePersistent.clear();
    applyRows(computeRows(nullptr), persistent, sourceRows);
}

void SessionFilterModel::onModelAboutToBeReset()
{
    beginResetModel();
}

void SessionFilterModel::onModelReset()
{
    m_recomputeTimer.stop();
    m_proxyToSource = computeRows(nullptr);
    resetReverse();
    endResetModel();
}
