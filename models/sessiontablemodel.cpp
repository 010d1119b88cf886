// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessiontablemodel.h"

#include "largememory.h"

#include <algorithm>
#include <climits>

SessionTableModel::SessionTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int SessionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int SessionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kSessionColumnCount;
}

QVariant SessionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const auto column = static_cast<SessionColumn>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return m_store.displayText(row, column);
    case Qt::ToolTipRole:
        if (SessionColumns::isTime(column) && m_store.time(row, column) != kMissingTime)
            return SessionFormat::isoUtc(m_store.time(row, column));
        return {};
    case SessionRoles::SortRole:
        if (SessionColumns::isTime(column)) {
            const qint64 t = m_store.time(row, column);
            return t == kMissingTime ? QVariant() : QVariant(t);
        }
        return m_store.displayText(row, column);
    case SessionRoles::SessionRole:
        return QVariant::fromValue(m_store.session(row));
    case SessionRoles::SessionIdRole:
        return m_store.sessionId(row);
    case SessionRoles::IsNewRole:
        return row >= m_newFrom;
    default:
        return {};
    }
}

QVariant SessionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= kSessionColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return SessionColumns::title(static_cast<SessionColumn>(section));
    if (role == Qt::UserRole)
        return SessionColumns::key(static_cast<SessionColumn>(section));
    return {};
}

SessionTableModel::~SessionTableModel()
{
    emit storeAboutToChange(); // readers on other threads finish before the store goes
}

void SessionTableModel::beginRefresh()
{
    ++m_generation;
    m_skipped = 0;
    // Sessions are appended, so everything from here on is new; the first load marks nothing.
    const int wasNewFrom = m_newFrom;
    m_newFrom = m_store.rowCount() > 0 ? m_store.rowCount() : INT_MAX;
    if (wasNewFrom < m_rowCount) // the previous refresh's new rows are no longer drawn as new
        emit dataChanged(index(wasNewFrom, 0), index(m_rowCount - 1, kSessionColumnCount - 1), {SessionRoles::IsNewRole});
}

bool SessionTableModel::isMemoryReady()
{
    return !LargeMemory::frontsPending();
}

void SessionTableModel::reserve(qint64 rows)
{
    if (rows <= m_reservedRows) // called with every progress report
        return;
    m_reservedRows = rows;
    emit storeAboutToChange();
    emit rowsExpected(rows);
    m_store.reserve(rows);
}

void SessionTableModel::applyBatch(const SessionBatch &batch)
{
    applyBatches(&batch, &batch + 1);
}

void SessionTableModel::applyBatches(const QList<SessionBatch> &batches)
{
    applyBatches(batches.constData(), batches.constData() + batches.size());
}

void SessionTableModel::applyBatches(const SessionBatch *begin, const SessionBatch *end)
{
    // Interning happens before we know how many rows are new, so the insert is announced
    // afterwards; rowCount() keeps reporting the old count until then.
    if (std::all_of(begin, end, [](const SessionBatch &b) { return b.isEmpty(); }))
        return;
    emit storeAboutToChange();
    const int firstNew = m_store.rowCount();
    int changedFirst = INT_MAX, changedLast = -1;
    for (const SessionBatch *batch = begin; batch != end; ++batch) {
        if (batch->isEmpty())
            continue;
        const SessionStore::UpsertResult result = m_store.upsert(*batch, m_generation);
        m_skipped += result.skipped;
        for (int row : result.changedRows) {
            if (row < firstNew) { // rows new in this call are announced by the insert
                changedFirst = std::min(changedFirst, row);
                changedLast = std::max(changedLast, row);
            }
        }
    }
    if (m_store.rowCount() > firstNew) {
        beginInsertRows({}, firstNew, m_store.rowCount() - 1);
        m_rowCount = m_store.rowCount();
        endInsertRows();
    }
    if (changedLast >= 0)
        emit dataChanged(index(changedFirst, 0), index(changedLast, kSessionColumnCount - 1));
    emit storeChanged();
}

void SessionTableModel::endRefresh(bool complete, const QString &server)
{
    if (!complete)
        return;
    removeStoreRows(m_store.rowsNotInGeneration(m_generation, server));
}

void SessionTableModel::removeSessions(const QStringList &sessionIds, const QString &server)
{
    RowList rows;
    for (const QString &id : sessionIds) {
        const int row = m_store.rowOf(id, server);
        if (row >= 0)
            rows.push_back(row);
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    removeStoreRows(rows);
}

void SessionTableModel::removeStoreRows(const RowList &rows)
{
    if (rows.empty())
        return;
    emit storeAboutToChange();
    // Scattered rows leave in one pass: a layout change with persistent indexes moved to
    // their new rows (or invalidated), instead of one rowsRemoved per gap.
    emit layoutAboutToBeChanged();
    const QModelIndexList before = persistentIndexList();
    if (m_newFrom != INT_MAX) // rows removed before the new ones move them up
        m_newFrom -= int(std::lower_bound(rows.begin(), rows.end(), m_newFrom) - rows.begin());
    RowList oldToNew;
    m_store.removeRows(rows, &oldToNew);
    m_rowCount = m_store.rowCount();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &idx : before) {
        const int newRow = oldToNew[size_t(idx.row())];
        after << (newRow < 0 ? QModelIndex() : index(newRow, idx.column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged();
    emit storeChanged();
}

void SessionTableModel::clear()
{
    emit storeAboutToChange();
    beginResetModel();
    m_store.clear();
    m_rowCount = 0;
    m_newFrom = INT_MAX;
    m_reservedRows = 0;
    endResetModel();
    emit storeChanged();
}
