// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessiontableview.h"

#include "sessionroles.h"

#include <QApplication>
#include <QCache>
#include <QDrag>
#include <QPainter>
#include <QScrollBar>
#include <QStyle>
#include <QtMath>
#include <QStyleOptionSlider>
#include <QStaticText>
#include <QStyledItemDelegate>

#include <algorithm>
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
        painter->save();
        painter->setFont(opt.font);
        painter->setPen(opt.palette.color(group, (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text));
        painter->setClipRect(textRect, Qt::IntersectClip);
        painter->drawStaticText(place.topLeft(), run);
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
        auto *run = new QStaticText(QFontMetrics(font).elidedText(text, elide, width));
        run->setTextFormat(Qt::PlainText);
        run->prepare(QTransform(), font);
        m_runs.insert(key, run);
        return *run;
    }

    // Enough for several screenfuls of cells; least recently drawn go first.
    mutable QCache<Key, QStaticText> m_runs{4096};
    mutable QList<QFont> m_fonts;
};

/**
 * A scroll bar that skips the repaint of a change that moves nothing it draws.
 *
 * QScrollBar repaints itself for every change of range, steps or value. While rows stream in, the item view
 * widens the range with every flush, yet past a few thousand rows the handle keeps its
 * minimum length and its place. Fusion fills the groove with a gradient, and the raster
 * engine splits a fill that tall across the global thread pool and waits for it: about
 * 5 ms per flush on two busy cores, for pixels that do not change.
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
        const bool flashes = change == SliderValueChange && style()->styleHint(QStyle::SH_ScrollBar_Transient, nullptr, this);
        if (!flashes && m_painted && *m_painted == look())
            return;
        QScrollBar::sliderChange(change);
    }

    void paintEvent(QPaintEvent *event) override
    {
        m_painted = look();
        QScrollBar::paintEvent(event);
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

    Look look() const
    {
        QStyleOptionSlider option;
        initStyleOption(&option);
        return {style()->subControlRect(QStyle::CC_ScrollBar, &option, QStyle::SC_ScrollBarSlider, this),
                value() == minimum(), value() == maximum()};
    }

    std::optional<Look> m_painted;
};

} // namespace

SessionTableView::SessionTableView(QWidget *parent)
    : QTableView(parent)
{
    setVerticalScrollBar(new SteadyScrollBar(Qt::Vertical, this));
    setHorizontalScrollBar(new SteadyScrollBar(Qt::Horizontal, this));
    setItemDelegate(new SessionItemDelegate(this));
}

void SessionTableView::startDrag(Qt::DropActions)
{
    if (!dragData)
        return;
    auto *drag = new QDrag(this);
    drag->setMimeData(dragData());
    drag->exec(Qt::CopyAction, Qt::CopyAction);
}
