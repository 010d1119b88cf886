// SPDX-License-Identifier: GPL-3.0-or-later
// The session table's own drawing: scroll bars that draw anew only when what they show
// changes, and cell text drawn from cached runs where the style would lay it out anew.
#include "sessionroles.h"
#include "sessionfiltermodel.h"
#include "sessiontablemodel.h"
#include "sessiontableview.h"
#include "testhelpers.h"

#include <QAbstractItemModelTester>
#include <QAbstractTableModel>
#include <QApplication>
#include <QHeaderView>
#include <QImage>
#include <QPainter>
#include <QPointer>
#include <QProxyStyle>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTest>

#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace {

/// Counts the paint events a widget receives.
class PaintCounter : public QObject
{
public:
    explicit PaintCounter(QWidget *widget)
    {
        widget->installEventFilter(this);
    }
    int paints = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

/// Shows a widget as a window of the given size; false if it was not exposed in time.
[[nodiscard]] bool showAt(QWidget &view, QSize size)
{
    view.resize(size);
    view.show();
    return QTest::qWaitForWindowExposed(&view);
}

void appendRows(QStandardItemModel &model, int count)
{
    const int first = model.rowCount();
    for (int i = 0; i < count; ++i) {
        const int row = first + i;
        model.appendRow({new QStandardItem(u"session-%1"_s.arg(row)), new QStandardItem(u"user %1"_s.arg(row % 7))});
    }
}

/// The box around the pixels of a cell that differ from its background (its text), in
/// cell coordinates; empty when the cell shows no text.
QRect inkBox(const QImage &cell)
{
    const QRgb background = cell.pixel(cell.width() - 1, 0);
    QRect box;
    for (int y = 0; y < cell.height(); ++y) {
        for (int x = 0; x < cell.width(); ++x) {
            const QRgb p = cell.pixel(x, y);
            if (qAbs(qGray(p) - qGray(background)) > 60)
                box |= QRect(x, y, 1, 1);
        }
    }
    return box;
}

int inkPixels(const QImage &cell)
{
    const QRgb background = cell.pixel(cell.width() - 1, 0);
    int n = 0;
    for (int y = 0; y < cell.height(); ++y) {
        for (int x = 0; x < cell.width(); ++x)
            n += qAbs(qGray(cell.pixel(x, y)) - qGray(background)) > 60 ? 1 : 0;
    }
    return n;
}

/// The style's own drawing of a cell, with new sessions in bold as the table shows them.
class StyleDelegate : public QStyledItemDelegate
{
protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(SessionRoles::IsNewRole).toBool())
            option->font.setBold(true);
    }
};

/// Fusion, counting the scroll bars it draws.
class CountingStyle : public QProxyStyle
{
public:
    CountingStyle()
        : QProxyStyle(u"Fusion"_s)
    {
    }
    mutable int scrollBarDraws = 0;
    mutable int itemDraws = 0;
    QColor plainCellColor; ///< when valid, plain cells get this background (as some styles do)
    QColor alternateCellColor; ///< likewise for the cells of alternate rows

    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget) const override
    {
        if (element == CE_ItemViewItem) {
            ++itemDraws;
            if (plainCellColor.isValid() && !(option->state & State_Selected))
                painter->fillRect(option->rect, plainCellColor);
            const auto *item = qstyleoption_cast<const QStyleOptionViewItem *>(option);
            if (alternateCellColor.isValid() && item && (item->features & QStyleOptionViewItem::Alternate))
                painter->fillRect(option->rect, alternateCellColor);
        }
        QProxyStyle::drawControl(element, option, painter, widget);
    }

    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
                            const QWidget *widget) const override
    {
        if (control == CC_ScrollBar)
            ++scrollBarDraws;
        QProxyStyle::drawComplexControl(control, option, painter, widget);
    }
};

/// Rows that change in number only through layout changes, as a filter model's do.
class ResizingModel : public QAbstractTableModel
{
public:
    int rows = 0;
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : rows; }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 2; }
    QVariant data(const QModelIndex &index, int role) const override
    {
        return role == Qt::DisplayRole ? QVariant(u"row %1"_s.arg(index.row())) : QVariant();
    }
    void relayout(int count)
    {
        emit layoutAboutToBeChanged();
        rows = count;
        emit layoutChanged();
    }
    void reset(int count)
    {
        beginResetModel();
        rows = count;
        endResetModel();
    }
};

} // namespace

class TestSessionTableView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void glyphsAreWarmedWhenShownAndForANewFont()
    {
        // The table draws its fonts' characters off screen once shown, a step per turn of
        // the event loop, so that the first rows' paint does not rasterize them.
        SessionTableView view;
        QVERIFY(!view.glyphsWarm());
        QTest::qWait(20);
        QVERIFY(!view.glyphsWarm()); // not before it is shown
        QVERIFY(showAt(view, {400, 300}));
        QTRY_VERIFY(view.glyphsWarm());
        QFont larger = view.font();
        larger.setPointSizeF(larger.pointSizeF() + 3);
        view.setFont(larger);
        QVERIFY(!view.glyphsWarm());
        QTRY_VERIFY(view.glyphsWarm());
        // A hidden table warms a new font when shown again.
        view.hide();
        larger.setPointSizeF(larger.pointSizeF() + 1);
        view.setFont(larger);
        QTest::qWait(20);
        QVERIFY(!view.glyphsWarm());
        view.show();
        QTRY_VERIFY(view.glyphsWarm());
    }

    void rowsRepaintOnlyWhenTheScreenChanges()
    {
        // While rows stream in, QAbstractItemView would repaint the whole table for every
        // insert and every re-sort; the rows on screen mostly stay the same.
        QStandardItemModel model(0, 2);
        appendRows(model, 200);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(Qt::DisplayRole);
        SessionTableView view;
        view.setModel(&proxy);
        view.sortByColumn(0, Qt::DescendingOrder); // "session-99" first
        QVERIFY(showAt(view, {500, 300}));
        PaintCounter counter(view.viewport());
        const auto settle = [] {
            QTest::qWait(50);
            QCoreApplication::sendPostedEvents();
        };
        settle();
        const int top = view.rowAt(0), bottom = view.rowAt(view.viewport()->height() - 1);
        QVERIFY(top == 0 && bottom > 3 && bottom < 150);
        const QString first = proxy.index(0, 0).data().toString();
        QCOMPARE(first, u"session-99"_s);

        // Rows that sort below the screen: the screen stays, nothing is drawn.
        counter.paints = 0;
        model.appendRow({new QStandardItem(u"session-000"_s), new QStandardItem(u"u"_s)});
        model.appendRow({new QStandardItem(u"session-001"_s), new QStandardItem(u"u"_s)});
        settle();
        QCOMPARE(proxy.rowCount(), 202);
        QCOMPARE(counter.paints, 0);
        // Changes of rows off screen neither.
        model.item(200, 1)->setText(u"changed"_s);
        emit model.dataChanged(model.index(198, 0), model.index(201, 1));
        settle();
        QCOMPARE(counter.paints, 0);

        // A row that sorts onto the screen is drawn.
        model.appendRow({new QStandardItem(u"session-999"_s), new QStandardItem(u"u"_s)});
        settle();
        QCOMPARE(proxy.index(0, 0).data().toString(), u"session-999"_s);
        QVERIFY(counter.paints > 0);

        // So is a row on screen that changes, one that leaves, a scroll and a wider column.
        for (const auto &change : std::initializer_list<std::function<void()>>{
                 [&] { emit model.dataChanged(model.index(0, 0), model.index(199, 1)); },
                 [&] { model.removeRow(model.findItems(u"session-98"_s).first()->row()); },
                 [&] { view.verticalScrollBar()->setValue(view.verticalScrollBar()->value() + 40); },
                 [&] { view.setColumnWidth(1, view.columnWidth(1) + 30); }}) {
            settle();
            counter.paints = 0;
            change();
            settle();
            QVERIFY(counter.paints > 0);
        }

        // With room below the last row, a row added there is drawn too.
        QStandardItemModel few(0, 2);
        appendRows(few, 3);
        view.setModel(&few);
        settle();
        counter.paints = 0;
        appendRows(few, 1);
        settle();
        QVERIFY(counter.paints > 0);
    }

    void aSelectedRowStaysInPlaceThroughASort()
    {
        // A new sort keeps the selected current row as far down the screen as it was;
        // a current row nobody selected, or one scrolled away, moves nothing.
        QStandardItemModel model(0, 2);
        appendRows(model, 400);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        SessionTableView view;
        view.setModel(&proxy);
        view.setSortingEnabled(true);
        view.sortByColumn(0, Qt::AscendingOrder);
        QVERIFY(showAt(view, {500, 300}));
        const auto textAt = [&](const QModelIndex &index) { return proxy.data(proxy.index(index.row(), 0)).toString(); };

        view.scrollTo(proxy.index(100, 0), QAbstractItemView::PositionAtTop);
        const QModelIndex chosen = proxy.index(104, 0);
        view.selectionModel()->setCurrentIndex(chosen, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const QString session = textAt(chosen);
        const int top = view.rowViewportPosition(chosen.row());
        QVERIFY(top > 0 && top < view.viewport()->height());
        for (const Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder, Qt::DescendingOrder}) {
            view.sortByColumn(0, order);
            QCOMPARE(textAt(view.currentIndex()), session);
            QCOMPARE(view.rowViewportPosition(view.currentIndex().row()), top);
        }
        view.sortByColumn(1, Qt::AscendingOrder); // another column: ties, other places
        QCOMPARE(textAt(view.currentIndex()), session);
        QCOMPARE(view.rowViewportPosition(view.currentIndex().row()), top);

        // Scrolled away from it: the sort leaves the scroll bar alone.
        view.scrollToTop();
        QVERIFY(view.rowViewportPosition(view.currentIndex().row()) >= view.viewport()->height());
        const int scrolled = view.verticalScrollBar()->value();
        view.sortByColumn(1, Qt::DescendingOrder);
        QCOMPARE(view.verticalScrollBar()->value(), scrolled);

        // The current row the view took for itself (not selected) is not followed either.
        view.selectionModel()->clearSelection();
        view.selectionModel()->setCurrentIndex(proxy.index(3, 0), QItemSelectionModel::NoUpdate);
        view.sortByColumn(0, Qt::DescendingOrder);
        QCOMPARE(view.verticalScrollBar()->value(), scrolled);
        // Nor does a layout change that is no new sort (a filter) move the screen.
        view.selectionModel()->setCurrentIndex(proxy.index(2, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        view.scrollTo(proxy.index(200, 0), QAbstractItemView::PositionAtTop);
        const int before = view.verticalScrollBar()->value();
        proxy.invalidate(); // same sort: a layout change, as rows sorted in after arriving
        QCOMPARE(view.verticalScrollBar()->value(), before);
    }

    void aShiftSelectionSurvivesEverySort()
    {
        // Rows chosen with a click and Shift+Down stay exactly those sessions through
        // a new sort, the server's order and a toggle: a revoke acts on them.
        SessionTableModel model;
        model.beginRefresh();
        model.applyBatch(SessionBatch::fromSessions(TestHelpers::randomSessions(500, 31)));
        model.endRefresh(true);
        SessionFilterModel proxy;
        proxy.setSourceModel(&model);
        SessionTableView view;
        view.setSelectionBehavior(QAbstractItemView::SelectRows);
        view.setSelectionMode(QAbstractItemView::ExtendedSelection);
        view.setModel(&proxy);
        view.setSortingEnabled(true);
        view.horizontalHeader()->setSortIndicatorClearable(true);
        view.sortByColumn(int(SessionColumn::StartedAt), Qt::DescendingOrder);
        QVERIFY(showAt(view, {600, 400}));
        view.setFocus();
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.visualRect(proxy.index(7, 1)).center());
        QTest::keyClick(&view, Qt::Key_Down, Qt::ShiftModifier);
        QTest::keyClick(&view, Qt::Key_Down, Qt::ShiftModifier);
        const auto selected = [&] {
            QStringList ids = proxy.sessionIds(view.selectionModel()->selectedRows());
            ids.sort();
            return ids;
        };
        const QStringList chosen = selected();
        QCOMPARE(chosen.size(), 3);
        const std::vector<std::pair<int, Qt::SortOrder>> sorts = {
            {-1, Qt::AscendingOrder}, {int(SessionColumn::StartedAt), Qt::AscendingOrder},
            {int(SessionColumn::StartedAt), Qt::DescendingOrder}, {int(SessionColumn::Device), Qt::AscendingOrder}};
        for (const auto &[column, order] : sorts) {
            view.sortByColumn(column, order);
            QCOMPARE(selected(), chosen);
        }
    }

    void verticalHeaderFollowsOnlyTheRowCount()
    {
        // The rows are all alike: the vertical header needs their number, not the layout
        // changes of every sort (QHeaderView would walk a section per row for each).
        QTest::failOnWarning(QRegularExpression(u"setSelectionModel"_s));
        QStandardItemModel model(0, 2);
        appendRows(model, 300);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        SessionTableView view;
        view.setModel(&proxy);
        QVERIFY(showAt(view, {500, 300}));
        // A filter's many rows may swap in another header (see headerOfManyRowsComesBack).
        const auto rows = [&view] { return view.verticalHeader(); };
        QVERIFY(rows()->model() != &proxy);
        QAbstractItemModelTester tester(rows()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy layouts(rows()->model(), &QAbstractItemModel::layoutAboutToBeChanged);
        QCOMPARE(rows()->count(), 300);

        view.sortByColumn(0, Qt::DescendingOrder);
        QCOMPARE(rows()->count(), 300);
        // Rows added and taken away, a few or many at a time; a filter and its end.
        appendRows(model, 5);
        QCOMPARE(rows()->count(), 305);
        model.removeRows(0, 2);
        QCOMPARE(rows()->count(), 303);
        proxy.setFilterFixedString(u"session-1"_s);
        QVERIFY(proxy.rowCount() > 50 && proxy.rowCount() < 200);
        QCOMPARE(rows()->count(), proxy.rowCount());
        proxy.setFilterFixedString(QString());
        QCOMPARE(rows()->count(), 303);
        model.removeRows(0, 250);
        QCOMPARE(rows()->count(), 53);
        QCOMPARE(layouts.size(), 0);

        // The table lays its rows out by the header: the last row is reached.
        view.scrollToBottom();
        QCOMPARE(view.rowAt(view.viewport()->height() - 1), 52);
        QCOMPARE(rows()->length(), 53 * rows()->defaultSectionSize());

        // A model whose rows change in number by layout changes and resets.
        ResizingModel resizing;
        resizing.rows = 100'000;
        view.setModel(&resizing);
        QCOMPARE(rows()->count(), 100'000);
        for (int count : {1'000, 100'000, 99'990, 99'995, 0, 12}) {
            resizing.relayout(count);
            QCOMPARE(rows()->count(), count);
        }
        resizing.reset(40);
        QCOMPARE(rows()->count(), 40);
        view.scrollToBottom();
        QCOMPARE(view.rowAt(view.viewport()->height() - 1), 39);
        QCOMPARE(layouts.size(), 0);

        // A model that goes away leaves no rows behind.
        auto *gone = new QStandardItemModel(4, 2);
        view.setModel(gone);
        QCOMPARE(rows()->count(), 4);
        delete gone;
        QCOMPARE(rows()->count(), 0);
    }

    void headerOfManyRowsComesBack()
    {
        // A filter typed and cleared: the header of the whole table is kept aside while
        // the filter's rows are shown, and comes back with its sections laid out.
        ResizingModel model;
        model.rows = 100'000;
        const auto showRowsAsTheWindowDoes = [&model](SessionTableView &table, int height) {
            table.setModel(&model);
            table.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
            table.verticalHeader()->setDefaultSectionSize(height);
            table.verticalHeader()->hide();
        };
        SessionTableView view;
        showRowsAsTheWindowDoes(view, 23);
        QVERIFY(showAt(view, {500, 300}));
        QPointer<QHeaderView> whole = view.verticalHeader();
        QSignalSpy wholeLayouts(whole->model(), &QAbstractItemModel::layoutAboutToBeChanged);
        QSignalSpy wholeResets(whole->model(), &QAbstractItemModel::modelAboutToBeReset);

        const auto checkRows = [&view](int count, int height) {
            QHeaderView *rows = view.verticalHeader();
            QCOMPARE(rows->count(), count);
            QVERIFY(rows->isHidden());
            QCOMPARE(rows->defaultSectionSize(), height);
            QCOMPARE(rows->sectionResizeMode(0), QHeaderView::Fixed);
            QCOMPARE(view.rowViewportPosition(1) - view.rowViewportPosition(0), height);
            view.scrollToBottom();
            QCOMPARE(view.rowAt(view.viewport()->height() - 1), count - 1);
            view.scrollToTop();
            QCOMPARE(view.rowAt(0), 0);
        };

        // Scrolled down, within reach of the filter's rows: the rows stay where they were.
        view.scrollTo(model.index(500, 0), QAbstractItemView::PositionAtTop);
        QCOMPARE(view.rowAt(0), 500);
        model.relayout(1'000);
        QCOMPARE(view.rowAt(0), 500);
        QVERIFY(view.verticalHeader() != whole);
        QVERIFY(whole); // kept, not deleted by QTableView
        checkRows(1'000, 23);
        model.relayout(100'000);
        QCOMPARE(view.verticalHeader(), whole.data());
        checkRows(100'000, 23);
        QCOMPARE(wholeResets.size(), 0); // its sections were not laid out anew
        QCOMPARE(wholeLayouts.size(), 0);

        // A count neither header has; the row height changed meanwhile.
        model.relayout(500);
        checkRows(500, 23);
        view.verticalHeader()->setDefaultSectionSize(30);
        model.relayout(100'000);
        QCOMPARE(view.verticalHeader(), whole.data());
        checkRows(100'000, 30);

        // Scrolled to the middle: the table shows the same rows as a table that never
        // swapped headers, drawn the same.
        model.relayout(2'000);
        model.relayout(100'000);
        QCOMPARE(view.verticalHeader(), whole.data());
        view.scrollTo(model.index(54'321, 0), QAbstractItemView::PositionAtTop);
        SessionTableView fresh;
        showRowsAsTheWindowDoes(fresh, 30);
        fresh.horizontalHeader()->resizeSection(0, view.horizontalHeader()->sectionSize(0));
        fresh.horizontalHeader()->resizeSection(1, view.horizontalHeader()->sectionSize(1));
        QVERIFY(showAt(fresh, view.size()));
        fresh.scrollTo(model.index(54'321, 0), QAbstractItemView::PositionAtTop);
        QCOMPARE(view.rowAt(0), 54'321);
        QCOMPARE(fresh.rowAt(0), 54'321);
        QCOMPARE(view.verticalScrollBar()->maximum(), fresh.verticalScrollBar()->maximum());
        QCOMPARE(view.grab().toImage(), fresh.grab().toImage());

        // A header whose rows are not all alike any more is never swapped.
        view.setRowHidden(3, true);
        QHeaderView *before = view.verticalHeader();
        model.relayout(1'000);
        QCOMPARE(view.verticalHeader(), before);
        QCOMPARE(view.verticalHeader()->count(), 1'000);
    }

    void scrollBarRepaintsOnlyWhenItsHandleMoves()
    {
        QStandardItemModel model(0, 2);
        appendRows(model, 20000);
        SessionTableView view;
        view.setModel(&model);
        QVERIFY(showAt(view, {500, 300}));
        QScrollBar *bar = view.verticalScrollBar();
        QVERIFY(bar->isVisible());
        QTRY_VERIFY(bar->maximum() > 19000);
        PaintCounter counter(bar);

        // Rows streaming in widen the range, but the handle has its minimum length and
        // stays at the top: nothing on the bar changes, so it is not repainted.
        const int before = bar->maximum();
        appendRows(model, 2000);
        QTRY_VERIFY(bar->maximum() > before);
        QTest::qWait(50);
        QCOMPARE(counter.paints, 0);

        // Scrolling moves the handle: repainted, and the table scrolls with it.
        const int topRow = view.rowAt(0);
        bar->setValue(bar->maximum() / 2);
        QTRY_VERIFY(counter.paints > 0);
        QVERIFY(view.rowAt(0) > topRow + 1000);

        // The handle back at the top, and a range that makes it longer: repainted again.
        bar->setValue(0);
        QTRY_COMPARE(view.rowAt(0), topRow);
        const int paintsAtTop = counter.paints;
        model.removeRows(20, model.rowCount() - 20);
        QTRY_VERIFY(counter.paints > paintsAtTop);
    }

    void scrollBarAtRestKeepsItsDrawing()
    {
        // Both bars shown: Qt repaints them whenever the view lays out its children, and
        // each repaint used to run the style's gradient fills again.
        QStandardItemModel model(0, 2);
        appendRows(model, 20000);
        SessionTableView view;
        view.setModel(&model);
        view.horizontalHeader()->resizeSection(0, 400);
        view.horizontalHeader()->resizeSection(1, 400);
        CountingStyle style;
        QScrollBar *bar = view.verticalScrollBar();
        bar->setStyle(&style);
        QVERIFY(showAt(view, {500, 300}));
        QVERIFY(bar->isVisible());
        QVERIFY(view.horizontalScrollBar()->isVisible());
        QTRY_VERIFY(style.scrollBarDraws > 0);

        // Repaints of a bar at rest copy its drawing; rows streaming in change nothing.
        PaintCounter counter(bar);
        const int drawn = style.scrollBarDraws;
        for (int i = 0; i < 3; ++i)
            bar->repaint();
        appendRows(model, 2000);
        QTest::qWait(50);
        QVERIFY(counter.paints >= 3);
        QCOMPARE(style.scrollBarDraws, drawn);

        // The copy is what the style draws: the same pixels as a plain QScrollBar.
        QScrollBar plain(Qt::Vertical);
        plain.setStyle(&style);
        plain.setRange(bar->minimum(), bar->maximum());
        plain.setPageStep(bar->pageStep());
        plain.setValue(bar->value());
        plain.resize(bar->size());
        const auto pixels = [](QWidget *widget) { return widget->grab().toImage().convertToFormat(QImage::Format_RGB32); };
        QCOMPARE(pixels(bar), pixels(&plain));

        // What changes the drawing is drawn anew: the handle moving, another palette.
        bar->setValue(bar->maximum() / 2);
        bar->repaint();
        QCOMPARE(style.scrollBarDraws, drawn + 2); // the plain bar's and the moved handle's
        QPalette palette = bar->palette();
        palette.setColor(QPalette::Button, Qt::red);
        palette.setColor(QPalette::Window, Qt::red);
        const QImage before = bar->grab().toImage();
        bar->setPalette(palette);
        const QImage after = bar->grab().toImage();
        QVERIFY(before != after);
        bar->setStyle(nullptr);
    }

    void plainCellsAskTheStyleOnlyIfItDrawsThem()
    {
        // Fusion draws nothing under the text of a cell that is not selected, current or
        // hovered, so the table does not ask it to; a style that does draw there is asked.
        QStandardItemModel model(0, 2);
        appendRows(model, 50);
        CountingStyle style;
        SessionTableView view;
        view.setStyle(&style);
        view.setModel(&model);
        view.setWordWrap(false); // as the window has it (wrapped text takes the style's path)
        QVERIFY(showAt(view, {400, 300}));
        view.selectionModel()->select(model.index(2, 0), QItemSelectionModel::Select);
        const auto repaint = [&view](CountingStyle &counted) {
            counted.itemDraws = 0;
            view.viewport()->repaint();
            return counted.itemDraws;
        };
        const int rowsShown = view.rowAt(view.viewport()->height() - 1) - view.rowAt(0) + 1;
        QVERIFY(rowsShown > 5);
        QVERIFY2(repaint(style) <= 3, "only the selected cell and the current one, and at most one probe of the style");
        QVERIFY(repaint(style) <= 2);

        CountingStyle painting;
        painting.plainCellColor = QColor(0, 160, 0);
        view.setStyle(&painting);
        QCOMPARE(repaint(painting), rowsShown * 2 + 1); // every cell, and the probe that found out
        const QImage cell = view.viewport()->grab(view.visualRect(model.index(4, 1))).toImage();
        QCOMPARE(QColor(cell.pixel(cell.width() - 2, cell.height() / 2)), painting.plainCellColor);

        // Alternate rows: the table draws their base itself, so they are plain cells too
        // (one probe for each kind of row), unless the style draws under their text.
        view.setAlternatingRowColors(true);
        view.setStyle(&style);
        QVERIFY(repaint(style) <= 4);
        QVERIFY(repaint(style) <= 2);
        CountingStyle alternating;
        alternating.alternateCellColor = QColor(0, 0, 160);
        view.setStyle(&alternating);
        QCOMPARE(view.rowAt(0), 0);
        // The cells of rows 1, 3, 5...; the current and the selected cell (rows 0 and 2);
        // a probe for each kind of row.
        QCOMPARE(repaint(alternating), rowsShown / 2 * 2 + 4);
        const QImage alternate = view.viewport()->grab(view.visualRect(model.index(5, 1))).toImage();
        QCOMPARE(QColor(alternate.pixel(alternate.width() - 2, alternate.height() / 2)), alternating.alternateCellColor);
        view.setStyle(nullptr);
    }

    void cellsDrawTheSameWhateverWasDrawnBefore()
    {
        // The delegate leaves the painter's font and pen as the cell it drew set them (and
        // clips only a text wider than its cell): each cell of a whole repaint must look
        // as when it is painted alone, after bold, selected and clipped cells alike.
        QStandardItemModel model(0, 3);
        for (int row = 0; row < 8; ++row) {
            QList<QStandardItem *> items{new QStandardItem(u"session-%1"_s.arg(row)),
                                         new QStandardItem(row % 3 ? u"user %1"_s.arg(row) : u"jjj-fff %1"_s.arg(row)),
                                         new QStandardItem(u"an address much wider than its column %1"_s.arg(row))};
            if (row % 2)
                items[1]->setData(true, SessionRoles::IsNewRole); // bold
            model.appendRow(items);
        }
        SessionTableView view;
        view.setModel(&model);
        view.setAlternatingRowColors(true);
        view.setWordWrap(false); // as the window has it (wrapped text is the style's to draw)
        view.setTextElideMode(Qt::ElideNone); // the third column's text is clipped, not elided
        view.horizontalHeader()->resizeSection(0, 110);
        view.horizontalHeader()->resizeSection(1, 110);
        view.horizontalHeader()->resizeSection(2, 60);
        view.selectionModel()->select(model.index(3, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QVERIFY(showAt(view, {400, 320}));

        const QImage whole = view.viewport()->grab().toImage();
        int compared = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int column = 0; column < model.columnCount(); ++column) {
                const QRect cell = view.visualRect(model.index(row, column));
                if (!view.viewport()->rect().contains(cell))
                    continue;
                const QImage alone = view.viewport()->grab(cell).toImage();
                QVERIFY2(inkPixels(alone) > 0, qPrintable(u"cell %1,%2 shows no text"_s.arg(row).arg(column)));
                QVERIFY2(whole.copy(cell) == alone, qPrintable(u"cell %1,%2 differs in a whole repaint"_s.arg(row).arg(column)));
                ++compared;
            }
        }
        QVERIFY(compared >= 18);
    }

    void cellTextSitsWhereTheStyleWouldDrawIt()
    {
        // The same cells drawn by the table's delegate and by Qt's: the text is in the same
        // place, of about the same size, elided the same way, and bold for new sessions.
        QStandardItemModel model(0, 2);
        const QString longText = u"a-session-id-that-is-much-too-long-for-its-column-0123456789"_s;
        model.appendRow({new QStandardItem(u"short"_s), new QStandardItem(longText)});
        model.appendRow({new QStandardItem(u"right"_s), new QStandardItem(u"new session"_s)});
        model.item(1, 0)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        model.item(1, 1)->setData(true, SessionRoles::IsNewRole);
        model.appendRow({new QStandardItem(u"new session"_s), new QStandardItem(u""_s)});

        SessionTableView view;
        view.setModel(&model);
        view.setTextElideMode(Qt::ElideMiddle);
        view.setWordWrap(false);
        view.setAlternatingRowColors(true); // as the window has it
        view.horizontalHeader()->resizeSection(0, 160);
        view.horizontalHeader()->resizeSection(1, 140);
        QVERIFY(showAt(view, {400, 200}));

        const auto cells = [&view, &model] {
            QList<QImage> images;
            for (int row = 0; row < model.rowCount(); ++row) {
                for (int column = 0; column < model.columnCount(); ++column)
                    images << view.viewport()->grab(view.visualRect(model.index(row, column))).toImage();
            }
            return images;
        };
        const QList<QImage> ours = cells();
        QAbstractItemDelegate *own = view.itemDelegate();
        StyleDelegate plain;
        view.setItemDelegate(&plain);
        const QList<QImage> style = cells();
        view.setItemDelegate(own);

        for (qsizetype i = 0; i < ours.size(); ++i) {
            const QRect a = inkBox(ours[i]), b = inkBox(style[i]);
            QCOMPARE(a.isEmpty(), b.isEmpty());
            if (a.isEmpty())
                continue;
            QVERIFY2(qAbs(a.left() - b.left()) <= 1 && qAbs(a.right() - b.right()) <= 1,
                     qPrintable(u"cell %1: text spans x %2-%3, the style's %4-%5"_s.arg(i).arg(a.left()).arg(a.right()).arg(b.left()).arg(b.right())));
            QVERIFY2(qAbs(a.top() - b.top()) <= 1 && qAbs(a.bottom() - b.bottom()) <= 1,
                     qPrintable(u"cell %1: text spans y %2-%3, the style's %4-%5"_s.arg(i).arg(a.top()).arg(a.bottom()).arg(b.top()).arg(b.bottom())));
        }
        // The long id is elided within its cell, not cut off at its edge.
        const QRect elided = inkBox(ours[1]);
        QVERIFY(elided.right() < ours[1].width() - 2);
        // A new session is bold: more ink than the same text in the regular weight.
        QVERIFY(inkPixels(ours[3]) > inkPixels(ours[4]) * 11 / 10);

        // A changed text is drawn anew, not taken from the cache.
        const QImage before = view.viewport()->grab(view.visualRect(model.index(0, 0))).toImage();
        model.item(0, 0)->setText(u"changed"_s);
        QTRY_VERIFY(view.viewport()->grab(view.visualRect(model.index(0, 0))).toImage() != before);
        const QImage changed = view.viewport()->grab(view.visualRect(model.index(0, 0))).toImage();
        view.setItemDelegate(&plain);
        const QImage changedByStyle = view.viewport()->grab(view.visualRect(model.index(0, 0))).toImage();
        view.setItemDelegate(own);
        QCOMPARE(inkBox(changed).left(), inkBox(changedByStyle).left());
        QVERIFY(qAbs(inkPixels(changed) - inkPixels(changedByStyle)) <= inkPixels(changedByStyle) / 10);
    }
};

QTEST_MAIN(TestSessionTableView)
#include "tst_sessiontableview.moc"
