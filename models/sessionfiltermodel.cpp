// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionfiltermodel.h"

#include "sessiontablemodel.h"

#include <algorithm>
#include <numeric>

#include <QElapsedTimer>

namespace {
constexpr int kRecomputeDelayMs = 150;
constexpr int kMaxRecomputeDelayMs = 2000;
}

SessionFilterModel::SessionFilterModel(QObject *parent)
    : QAbstractProxyModel(parent)
    , m_filterColumns(SessionColumns::all())
{
    m_recomputeTimer.setSingleShot(true);
    m_recomputeTimer.setInterval(kRecomputeDelayMs);
    connect(&m_recomputeTimer, &QTimer::timeout, this, [this] {
        QElapsedTimer cost;
        cost.start();
        applyRows(computeRows(nullptr));
        // While rows stream in, re-sorting a million rows takes ~100 ms: wait at least four
        // times as long as the last pass so the GUI thread spends at most a fifth on it.
        m_recomputeTimer.setInterval(std::clamp(int(cost.elapsed() * 4), kRecomputeDelayMs, kMaxRecomputeDelayMs));
    });
}

void SessionFilterModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    beginResetModel();
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = qobject_cast<SessionTableModel *>(sourceModel);
    Q_ASSERT_X(m_source || !sourceModel, "SessionFilterModel", "source must be a SessionTableModel");
    QAbstractProxyModel::setSourceModel(m_source);
    if (m_source) {
        connect(m_source, &QAbstractItemModel::rowsInserted, this, &SessionFilterModel::onRowsInserted);
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
    rebuildReverse();
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
    if (!m_source || !sourceIndex.isValid() || size_t(sourceIndex.row()) >= m_sourceToProxy.size())
        return {};
    const int row = m_sourceToProxy[size_t(sourceIndex.row())];
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
    m_recomputeTimer.stop();
    applyRows(computeRows(refine ? &previous : nullptr));
    emit filterChanged();
}

void SessionFilterModel::setFilterColumns(const std::vector<SessionColumn> &columns)
{
    if (columns == m_filterColumns)
        return;
    m_filterColumns = columns;
    if (!m_filterText.isEmpty()) {
        m_recomputeTimer.stop();
        applyRows(computeRows(nullptr));
    }
}

void SessionFilterModel::sort(int column, Qt::SortOrder order)
{
    if (column >= columnCount())
        return;
    m_sortColumn = column < 0 ? -1 : column;
    m_sortOrder = order;
    if (!m_filterText.isEmpty() && !m_recomputeTimer.isActive() && m_sortColumn >= 0) {
        // Only the order changes: the rows shown now are exactly the matching ones.
        applyRows(sortedSubset(m_proxyToSource));
        return;
    }
    m_recomputeTimer.stop();
    applyRows(computeRows(nullptr));
}

void SessionFilterModel::applyPendingChanges()
{
    if (m_recomputeTimer.isActive()) {
        m_recomputeTimer.stop();
        applyRows(computeRows(nullptr));
    }
}

RowList SessionFilterModel::computeRows(const RowList *refineFrom) const
{
    if (!m_source)
        return {};
    const SessionStore &store = m_source->store();
    const int count = m_source->rowCount();

    if (refineFrom) // candidates keep their order, so a sorted view stays sorted
        return store.filterRows(m_filterText, m_filterColumns, refineFrom);

    RowList matching;
    if (!m_filterText.isEmpty())
        matching = store.filterRows(m_filterText, m_filterColumns);

    if (m_sortColumn < 0) {
        if (m_filterText.isEmpty()) {
            matching.resize(size_t(count));
            std::iota(matching.begin(), matching.end(), 0);
        }
        return matching;
    }
    if (m_filterText.isEmpty())
        return store.orderedRows(static_cast<SessionColumn>(m_sortColumn), m_sortOrder);
    return sortedSubset(matching);
}

RowList SessionFilterModel::sortedSubset(const RowList &rows) const
{
    const RowList ordered = m_source->store().orderedRows(static_cast<SessionColumn>(m_sortColumn), m_sortOrder);
    LargeVector<uint8_t> keep(ordered.size(), 0);
    for (int row : rows)
        keep[size_t(row)] = 1;
    RowList sorted;
    sorted.reserve(rows.size());
    for (int row : ordered) {
        if (keep[size_t(row)])
            sorted.push_back(row);
    }
    return sorted;
}

void SessionFilterModel::rebuildReverse()
{
    m_sourceToProxy.assign(m_source ? size_t(m_source->rowCount()) : 0, -1);
    for (size_t i = 0; i < m_proxyToSource.size(); ++i)
        m_sourceToProxy[size_t(m_proxyToSource[i])] = int(i);
}

void SessionFilterModel::applyRows(RowList rows)
{
    emit layoutAboutToBeChanged({}, m_filterText.isEmpty() ? QAbstractItemModel::VerticalSortHint
                                                           : QAbstractItemModel::NoLayoutChangeHint);
    const QModelIndexList persistent = persistentIndexList();
    RowList sourceRows;
    sourceRows.reserve(size_t(persistent.size()));
    for (const QModelIndex &idx : persistent)
        sourceRows.push_back(m_proxyToSource[size_t(idx.row())]);
    applyRows(std::move(rows), persistent, sourceRows, false);
}

void SessionFilterModel::applyRows(RowList rows, const QModelIndexList &persistent,
                                   const RowList &persistentSourceRows, bool emitAboutToBeChanged)
{
    if (emitAboutToBeChanged)
        emit layoutAboutToBeChanged();
    m_proxyToSource = std::move(rows);
    rebuildReverse();
    QModelIndexList to;
    to.reserve(persistent.size());
    for (qsizetype i = 0; i < persistent.size(); ++i) {
        const int src = persistentSourceRows[size_t(i)];
        const int row = (src >= 0 && size_t(src) < m_sourceToProxy.size()) ? m_sourceToProxy[size_t(src)] : -1;
        to << (row < 0 ? QModelIndex() : createIndex(row, persistent[i].column()));
    }
    changePersistentIndexList(persistent, to);
    emit layoutChanged();
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
    if (size_t(first) == m_sourceToProxy.size()) {
        // Appended (the usual case): existing entries stay valid, so this is O(page), not O(rows).
        m_sourceToProxy.resize(m_sourceToProxy.size() + size_t(inserted), -1);
    } else {
        // Inserted in the middle: shift the source rows we point at (the view order is kept).
        for (int &src : m_proxyToSource) {
            if (src >= first)
                src += inserted;
        }
        rebuildReverse();
    }

    RowList fresh(static_cast<size_t>(inserted));
    std::iota(fresh.begin(), fresh.end(), first);
    if (!m_filterText.isEmpty())
        fresh = m_source->store().filterRows(m_filterText, m_filterColumns, &fresh);
    if (!fresh.empty()) {
        const int start = int(m_proxyToSource.size());
        beginInsertRows({}, start, start + int(fresh.size()) - 1);
        for (size_t i = 0; i < fresh.size(); ++i) {
            m_proxyToSource.push_back(fresh[i]);
            m_sourceToProxy[size_t(fresh[i])] = start + int(i);
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
    applyRows(std::move(rows), persistent, sourceRows, false);
    m_removeFirst = m_removeLast = -1;
}

void SessionFilterModel::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                       const QList<int> &roles)
{
    if (m_proxyToSource.empty())
        return;
    int lo = INT_MAX, hi = -1;
    for (int src = topLeft.row(); src <= bottomRight.row(); ++src) {
        const int row = m_sourceToProxy[size_t(src)];
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
    applyRows(computeRows(nullptr), persistent, sourceRows, false);
}

void SessionFilterModel::onModelAboutToBeReset()
{
    beginResetModel();
}

void SessionFilterModel::onModelReset()
{
    m_recomputeTimer.stop();
    m_proxyToSource = computeRows(nullptr);
    rebuildReverse();
    endResetModel();
}
