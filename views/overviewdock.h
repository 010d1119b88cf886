// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "largememory.h"
#include "sessionstore.h"

#include <QDate>
#include <QDockWidget>
#include <QTimer>

#include <vector>

class QLabel;
class SessionFilterModel;

/// What the overview shows about a set of rows.
struct SessionOverview
{
    struct Day
    {
        QDate date;
        int count = 0;
    };
    std::vector<Day> days;   ///< sessions started per local day, oldest first, every day of the span
    int undated = 0;         ///< rows without a start time
    int older = 0;           ///< rows that started before the first day shown
    int total = 0;
    std::vector<SessionStore::ValueCount> clients; ///< by client type, most first
    std::vector<SessionStore::ValueCount> systems; ///< by OS name, most first

    /// Counts rows (source rows of store). The day chart covers maxDays local days ending
    /// with the day of the newest start.
    static SessionOverview compute(const SessionStore &store, const RowList &rows, int maxDays = 30);
};

/// The painted charts of the overview: starts per day as columns, clients and systems as bars.
class OverviewChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewChart)

public:
    explicit OverviewChart(QWidget *parent = nullptr);
    void setOverview(SessionOverview overview);
    const SessionOverview &overview() const { return m_overview; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    /// The day column under pos, or -1.
    int dayAt(const QPoint &pos) const;
    QRect dayChartRect() const;

    SessionOverview m_overview;
};

/**
 * A dock with an overview of the sessions shown (the current filter): how many started
 * on each of the last 30 days, and the split by client and operating system. Recomputed
 * shortly after the filter or the data change, only while visible.
 */
class OverviewDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewDock)

public:
    explicit OverviewDock(SessionFilterModel *filter, QWidget *parent = nullptr);
    OverviewChart *chart() const { return m_chart; }
    /// Recomputes now (normally coalesced after changes).
    void recompute();

private:
    void schedule();

    SessionFilterModel *m_filter;
    OverviewChart *m_chart;
    QLabel *m_summary;
    QTimer m_timer;
};
