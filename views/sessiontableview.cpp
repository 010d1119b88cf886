// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessiontableview.h"

#include "sessionroles.h"

#include <QAbstractTableModel>
#include <QApplication>
#include <QCache>
#include <QDrag>
#include <QMouseEvent>
#include <QPainter>
#include <QPixmap>
#include <QScrollBar>
#include <QStyle>
#include <QtMath>
#include <QStyleOptionSlider>
#include <QStaticText>
#include <QHeaderView>
#include <QImage>
#include <QItemSelectionModel>
#include <QPaintEvent>
#include <QStyledItemDelegate>
#include <QTimer>

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <optional>
#include <utility>

namespace {

/**
 * Draws a cell's text from a cache of laid-out runs, and sessions that appeared with the
 * latest refresh in bold.
 *
 * QStyle lays out and shapes every cell's text anew on every paint (QTextLayout and
 * HarfBuzz: about 8 ms for a screenful here). A table of sessions shows the same users,
 * clients and addresses again and again, and a repaint while rows stream in shows the
 * same cells as the one before, so each elided text is shaped once and kept as a
 * QStaticText. Background, selection and focus are still drawn by the style; cells with
 * an icon or a check box (none today) take the style's path entirely.
 */
class SessionItemDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        if (!opt.icon.isNull() || (opt.features & QStyleOptionViewItem::HasCheckIndicator)
            || (opt.features & QStyleOptionViewItem::WrapText) || opt.text.contains(QChar::LineFeed)) {
            style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
            return;
        }
        const QString text = std::exchange(opt.text, QString());
        if (!isPlain(opt) || stylePaintsPlainCells(style, opt))
            style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background, selection, focus
        if (text.isEmpty())
            return;

        // The margins QCommonStyle leaves around an item's text.
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
        const QRect textRect = opt.rect.adjusted(margin, 0, -margin, 0);
        if (textRect.width() <= 0)
            return;
        const QStaticText &run = laidOut(text, textRect.width(), opt.font, opt.textElideMode);
        // Placed as QCommonStyle places a laid-out text (integer centring included).
        const QSize size(qCeil(run.size().width()), qCeil(run.size().height()));
        const QRect place = QStyle::alignedRect(opt.direction, opt.displayAlignment, size, textRect);

        const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
            : (opt.state & QStyle::State_Active)                                 ? QPalette::Normal
                                                                                 : QPalette::Inactive;
        const QColor color = opt.palette.color(group, (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text);
        // Nearly every text fits its cell (eliding sees to that): it is drawn without a
        // clip, and without saving and restoring the painter's state; each cell sets the
        // font and pen it draws with (QTableView sets its own pen for the grid). An
        // unchanged screen of a million-row table repainted in 1.5-3.1 ms instead of
        // 3.2-3.9 (nine loads each, alternating).
        const bool fits = textRect.contains(place);
        if (!fits) {
            painter->save();
            painter->setClipRect(textRect, Qt::IntersectClip);
        }
        if (painter->font() != opt.font)
            painter->setFont(opt.font);
        if (const QPen &pen = painter->pen();
            pen.style() != Qt::SolidLine || pen.brush().style() != Qt::SolidPattern || pen.color() != color)
            painter->setPen(color);
        painter->drawStaticText(place.topLeft(), run);
        if (!fits)
            painter->restore();
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(SessionRoles::IsNewRole).toBool())
            option->font.setBold(true);
    }

private:
    /// A cell with nothing of its own under its text: not selected, current or hovered,
    /// no background of its own. (The table draws the alternate rows' base before.)
    static bool isPlain(const QStyleOptionViewItem &opt)
    {
        return !(opt.state & (QStyle::State_Selected | QStyle::State_HasFocus | QStyle::State_MouseOver))
            && opt.backgroundBrush.style() == Qt::NoBrush;
    }

    /**
     * Whether style draws anything for a plain cell, found out once per style, palette,
     * state and row kind (alternate or not) by drawing one into a transparent image.
     * Fusion, like most styles, draws nothing there, and asking it anyway (it lays the
     * item out first) was a fifth of a repaint.
     */
    bool stylePaintsPlainCells(QStyle *style, const QStyleOptionViewItem &cell) const
    {
        const Probe key{style, cell.palette.cacheKey(), int(cell.state),
                        bool(cell.features & QStyleOptionViewItem::Alternate), cell.widget};
        for (const auto &[probed, paints] : std::as_const(m_probes)) {
            if (probed == key)
                return paints;
        }
        QImage image(48, 20, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QStyleOptionViewItem probe = cell;
            probe.rect = image.rect();
            QPainter painter(&image);
            style->drawControl(QStyle::CE_ItemViewItem, &probe, &painter, cell.widget);
        }
        bool paints = false;
        for (int y = 0; y < image.height() && !paints; ++y) {
            const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
            paints = std::any_of(line, line + image.width(), [](QRgb p) { return qAlpha(p) != 0; });
        }
        if (m_probes.size() >= 8) // the style, palette or state changed many times
            m_probes.clear();
        m_probes.append({key, paints});
        return paints;
    }

    struct Probe
    {
        const QStyle *style;
        qint64 palette;
        int state;
        bool alternate;
        const QWidget *widget;
        bool operator==(const Probe &) const = default;
    };
    mutable QList<std::pair<Probe, bool>> m_probes;

    struct Key
    {
        QString text;
        int width;
        int font; ///< index in m_fonts
        int elide;
        bool operator==(const Key &) const = default;
        friend size_t qHash(const Key &key, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, key.text, key.width, key.font, key.elide);
        }
    };

    const QStaticText &laidOut(const QString &text, int width, const QFont &font, Qt::TextElideMode elide) const
    {
        // A table uses a font or two (bold for new rows); a fifth one (the user changed
        // the font several times) starts the cache afresh.
        auto fontIndex = std::find(m_fonts.cbegin(), m_fonts.cend(), font) - m_fonts.cbegin();
        if (fontIndex == m_fonts.size()) {
            if (m_fonts.size() >= 4) {
                m_fonts.clear();
                m_runs.clear();
                fontIndex = 0;
            }
            m_fonts.append(font);
        }
        const Key key{text, width, int(fontIndex), int(elide)};
        if (const QStaticText *run = m_runs.object(key))
            return *run;
        // Most cells fit their column: laying the text out once tells, where measuring it
        // for eliding first would shape it twice.
        auto *run = new QStaticText(text);
        run->setTextFormat(Qt::PlainText);
        run->prepare(QTransform(), font);
        if (elide != Qt::ElideNone && run->size().width() > width) {
            run->setText(QFontMetrics(font).elidedText(text, elide, width));
            run->prepare(QTransform(), font);
        }
        m_runs.insert(key, run);
        return *run;
    }

    // Enough for several screenfuls of cells; least recently drawn go first.
    mutable QCache<Key, QStaticText> m_runs{4096};
    mutable QList<QFont> m_fonts;
};

/**
 * A scroll bar that draws nothing anew while what it shows stays the same.
 *
 * QScrollBar repaints itself for every change of range, steps or value. While rows stream
 * in, the item view widens the range with every flush, yet past a few thousand rows the
 * handle keeps its minimum length and its place: such changes are not repainted.
 *
 * Qt repaints both bars anyway whenever both are shown and the view lays out its children
 * (every flush): it raises one bar container and then the other, and each raise of a widget
 * that is not already on top invalidates it. Fusion fills the groove and handle with
 * gradients, and the raster engine splits a fill that tall across the global thread pool
 * and blocks the GUI thread until every piece is done: with two busy cores, the GUI thread
 * slept in those waits thousands of times per million-row load. So a bar at rest (not
 * hovered, not pressed) keeps its last drawing and copies it, which takes no threads.
 */
class SteadyScrollBar final : public QScrollBar
{
public:
    using QScrollBar::QScrollBar;

protected:
    void sliderChange(SliderChange change) override
    {
        // Range, steps (the page step sizes the handle) or value: only what is drawn counts.
        // A style with transient scroll bars shows the bar on a value change: it keeps that.
        const bool flashes = change == SliderValueChange && transient();
        if (!flashes && m_painted && *m_painted == look(options()))
            return;
        QScrollBar::sliderChange(change);
    }

    void paintEvent(QPaintEvent *event) override
    {
        const QStyleOptionSlider option = options();
        m_painted = look(option);
        // Hovered or pressed, the style highlights a part whose state only QScrollBar knows;
        // a transient bar fades in and out. Those are drawn as usual.
        if (underMouse() || m_pressed || isSliderDown() || transient()) {
            QScrollBar::paintEvent(event);
            return;
        }
        const Picture key{*m_painted, option.rect.size(), option.state, option.direction, palette().cacheKey(),
                          devicePixelRatio(), style()};
        if (!m_picture || m_picture->key != key) {
            QPixmap pixels(option.rect.size() * key.pixelRatio);
            pixels.setDevicePixelRatio(key.pixelRatio);
            pixels.fill(Qt::transparent);
            QPainter painter(&pixels);
            QStyleOptionSlider atRest = option;
            atRest.subControls = QStyle::SC_All;
            atRest.activeSubControls = QStyle::SC_None;
            style()->drawComplexControl(QStyle::CC_ScrollBar, &atRest, &painter, this);
            painter.end();
            m_picture = {key, pixels};
        }
        QPainter painter(this);
        painter.drawPixmap(0, 0, m_picture->pixels);
    }

    void mousePressEvent(QMouseEvent *event) override
    {
        m_pressed = holdsBar(event);
        QScrollBar::mousePressEvent(event);
    }

    void mouseReleaseEvent(QMouseEvent *event) override
    {
        m_pressed = holdsBar(event);
        QScrollBar::mouseReleaseEvent(event);
    }

private:
    /// What a paint shows that depends on the range: the handle, and which ends are reached
    /// (a style may draw the arrow of a reached end disabled).
    struct Look
    {
        QRect handle;
        bool atMinimum = false;
        bool atMaximum = false;
        bool operator==(const Look &) const = default;
    };

    /// Everything a drawing at rest depends on.
    struct Picture
    {
        Look look;
        QSize size;
        QStyle::State state;
        Qt::LayoutDirection direction = Qt::LeftToRight;
        qint64 palette = 0;
        qreal pixelRatio = 1;
        const QStyle *style = nullptr;
        bool operator==(const Picture &) const = default;
    };

    QStyleOptionSlider options() const
    {
        QStyleOptionSlider option;
        initStyleOption(&option);
        return option;
    }

    Look look(const QStyleOptionSlider &option) const
    {
        return {style()->subControlRect(QStyle::CC_ScrollBar, &option, QStyle::SC_ScrollBarSlider, this),
                value() == minimum(), value() == maximum()};
    }

    bool transient() const { return style()->styleHint(QStyle::SH_ScrollBar_Transient, nullptr, this); }

    /// Whether a button QScrollBar acts on is still down: the left and middle ones; the
    /// right one opens the bar's menu, whose popup would then receive the release.
    static bool holdsBar(const QMouseEvent *event)
    {
        return (event->buttons() & (Qt::LeftButton | Qt::MiddleButton)) != 0;
    }

    std::optional<Look> m_painted;
    struct Drawing
    {
        Picture key;
        QPixmap pixels;
    };
    std::optional<Drawing> m_picture;
    bool m_pressed = false;
};

/**
 * The table's row count, and nothing else of its model: the model of the vertical header.
 *
 * The rows of the session table are all alike (one height, none hidden or moved), so the
 * vertical header only needs to know how many there are. Following a sort or filter
 * model directly, QHeaderView (Qt 6.4) walks one entry per row at every layout change to
 * save the state of its sections, and at a million rows that walk was a third of a sort
 * toggle. This model turns every change of the table's model into what it means for
 * alike rows: nothing when the count stays, else rows added or taken away at the end (a
 * reset when they are many).
 */
class RowCountModel final : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    /**
     * Called before a change of many rows is applied, with the new count: returns true
     * when another header has taken over (SessionTableView::takeOverRows()), and this
     * model then no longer follows the table.
     */
    std::function<bool(int rows)> beforeLargeChange;

    void follow(QAbstractItemModel *table)
    {
        beginResetModel();
        stopFollowing();
        m_table = table;
        m_rows = table ? table->rowCount() : 0;
        endResetModel();
        connectTo(table);
    }

    /// Follows table, whose row count this model has already: no reset.
    void continueWith(QAbstractItemModel *table)
    {
        Q_ASSERT(table && table->rowCount() == m_rows);
        stopFollowing();
        m_table = table;
        connectTo(table);
    }

    QAbstractItemModel *table() const { return m_table; }

    /// Stops following the table and keeps the row count.
    void stopFollowing()
    {
        for (const QMetaObject::Connection &connection : std::as_const(m_connections))
            disconnect(connection);
        m_connections.clear();
        m_table = nullptr;
    }

    /// A count of rows not taken from a table (a header waiting to take over).
    void setRowCount(int rows)
    {
        Q_ASSERT(!m_table);
        if (rows == m_rows)
            return;
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : m_rows; }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 1; }
    QVariant data(const QModelIndex &, int) const override { return {}; }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Vertical && m_table)
            return m_table->headerData(section, orientation, role);
        return {};
    }

private:
    void connectTo(QAbstractItemModel *table)
    {
        if (!table)
            return;
        // Each change is followed when it is complete, before the table view hears of it
        // (the header connects first), as QHeaderView follows a model itself.
        const auto sync = [this] { syncRowCount(); };
        const auto syncTopLevel = [this](const QModelIndex &parent) {
            if (!parent.isValid())
                syncRowCount();
        };
        m_connections << connect(table, &QAbstractItemModel::rowsInserted, this, syncTopLevel)
                      << connect(table, &QAbstractItemModel::rowsRemoved, this, syncTopLevel)
                      << connect(table, &QAbstractItemModel::layoutChanged, this, sync)
                      << connect(table, &QAbstractItemModel::modelReset, this, sync)
                      << connect(table, &QObject::destroyed, this, [this] { follow(nullptr); })
                      << connect(table, &QAbstractItemModel::headerDataChanged, this,
                                 [this](Qt::Orientation orientation, int first, int last) {
                                     if (orientation == Qt::Vertical && first <= last && last < m_rows)
                                         emit headerDataChanged(orientation, first, last);
                                 });
    }

    void syncRowCount()
    {
        const int rows = m_table->rowCount();
        if (rows == m_rows)
            return;
        // A few rows (a page while loading) are added or taken at the end. Many (a filter
        // typed or cleared) reset the header: QHeaderView lays out a million sections
        // anew faster than it inserts nine hundred thousand (about 4 against 8 ms).
        if (std::abs(rows - m_rows) > std::max(rows, m_rows) / 4) {
            if (beforeLargeChange && beforeLargeChange(rows))
                return;
            beginResetModel();
            m_rows = rows;
            endResetModel();
        } else if (rows > m_rows) {
            beginInsertRows({}, m_rows, rows - 1);
            m_rows = rows;
            endInsertRows();
        } else {
            beginRemoveRows({}, rows, m_rows - 1);
            m_rows = rows;
            endRemoveRows();
        }
    }

    QAbstractItemModel *m_table = nullptr;
    int m_rows = 0;
    QList<QMetaObject::Connection> m_connections;
};

/**
 * The vertical header of a table whose rows are all alike: it follows the table's row
 * count (RowCountModel) instead of its model. The table's selection works on the table's
 * model; this header, hidden in SessionDesk, does not show it.
 */
class AlikeRowsHeader final : public QHeaderView
{
public:
    explicit AlikeRowsHeader(QWidget *parent)
        : QHeaderView(Qt::Vertical, parent)
        , m_rows(new RowCountModel(this))
    {
    }

    void setModel(QAbstractItemModel *model) override
    {
        if (model != m_rows)
            m_rows->follow(model);
        QHeaderView::setModel(model ? m_rows : nullptr);
    }

    void setSelectionModel(QItemSelectionModel *selectionModel) override
    {
        // The table hands its headers its own selection model, which QAbstractItemView
        // refuses (with a warning) for a view of another model.
        if (selectionModel && selectionModel->model() == m_rows)
            QHeaderView::setSelectionModel(selectionModel);
    }

    RowCountModel *rows() const { return m_rows; }

    /// Every section of the default size, none hidden or moved: any header of as many
    /// such rows lays the table out the same.
    bool rowsAlike() const
    {
        return hiddenSectionCount() == 0 && !sectionsMoved() && qint64(length()) == qint64(count()) * defaultSectionSize();
    }

    /// Whether this header sizes its sections as other does (its visibility aside).
    bool sizesLike(const QHeaderView *other) const
    {
        return defaultSectionSize() == other->defaultSectionSize() && minimumSectionSize() == other->minimumSectionSize()
            && maximumSectionSize() == other->maximumSectionSize()
            && (count() == 0 || other->count() == 0 || sectionResizeMode(0) == other->sectionResizeMode(0))
            && highlightSections() == other->highlightSections() && sectionsClickable() == other->sectionsClickable()
            && defaultAlignment() == other->defaultAlignment();
    }

    /// Takes other's settings (other has sections, so its resize mode can be read).
    void sizeLike(const QHeaderView *other)
    {
        Q_ASSERT(other->count() > 0);
        setMinimumSectionSize(other->minimumSectionSize());
        setMaximumSectionSize(other->maximumSectionSize());
        setDefaultSectionSize(other->defaultSectionSize());
        setSectionResizeMode(other->sectionResizeMode(0));
        setHighlightSections(other->highlightSections());
        setSectionsClickable(other->sectionsClickable());
        setDefaultAlignment(other->defaultAlignment());
    }

private:
    RowCountModel *m_rows;
};

} // namespace

SessionTableView::SessionTableView(QWidget *parent)
    : QTableView(parent)
{
    auto *rows = new AlikeRowsHeader(this);
    rows->rows()->beforeLargeChange = [this](int count) { return takeOverRows(count); };
    setVerticalHeader(rows);
    setVerticalScrollBar(new SteadyScrollBar(Qt::Vertical, this));
    setHorizontalScrollBar(new SteadyScrollBar(Qt::Horizontal, this));
    setItemDelegate(new SessionItemDelegate(this));
}

bool SessionTableView::takeOverRows(int count)
{
    // A filter typed and cleared goes from a million rows to a few and back. QHeaderView
    // (Qt 6.4) keeps an entry per section and lays out a million anew in a few
    // milliseconds, then walks them again for their positions; so the header of the
    // larger count is kept aside and swapped back in when the count returns to it.
    auto *active = dynamic_cast<AlikeRowsHeader *>(verticalHeader());
    if (!active || !active->rows()->table() || active->count() == 0 || !active->rowsAlike())
        return false;
    auto *spare = static_cast<AlikeRowsHeader *>(m_spareRows);
    if (!spare) {
        m_spareShelf = new QWidget(this);
        m_spareShelf->hide();
        spare = new AlikeRowsHeader(m_spareShelf);
        spare->rows()->beforeLargeChange = active->rows()->beforeLargeChange;
        spare->setModel(spare->rows());
        spare->sizeLike(active);
    }
    if (spare->count() != count) {
        // The other header keeps the larger count, likely the table without a filter.
        if (spare->count() >= active->count())
            return false;
        spare->rows()->setRowCount(count);
    }
    if (!spare->sizesLike(active))
        spare->sizeLike(active);

    const bool hidden = active->isHidden();
    const int offset = active->offset();
    QAbstractItemModel *table = active->rows()->table();
    active->rows()->stopFollowing();
    spare->rows()->continueWith(table);
    // QTableView connects each header it is given (and Qt 6.4 leaves the old one
    // connected), and deletes the one it had if it is still the table's child.
    disconnect(active, nullptr, this, nullptr);
    active->setParent(m_spareShelf);
    setVerticalHeader(spare);
    spare->setOffset(offset);
    spare->setHidden(hidden);
    m_spareRows = active;
    scheduleDelayedItemsLayout();
    return true;
}

void SessionTableView::setModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_modelConnections))
        disconnect(connection);
    m_modelConnections.clear();
    QTableView::setModel(model);
    m_sortLaidOut = sortShown();
    m_currentOffset = -1;
    if (!model)
        return;
    // Connected after the view's own handlers: the rows are in their new places when
    // keepCurrentRowInPlace() runs.
    m_modelConnections << connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, [this] { noteCurrentRow(); })
                       << connect(model, &QAbstractItemModel::layoutChanged, this, [this] { keepCurrentRowInPlace(); })
                       << connect(model, &QAbstractItemModel::modelReset, this, [this] {
                              m_sortLaidOut = sortShown();
                              m_currentOffset = -1;
                          });
}

std::pair<int, Qt::SortOrder> SessionTableView::sortShown() const
{
    const QHeaderView *header = horizontalHeader();
    return {header->sortIndicatorSection(), header->sortIndicatorOrder()};
}

void SessionTableView::noteCurrentRow()
{
    // Sorting leaves the scroll bar where it was, so the session an administrator was
    // looking at would move away under a click on a header. A sort updates the header
    // before the model; rows arriving or a filter leave it as it was.
    m_currentOffset = -1;
    if (sortShown() == m_sortLaidOut)
        return;
    const QModelIndex current = currentIndex();
    // Only a row the user chose: the view gives itself a current row on focus, unselected.
    if (!current.isValid() || !selectionModel() || !selectionModel()->isRowSelected(current.row(), current.parent()))
        return;
    const int top = rowViewportPosition(current.row());
    if (top + rowHeight(current.row()) <= 0 || top >= viewport()->height())
        return; // not on screen: nothing to keep in view
    m_currentOffset = top;
}

void SessionTableView::keepCurrentRowInPlace()
{
    m_sortLaidOut = sortShown();
    const int offset = std::exchange(m_currentOffset, -1);
    const QModelIndex current = currentIndex();
    if (offset < 0 || !current.isValid())
        return;
    QScrollBar *bar = verticalScrollBar();
    const QHeaderView *rows = verticalHeader();
    if (verticalScrollMode() == ScrollPerItem) // the bar counts rows: the first one shown
        bar->setValue(rows->visualIndex(current.row()) - offset / std::max(1, rowHeight(current.row())));
    else
        bar->setValue(rows->sectionPosition(current.row()) - offset);
}

SessionTableView::Screen SessionTableView::screen() const
{
    Screen screen;
    screen.model = model();
    screen.scroll = {horizontalScrollBar()->value(), verticalScrollBar()->value()};
    screen.size = viewport()->size();
    const QHeaderView *header = horizontalHeader();
    screen.columns.reserve(header->count() * 2);
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        screen.columns << logical << (header->isSectionHidden(logical) ? 0 : header->sectionSize(logical));
    }
    if (!screen.model)
        return screen;
    screen.top = rowAt(0);
    int bottom = rowAt(viewport()->height() - 1);
    if (bottom < 0) { // room below the last row: rows added there would show
        screen.rowCount = screen.model->rowCount(rootIndex());
        bottom = screen.rowCount - 1;
    }
    if (screen.top >= 0) {
        screen.rows.reserve(bottom - screen.top + 1);
        for (int row = screen.top; row <= bottom; ++row)
            screen.rows << QPersistentModelIndex(screen.model->index(row, 0, rootIndex()));
    }
    return screen;
}

void SessionTableView::doItemsLayout()
{
    // QAbstractItemView::doItemsLayout() repaints the whole viewport. Hold that back, and
    // repaint only if the screen would show something else than it does.
    QWidget *surface = viewport();
    if (!m_painted || surface->testAttribute(Qt::WA_UpdatesDisabled)) {
        QTableView::doItemsLayout();
        return;
    }
    surface->setAttribute(Qt::WA_UpdatesDisabled, true); // not setUpdatesEnabled(), which repaints
    QTableView::doItemsLayout();
    surface->setAttribute(Qt::WA_UpdatesDisabled, false);
    // A persistent index follows its row through sorts and removals (a removed one no
    // longer equals any row): a row at the same place as before is the same session
    // drawn the same way.
    if (screen() != *m_painted) {
        m_painted.reset();
        surface->update();
    }
}

void SessionTableView::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    // (QRegion::contains(QRect) only asks for an overlap.)
    if (QRegion(viewport()->rect()).subtracted(event->region()).isEmpty())
        m_painted = screen();
}

void SessionTableView::warmGlyphs(int step)
{
    // Glyphs are rasterized the first time they are drawn at a given sub-pixel offset
    // (FreeType, ~30 µs each), and the raster engine's glyph cache is shared by all
    // images and windows of a format: the first paint of a screenful of rows loaded about
    // a hundred of them, 3 ms of its 15-20 (perf of the benchmark's window).
    if (step != m_warmSteps || step >= kWarmSteps)
        return; // done already, or the font changed meanwhile and warming started over
    QFont cellFont = font();
    if (step >= kWarmOffsets)
        cellFont.setBold(true);
    static const QString printable = [] {
        QString text;
        for (char16_t c = 0x20; c < 0x7f; ++c)
            text += QChar(c);
        return text;
    }();
    QStaticText run(printable);
    run.setTextFormat(Qt::PlainText);
    run.prepare(QTransform(), cellFont);
    // The format of a window's backing store on X11 and Wayland.
    QImage image(run.size().toSize() + QSize(2, 2), QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setFont(cellFont);
        painter.setPen(Qt::black);
        painter.drawStaticText(QPointF(qreal(step % kWarmOffsets) / kWarmOffsets, 0), run);
    }
    ++m_warmSteps;
    QTimer::singleShot(0, this, [this, step] { warmGlyphs(step + 1); });
}

void SessionTableView::startWarmingGlyphs()
{
    // A second start before the first step ran is harmless: warmGlyphs() skips a step
    // that was done already.
    if (m_warmSteps == 0)
        QTimer::singleShot(0, this, [this] { warmGlyphs(0); });
}

bool SessionTableView::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::Show:
        startWarmingGlyphs();
        break;
    case QEvent::FontChange:
        // The new font's glyphs: now if shown, else when next shown.
        m_warmSteps = 0;
        if (isVisible())
            startWarmingGlyphs();
        m_painted.reset();
        break;
    case QEvent::StyleChange:
    case QEvent::PaletteChange:
    case QEvent::LayoutDirectionChange:
    case QEvent::LocaleChange:
    case QEvent::LanguageChange:
        m_painted.reset(); // the same rows would look different
        break;
    default:
        break;
    }
    return QTableView::event(event);
}

void SessionTableView::startDrag(Qt::DropActions)
{
    if (!dragData)
        return;
    auto *drag = new QDrag(this);
    drag->setMimeData(dragData());
    drag->exec(Qt::CopyAction, Qt::CopyAction);
}
