// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sessionroles.h"
#include "sessionstore.h"

#include <QAbstractTableModel>

#include <climits>

/**
 * The sessions of one fetch, over a SessionStore.
 *
 * Refresh merges instead of resetting, so selection and scroll position survive:
 *   model.beginRefresh();
 *   model.applyBatch(page);   // for each page as it arrives
 *   model.endRefresh(true);   // complete: sessions not seen in this refresh are removed
 * Changed rows emit dataChanged, new rows are appended with rowsInserted, and vanished
 * rows leave in one layout change (persistent indexes of the others are kept).
 */
class SessionTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionTableModel)

public:
    explicit SessionTableModel(QObject *parent = nullptr);
    ~SessionTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void beginRefresh();
    void applyBatch(const SessionBatch &batch);
    /// Several pages in one merge: one rowsInserted and one dataChanged for all of them.
    void applyBatches(const QList<SessionBatch> &batches);
    /// complete=false (failed or canceled) keeps rows that were not seen again. In a merged
    /// view each server ends its own part: server limits the removal to its rows.
    void endRefresh(bool complete, const QString &server = {});
    void clear();
    /// Room for about rows sessions (the total the server announced); avoids regrowing.
    /// The memory is backed on a background thread; see isMemoryReady().
    void reserve(qint64 rows);
    /// False for a short while after reserve(): storing rows now would make this thread
    /// fault in the reserved memory itself. A window holds pages back meanwhile.
    static bool isMemoryReady();
    /// Removes the sessions with these ids (of server, in a merged view), e.g. after a
    /// revoke, keeping the rest in place.
    void removeSessions(const QStringList &sessionIds, const QString &server = {});

    const SessionStore &store() const { return m_store; }
    Session sessionAt(int row) const { return m_store.session(row); }
    QString sessionIdAt(int row) const { return m_store.sessionId(row); }
    /// Sessions that appeared with the latest refresh (none after the first load); they
    /// are the last rows of the store and answer SessionRoles::IsNewRole with true.
    int newRowCount() const { return m_newFrom >= m_store.rowCount() ? 0 : m_store.rowCount() - m_newFrom; }
    /// Rows skipped because they had no id at all, since the last beginRefresh().
    int skippedRows() const { return m_skipped; }

Q_SIGNALS:
    /// Emitted right before the store changes, so that readers on other threads can
    /// finish first (SessionFilterModel sorts large tables on the thread pool).
    void storeAboutToChange();
    /// reserve() was told to expect about rows sessions; emitted before the store maps its
    /// memory, so proxies can map theirs before background threads start backing the
    /// store's (mapping waits for them).
    void rowsExpected(qint64 rows);
    /// Emitted after every structural change of the store (for caches in proxies).
    void storeChanged();

private:
    void removeStoreRows(const RowList &rows);
    void applyBatches(const SessionBatch *begin, const SessionBatch *end);

    SessionStore m_store;
    int m_rowCount = 0; ///< rows announced to views; the store may briefly hold more
    uint32_t m_generation = 0;
    int m_skipped = 0;
    qint64 m_reservedRows = 0;
    int m_newFrom = INT_MAX; ///< first store row that is new since the last refresh
};
