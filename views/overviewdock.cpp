// SPDX-License-Identifier: GPL-3.0-or-later
#include "overviewdock.h"

#include "sessionfiltermodel.h"
#include "sessiontablemodel.h"

#include <QEvent>
#include <QHelpEvent>
#include <QElapsedTimer>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QScrollArea>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int kMaxBars = 5; // per breakdown; the rest is summed as "other"
constexpr int kMargin = 8;
constexpr int kDayChartHeight = 110;
constexpr int kMinDelayMs = 250;  ///< after a change, before recomputing
constexpr int kMaxDelayMs = 2000; ///< however costly a recompute was
}

SessionOverview SessionOverview::compute(const SessionStore &store, const RowList &rows, int maxDays)
{
    SessionOverview o;
    o.total = int(rows.size());
    // Rows are distinct, so as many as the store holds are all of them: then the store is
    // read in its own order (sequentially, not in the view's sorted order) and the client
    // and OS counts it keeps are used as they are.
    const RowList *shown = rows.size() == size_t(store.rowCount()) ? nullptr : &rows;
    qint64 newest = kMissingTime;
    store.forEachRow(shown, [&](int row) { newest = std::max(newest, store.loginAt(row)); });
    if (newest != kMissingTime && maxDays > 0) {
        // Local day boundaries (DST-safe), then one binary search per row.
        const QDate last = QDateTime::fromMSecsSinceEpoch(newest).date();
        const QDate first = last.addDays(-(maxDays - 1));
        std::vector<qint64> starts;
        for (int i = 0; i <= maxDays; ++i)
            starts.push_back(first.addDays(i).startOfDay().toMSecsSinceEpoch());
        o.days.resize(size_t(maxDays));
        for (int i = 0; i < maxDays; ++i)
            o.days[size_t(i)].date = first.addDays(i);
        store.forEachRow(shown, [&](int row) {
            const qint64 t = store.loginAt(row);
            if (t == kMissingTime) {
                ++o.undated;
                return;
            }
            if (t < starts.front()) {
                ++o.older;
                return;
            }
            const auto day = std::upper_bound(starts.begin(), starts.end(), t) - starts.begin() - 1;
            ++o.days[size_t(std::min<ptrdiff_t>(day, maxDays - 1))].count;
        });
    } else {
        o.undated = o.total;
    }
    o.clients = store.valueCounts(SessionColumn::ClientType, shown);
    o.systems = store.valueCounts(RawField::OsName, shown);
    return o;
}

OverviewChart::OverviewChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"overviewChart"_s);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void OverviewChart::setOverview(SessionOverview overview)
{
    m_overview = std::move(overview);
    updateGeometry();
    update();
}

QSize OverviewChart::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 36, kDayChartHeight + fontMetrics().height() * 18};
}

QSize OverviewChart::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 44, minimumSizeHint().height()};
}

QRect OverviewChart::dayChartRect() const
{
    const int line = fontMetrics().height();
    return QRect(kMargin, kMargin + line + 4, width() - 2 * kMargin, kDayChartHeight);
}

int OverviewChart::dayAt(const QPoint &pos) const
{
    const QRect chart = dayChartRect();
    if (m_overview.days.empty() || !chart.adjusted(0, 0, 0, fontMetrics().height()).contains(pos))
        return -1;
    const int index = int(qint64(pos.x() - chart.left()) * qint64(m_overview.days.size()) / std::max(1, chart.width()));
    return std::clamp(index, 0, int(m_overview.days.size()) - 1);
}

bool OverviewChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int day = dayAt(help->pos());
        if (day >= 0) {
            const SessionOverview::Day &d = m_overview.days[size_t(day)];
            QToolTip::showText(help->globalPos(),
                               tr("%1: started %2").arg(QLocale().toString(d.date, QLocale::LongFormat), QLocale().toString(d.count)),
                               this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

void OverviewChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    const QPalette pal = palette();
    const QFontMetrics fm = fontMetrics();
    const int line = fm.height();
    const QColor bar = pal.color(QPalette::Highlight);
    const QColor axis = pal.color(QPalette::Mid);
    const QColor text = pal.color(QPalette::WindowText);
    QFont bold = font();
    bold.setBold(true);

    auto heading = [&](int y, const QString &title) {
        p.setFont(bold);
        p.setPen(text);
        p.drawText(QRect(kMargin, y, width() - 2 * kMargin, line), Qt::AlignLeft | Qt::AlignVCenter, title);
        p.setFont(font());
    };

    // Starts per day: one column per day, the busiest day at full height.
    heading(kMargin, tr("Sessions started per day"));
    const QRect chart = dayChartRect();
    int peak = 0;
    for (const SessionOverview::Day &d : m_overview.days)
        peak = std::max(peak, d.count);
    p.setPen(axis);
    p.drawLine(chart.bottomLeft(), chart.bottomRight());
    if (!m_overview.days.empty()) {
        const int n = int(m_overview.days.size());
        for (int i = 0; i < n; ++i) {
            const int count = m_overview.days[size_t(i)].count;
            if (count == 0 || peak == 0)
                continue;
            const int x0 = chart.left() + int(qint64(i) * chart.width() / n);
            const int x1 = chart.left() + int(qint64(i + 1) * chart.width() / n);
            const int h = std::max(1, int(qint64(count) * (chart.height() - 2) / peak));
            p.fillRect(QRect(x0 + 1, chart.bottom() - h + 1, std::max(1, x1 - x0 - 2), h), bar);
        }
        p.setPen(text);
        const QLocale locale;
        const QString firstDay = locale.toString(m_overview.days.front().date, QLocale::ShortFormat);
        const QString lastDay = locale.toString(m_overview.days.back().date, QLocale::ShortFormat);
        const QRect labels(chart.left(), chart.bottom() + 2, chart.width(), line);
        p.drawText(labels, Qt::AlignLeft | Qt::AlignTop, firstDay);
        p.drawText(labels, Qt::AlignRight | Qt::AlignTop, lastDay);
        p.setPen(axis);
        p.drawText(labels, Qt::AlignHCenter | Qt::AlignTop, tr("peak %1").arg(locale.toString(peak)));
    } else {
        p.setPen(axis);
        p.drawText(chart, Qt::AlignCenter, tr("No start times to chart"));
    }

    // Breakdowns: horizontal bars, the largest first, the rest summed.
    int y = chart.bottom() + line + 12;
    auto breakdown = [&](const QString &title, const std::vector<SessionStore::ValueCount> &values) {
        heading(y, title);
        y += line + 2;
        std::vector<SessionStore::ValueCount> shown;
        int other = 0;
        for (const SessionStore::ValueCount &v : values) {
            if (int(shown.size()) < kMaxBars)
                shown.push_back({v.value.isEmpty() ? tr("(unknown)") : v.value, v.count});
            else
                other += v.count;
        }
        if (other > 0)
            shown.push_back({tr("other"), other});
        if (shown.empty()) {
            p.setPen(axis);
            p.drawText(QRect(kMargin, y, width() - 2 * kMargin, line), Qt::AlignLeft, tr("No sessions"));
            y += line + 8;
            return;
        }
        const int labelWidth = std::min(width() / 3, fm.averageCharWidth() * 16);
        const int countWidth = fm.horizontalAdvance(QLocale().toString(m_overview.total)) + 6;
        const int barSpace = std::max(10, width() - 2 * kMargin - labelWidth - countWidth - 8);
        const int most = shown.front().count > 0 ? std::max(shown.front().count, other) : 1;
        for (const SessionStore::ValueCount &v : shown) {
            p.setPen(text);
            p.drawText(QRect(kMargin, y, labelWidth, line), Qt::AlignLeft | Qt::AlignVCenter,
                       fm.elidedText(v.value, Qt::ElideRight, labelWidth));
            const int w = std::max(1, int(qint64(v.count) * barSpace / std::max(1, most)));
            p.fillRect(QRect(kMargin + labelWidth + 4, y + 3, w, line - 6), bar);
            p.drawText(QRect(kMargin + labelWidth + 8 + w, y, countWidth, line), Qt::AlignLeft | Qt::AlignVCenter,
                       QLocale().toString(v.count));
            y += line + 2;
        }
        y += 8;
    };
    breakdown(tr("Clients"), m_overview.clients);
    breakdown(tr("Operating systems"), m_overview.systems);
}

OverviewDock::OverviewDock(SessionFilterModel *filter, QWidget *parent)
    : QDockWidget(tr("Overview"), parent)
    , m_filter(filter)
    , m_chart(new OverviewChart(this))
    , m_summary(new QLabel(this))
{
    setObjectName(u"overviewDock"_s);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    m_summary->setObjectName(u"overviewSummary"_s);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    layout->addWidget(m_chart, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    setWidget(scroll);

    // Changes come in bursts (typing, pages arriving): recompute once they settle.
    m_timer.setSingleShot(true);
    m_timer.setInterval(kMinDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &OverviewDock::recompute);
    connect(filter, &QAbstractItemModel::layoutChanged, this, &OverviewDock::schedule);
    connect(filter, &QAbstractItemModel::modelReset, this, &OverviewDock::schedule);
    connect(filter, &QAbstractItemModel::rowsInserted, this, &OverviewDock::schedule);
    connect(filter, &QAbstractItemModel::rowsRemoved, this, &OverviewDock::schedule);
    connect(filter, &QAbstractItemModel::dataChanged, this, &OverviewDock::schedule);
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            recompute();
    });
}

void OverviewDock::schedule()
{
    if (isVisible() && !m_timer.isActive())
        m_timer.start();
}

void OverviewDock::recompute()
{
    m_timer.stop();
    if (!m_filter->sessionModel())
        return;
    // The rows shown, in whatever order: a re-sort still pending does not change which
    // they are (forcing it here sorted a million rows on the GUI thread every 250 ms of
    // a load). A filter's new result arrives as a layout change and schedules us again.
    QElapsedTimer cost;
    cost.start();
    SessionOverview o = SessionOverview::compute(m_filter->sessionModel()->store(), m_filter->sourceRows());
    // While rows stream in, the GUI thread spends at most a fifth of its time here.
    m_timer.setInterval(std::clamp(int(cost.elapsed() * 4), kMinDelayMs, kMaxDelayMs));
    const QLocale locale;
    QString summary = tr("Sessions shown: %1").arg(locale.toString(o.total));
    if (!o.days.empty()) {
        int inChart = 0;
        for (const SessionOverview::Day &d : o.days)
            inChart += d.count;
        summary += u"; "_s + tr("started %1 to %2: %3").arg(locale.toString(o.days.front().date, QLocale::ShortFormat),
                                                            locale.toString(o.days.back().date, QLocale::ShortFormat),
                                                            locale.toString(inChart));
    }
    if (o.older > 0)
        summary += u"; "_s + tr("earlier: %1").arg(locale.toString(o.older));
    if (o.undated > 0)
        summary += u"; "_s + tr("without a start time: %1").arg(locale.toString(o.undated));
    m_summary->setText(summary + u'.');
    m_chart->setOverview(std::move(o));
}
