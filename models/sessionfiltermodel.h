// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "largememory.h"
#include "sessionroles.h"
#include "session.h"
#include "sessionconditions.h"

#include <QAbstractProxyModel>
#include <QFutureWatcher>
#include <QTimer>

#include <functional>
#include <vector>

class SessionStore;
class SessionTableModel;

/**
 * Filter and sort over a SessionTableModel, built for a million rows.
 *
 * QSortFilterProxyModel asks data() and lessThan() per row and inserts rows one by one;
 * at a million rows that is minutes per keystroke. This proxy instead asks the store for
 * the matching rows (one sweep over the unique text) and for a cached typed ordering, then hands the
 * view a ready permutation in one layout change. Typing more letters refines only the
 * rows that matched before.
 *
 * Rows appended to the source show up at once; when a sort or filter is active they are
 * put in place by a coalesced re-sort shortly after (applyPendingChanges() forces it).
 */
class SessionFilterModel final : public QAbstractProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionFilterModel)

public:
    explicit SessionFilterModel(QObject *parent = nullptr);
    ~SessionFilterModel() override;

    void setSourceModel(QAbstractItemModel *sourceModel) override;
    SessionTableModel *sessionModel() const { return m_source; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text);
    /// The quick filters (user, client, OS, address range, time range), on top of the text.
    const SessionConditions &conditions() const { return m_conditions; }
    void setConditions(const SessionConditions &conditions);
    /// True when the text or any quick filter hides rows.
    bool isFiltering() const { return !m_filterText.isEmpty() || !m_conditions.isEmpty(); }
    /// Columns the filter looks at (default: all); normally the visible ones.
    void setFilterColumns(const std::vector<SessionColumn> &columns);

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    /// Source rows in view order.
    const RowList &sourceRows() const { return m_proxyToSource; }
    QString sessionIdAt(int proxyRow) const;
    QStringList sessionIds(const QModelIndexList &proxyIndexes) const;

    /// Runs a pending coalesced re-sort/re-filter now.
    void applyPendingChanges();
    /// Starts a pending coalesced re-sort/re-filter now instead of after its delay: at once
    /// for small tables, on the thread pool for large ones (see isComputing()).
    void settle();
    /// True while rows wait to be put in place (a coalesced re-sort is due or running).
    bool hasPendingChanges() const { return m_recomputeTimer.isActive() || isComputing(); }

    /**
     * True while a re-sort of a large table runs on the thread pool. Changing the store
     * meanwhile is safe (the change waits for the worker, whose result is then dropped)
     * but stalls the caller: hold changes back until computingFinished().
     */
    bool isComputing() const { return m_worker.isRunning() || m_computing; }

Q_SIGNALS:
    void filterChanged();
    void computingFinished();

private:
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void onRowsRemoved(const QModelIndex &parent, int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    void onLayoutAboutToBeChanged();
    void onLayoutChanged();
    void onModelAboutToBeReset();
    void onModelReset();

    /// What decides the rows shown: a copy can be handed to a worker thread.
    struct Query
    {
        QString filterText;
        std::vector<SessionColumn> filterColumns;
        SessionConditions conditions;
        int sortColumn = -1;
        Qt::SortOrder sortOrder = Qt::AscendingOrder;
    };
    Query query() const { return {m_filterText, m_filterColumns, m_conditions, m_sortColumn, m_sortOrder}; }
    /// The rows of candidates (or all) that the filter text and the conditions let through.
    static RowList matchingRows(const SessionStore &store, const Query &query, const RowList *candidates);
    static RowList computeRows(const SessionStore &store, const Query &query, const RowList *refineFrom);
    RowList computeRows(const RowList *refineFrom) const;
    /// rows in the query's sort order (its sortColumn must be a column).
    static RowList sortedSubset(const SessionStore &store, const Query &query, const RowList &rows);
    /// The coalesced re-sort/re-filter after rows arrived: on the thread pool for large tables.
    void recompute();
    void onWorkerFinished();
    void waitForWorker();
    /// Ends a layout change the caller began by replacing the mapping. persistentSourceRows
    /// gives, for each entry of persistent, the (current) source row it should follow, or
    /// -1. reverse, if given, is buildReverse() of rows for the source as it is now; else
    /// it is built here. hint must be the one layoutAboutToBeChanged() gave (see
    /// QItemSelectionModel).
    void applyRows(RowList rows, const QModelIndexList &persistent, const RowList &persistentSourceRows,
                   RowList *reverse = nullptr, const RowList *guesses = nullptr,
                   QAbstractItemModel::LayoutChangeHint hint = QAbstractItemModel::NoLayoutChangeHint);
    /**
     * applyRows() for a change of filter or sort: persistent indexes follow their source
     * rows. guessRow, if given, names the row of rows that probably shows what a row shown
     * now shows (checked before it is used).
     */
    void applyRows(RowList rows, RowList *reverse = nullptr, const std::function<int(int row)> &guessRow = {});
    /// Fills reverse with each of sourceRows source rows' row in rows, or -1.
    static void buildReverse(const RowList &rows, size_t sourceRows, RowList &reverse);
    /// True when rows shows every one of sourceRows source rows, in source order.
    static bool isInSourceOrder(const RowList &rows, size_t sourceRows);
    /// After m_proxyToSource changed: no reverse mapping while it is in source order (no
    /// sort, no filter, as after clearing a filter), else one built when first needed.
    void resetReverse();
    void ensureReverse() const;
    /// The row showing sourceRow, or -1.
    int proxyRow(int sourceRow) const;
    /// proxyRow() of each of sourceRows, without building the reverse mapping for a few.
    /// guesses, if given, holds a likely answer for each (any value; checked first).
    RowList proxyRows(const RowList &sourceRows, const RowList *guesses = nullptr) const;
    void scheduleRecompute();
    bool isIdentity() const { return m_sortColumn < 0 && !isFiltering(); }

    SessionTableModel *m_source = nullptr;
    RowList m_proxyToSource;
    /// What m_sourceToProxy holds: nothing while the rows shown are the source's first rows
    /// in order (InSourceOrder) or until it is needed after a change (Stale).
    enum class Reverse : uint8_t { InSourceOrder, Stale, Built };
    mutable RowList m_sourceToProxy;
    mutable Reverse m_reverse = Reverse::InSourceOrder;
    QString m_filterText;
    std::vector<SessionColumn> m_filterColumns;
    SessionConditions m_conditions;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QTimer m_recomputeTimer;
    /// A worker's rows, and the reverse mapping it built for them off the GUI thread.
    struct Computed
    {
        RowList rows;
        RowList reverse;
    };
    QFutureWatcher<Computed> m_worker;
    bool m_computing = false;    ///< a worker's result is due
    uint64_t m_workerVersion = 0; ///< store version the worker started from
    uint64_t m_querySerial = 0;   ///< changes with every change of filter or sort
    uint64_t m_workerQuery = 0;
    QModelIndexList m_layoutPersistent;
    QList<QPersistentModelIndex> m_layoutSourcePersistent;
    int m_removeFirst = -1;
    int m_removeLast = -1;
};
