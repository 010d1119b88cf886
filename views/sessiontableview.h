// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPersistentModelIndex>
#include <QTableView>

#include <functional>
#include <optional>
#include <utility>

class QMimeData;

/**
 * The session table.
 *
 * - Dragging selected rows out gives what dragData() makes (tab-separated text).
 * - Sessions that appeared with the latest refresh are drawn in bold (SessionRoles::IsNewRole).
 * - Its scroll bars repaint only when what they draw changes: while a million rows stream
 *   in, the range grows with every flush but the handle soon stops moving (see
 *   docs/performance.md).
 * - Likewise the rows: QAbstractItemView repaints the whole table after every insert and
 *   every re-sort, though while rows stream in the rows on screen mostly stay what they
 *   were. A relayout repaints only when the rows on screen (followed through sorts and
 *   removals by persistent indexes), the columns, the scroll position or the size changed;
 *   changed data repaints its cells on screen as always.
 * - Its rows are all alike (one height, none hidden): the vertical header follows only the
 *   row count, so a re-sort costs it nothing per row (a new row count still does).
 */
class SessionTableView final : public QTableView
{
    Q_OBJECT

public:
    explicit SessionTableView(QWidget *parent = nullptr);

    std::function<QMimeData *()> dragData;

    void setModel(QAbstractItemModel *model) override;
    void doItemsLayout() override;
    /// True once the glyphs of the current font are in the glyph cache (see warmGlyphs()).
    bool glyphsWarm() const { return m_warmSteps == kWarmSteps; }

protected:
    void startDrag(Qt::DropActions supportedActions) override;
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    /// What a full paint of the viewport showed.
    struct Screen
    {
        const QAbstractItemModel *model = nullptr;
        QList<QPersistentModelIndex> rows; ///< the rows on screen, top to bottom
        int top = -1;
        int rowCount = -1; ///< only while the rows leave room below them
        QPoint scroll;
        QSize size;
        QList<int> columns; ///< per visual column: logical index, size (hidden: 0)
        bool operator==(const Screen &) const = default;
    };
    Screen screen() const;
    bool takeOverRows(int count);
    /// One step of drawing every printable ASCII character off screen in the table's
    /// fonts (regular, bold) at each quarter-pixel offset, so the glyph cache holds them
    /// before the first rows are painted: one font and offset per turn of the event loop.
    void warmGlyphs(int step);
    /// Starts warmGlyphs() for the current font unless it has begun already.
    void startWarmingGlyphs();

    static constexpr int kWarmOffsets = 4;
    static constexpr int kWarmSteps = 2 * kWarmOffsets; ///< regular and bold
    std::optional<Screen> m_painted;
    QHeaderView *m_spareRows = nullptr; ///< a vertical header kept for another row count
    QWidget *m_spareShelf = nullptr;    ///< the hidden parent of m_spareRows
    int m_warmSteps = 0; ///< steps done for the current font

    /// The sort the horizontal header shows: (section, order).
    std::pair<int, Qt::SortOrder> sortShown() const;
    /// Before a layout change: if it is a new sort and the current row is selected and on
    /// screen, notes how far down the viewport it is (m_currentOffset).
    void noteCurrentRow();
    /// After the layout change: scrolls so that row is as far down the viewport as before.
    void keepCurrentRowInPlace();
    std::pair<int, Qt::SortOrder> m_sortLaidOut{-1, Qt::AscendingOrder}; ///< the sort the rows are in
    int m_currentOffset = -1; ///< pixels from the viewport's top, or -1: nothing to keep
    QList<QMetaObject::Connection> m_modelConnections;
};
