// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "csvwriter.h"
#include "sessionfiltermodel.h"
#include "sessiontablemodel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QTimer>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

namespace {
const auto kGeometryKey = u"MainWindow/geometry"_s;
const auto kStateKey = u"MainWindow/state"_s;
const auto kHeaderKey = u"MainWindow/sessionTableHeader"_s;
const auto kExportDirKey = u"Export/lastDirectory"_s;
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_nam(new QNetworkAccessManager(this))
    , m_model(new SessionTableModel(this))
    , m_filter(new SessionFilterModel(this))
{
    m_filter->setSourceModel(m_model);
    m_flushTimer = new QTimer(this);
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(100);
    connect(m_flushTimer, &QTimer::timeout, this, &MainWindow::flushBatches);
    setupActions();
    setupUi();
    restoreState();
    updateCounts();
}

MainWindow::~MainWindow() = default;

void MainWindow::setupActions()
{
    m_refreshAction = new QAction(QIcon::fromTheme(u"view-refresh"_s, QIcon(u":/icons/refresh.svg"_s)), tr("&Refresh"), this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setToolTip(tr("Load the sessions again (F5)"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    m_cancelAction = new QAction(QIcon::fromTheme(u"process-stop"_s, QIcon(u":/icons/stop.svg"_s)), tr("&Stop Loading"), this);
    m_cancelAction->setToolTip(tr("Stop loading sessions"));
    m_cancelAction->setEnabled(false);
    connect(m_cancelAction, &QAction::triggered, this, &MainWindow::cancelLoading);

    m_exportAction = new QAction(QIcon::fromTheme(u"document-save-as"_s, QIcon(u":/icons/export.svg"_s)), tr("&Export Visible Rows…"), this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setToolTip(tr("Export the rows and columns shown to CSV (Ctrl+E)"));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportVisible);

    auto *findAction = new QAction(tr("&Filter"), this);
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, this, [this] {
        m_filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_filterEdit->selectAll();
    });
    addAction(findAction);

    auto *quitAction = new QAction(tr("&Quit"), this);
    quitAction->setShortcut(QKeySequence::Quit);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_exportAction);
    fileMenu->addSeparator();
    fileMenu->addAction(quitAction);
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->addAction(m_refreshAction);
    viewMenu->addAction(m_cancelAction);
    viewMenu->addAction(findAction);
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About SessionDesk"), this, [this] {
        QMessageBox::about(this, tr("About SessionDesk"),
                           tr("<h3>SessionDesk %1</h3><p>Browse, filter, export and revoke the login sessions of "
                              "the servers you run.</p><p>Licensed under the GNU GPL, version 3 or later.</p>")
                               .arg(QStringLiteral(SESSIONDESK_VERSION)));
    });
}

void MainWindow::setupUi()
{
    setWindowTitle(tr("SessionDesk"));
    setWindowIcon(QIcon(u":/icons/sessiondesk.svg"_s));

    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(u"mainToolBar"_s);
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_refreshAction);
    toolbar->addAction(m_exportAction);
    toolbar->addSeparator();

    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(u"filterEdit"_s);
    m_filterEdit->setPlaceholderText(tr("Filter sessions (Ctrl+F): user, device, OS, IP, date…"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setMinimumWidth(360);
    m_filterEdit->addAction(QIcon::fromTheme(u"edit-find"_s, QIcon(u":/icons/filter.svg"_s)), QLineEdit::LeadingPosition);
    connect(m_filterEdit, &QLineEdit::textChanged, m_filter, &SessionFilterModel::setFilterText);
    m_filterEdit->installEventFilter(this); // Esc clears the filter
    toolbar->addWidget(m_filterEdit);

    m_table = new QTableView(this);
    m_table->setObjectName(u"sessionTable"_s);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    // Columns are sized from the first rows that arrive (see sizeColumnsOnce); only a sample
    // is measured so a million rows cost nothing.
    header->setResizeContentsPrecision(200);

    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setTextFormat(Qt::RichText);
    m_emptyLabel->setText(tr("<h2>No server yet</h2><p>Start SessionDesk with <tt>--demo</tt> to explore generated "
                             "sessions, or with <tt>--kind rocketchat --url URL --user-id ID --token-env VAR</tt> "
                             "to open your Rocket.Chat server.</p>"));
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_emptyLabel);
    m_stack->addWidget(m_table);
    setCentralWidget(m_stack);

    m_countLabel = new QLabel(this);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(200);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancelButton = new QToolButton(this);
    m_cancelButton->setDefaultAction(m_cancelAction);
    m_cancelButton->setAutoRaise(true);
    m_cancelButton->hide();
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelButton);
    statusBar()->addPermanentWidget(m_countLabel);

    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCounts);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &MainWindow::sizeColumnsOnce);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateCounts);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &MainWindow::updateCounts);
    connect(header, &QHeaderView::sectionMoved, this, [this] { m_filter->setFilterColumns(visibleColumns()); });
}

void MainWindow::sizeColumnsOnce()
{
    if (m_columnsSized || m_filter->rowCount() == 0)
        return;
    m_columnsSized = true;
    QHeaderView *header = m_table->horizontalHeader();
    const int maxWidth = m_table->fontMetrics().averageCharWidth() * 40;
    for (int c = 0; c < kSessionColumnCount - 1; ++c) {
        m_table->resizeColumnToContents(c);
        header->resizeSection(c, std::min(header->sectionSize(c) + 12, maxWidth));
    }
}

void MainWindow::openConnection(const Connection &connection, const QString &title)
{
    cancelLoading();
    m_connection = connection;
    m_hasConnection = true;
    m_model->clear();
    setWindowTitle(tr("%1 — SessionDesk").arg(title));
    m_stack->setCurrentWidget(m_table);
    refresh();
}

void MainWindow::refresh()
{
    if (!m_hasConnection)
        return;
    if (m_provider)
        m_provider->deleteLater();
    m_pendingBatches.clear();
    m_provider = SessionProvider::create(m_connection, m_nam, this);
    if (!m_provider) {
        m_statusLabel->setText(tr("This server kind is not supported yet."));
        return;
    }
    connect(m_provider, &SessionProvider::batchReady, this, &MainWindow::queueBatch);
    connect(m_provider, &SessionProvider::progress, this, [this](qint64 received, qint64 total) {
        if (total > 0) {
            m_model->reserve(total);
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(std::min<qint64>(1000, received * 1000 / total)));
            m_progress->setFormat(u"%p%"_s);
            m_statusLabel->setText(tr("Loading sessions from %1: %2 of %3…")
                                       .arg(m_connection.displayName(), QLocale().toString(received), QLocale().toString(total)));
        }
    });
    connect(m_provider, &SessionProvider::finished, this, &MainWindow::onFetchFinished);
    m_stack->setCurrentWidget(m_table);
    m_model->beginRefresh();
    m_progress->setRange(0, 0);
    m_progress->setFormat(QString());
    m_progress->show();
    m_cancelButton->show();
    m_cancelAction->setEnabled(true);
    m_refreshAction->setEnabled(false);
    m_statusLabel->setText(tr("Loading sessions from %1…").arg(m_connection.displayName()));
    m_loadTimer.start();
    m_provider->fetch();
}

void MainWindow::cancelLoading()
{
    if (m_provider && m_provider->isFetching())
        m_provider->cancel();
}

void MainWindow::queueBatch(const SessionBatch &batch)
{
    // Pages can arrive every few milliseconds; repainting the table for each would cost
    // more than the data. The first page shows at once, later ones are merged in groups.
    m_pendingBatches.append(batch);
    if (m_model->rowCount() == 0) {
        flushBatches();
        return;
    }
    if (!m_flushTimer->isActive())
        m_flushTimer->start();
}

void MainWindow::flushBatches()
{
    m_flushTimer->stop();
    if (m_pendingBatches.isEmpty())
        return;
    const QList<SessionBatch> batches = std::exchange(m_pendingBatches, {});
    m_model->applyBatches(batches);
}

void MainWindow::onFetchFinished(const FetchResult &result)
{
    flushBatches();
    m_model->endRefresh(result.status == FetchResult::Status::Ok);
    m_progress->hide();
    m_cancelButton->hide();
    m_cancelAction->setEnabled(false);
    m_refreshAction->setEnabled(true);
    switch (result.status) {
    case FetchResult::Status::Ok: {
        QString text = tr("Loaded %1 sessions from %2 in %3 s.")
                           .arg(QLocale().toString(m_model->rowCount()), m_connection.displayName())
                           .arg(double(m_loadTimer.elapsed()) / 1000.0, 0, 'f', 1);
        if (result.totalChanged)
            text += u' ' + tr("The server's count changed while loading; refresh to be sure nothing is missing.");
        m_statusLabel->setText(text);
        break;
    }
    case FetchResult::Status::Canceled:
        m_statusLabel->setText(tr("Loading stopped; %1 sessions loaded.").arg(QLocale().toString(m_model->rowCount())));
        break;
    case FetchResult::Status::AuthenticationFailed:
    case FetchResult::Status::Failed:
        m_statusLabel->setText(result.error);
        if (m_model->rowCount() == 0) {
            m_emptyLabel->setText(tr("<h2>Could not load sessions</h2><p>%1</p><p>Press F5 to try again.</p>")
                                      .arg(result.error.toHtmlEscaped()));
            m_stack->setCurrentWidget(m_emptyLabel);
        }
        break;
    }
    updateCounts();
    emit loadFinished(result);
}

void MainWindow::updateCounts()
{
    const int shown = m_filter->rowCount();
    const int total = m_model->rowCount();
    m_countLabel->setText(shown == total ? tr("%1 sessions").arg(QLocale().toString(total))
                                         : tr("%1 of %2 sessions").arg(QLocale().toString(shown), QLocale().toString(total)));
    m_exportAction->setEnabled(shown > 0);
}

std::vector<SessionColumn> MainWindow::visibleColumns() const
{
    std::vector<SessionColumn> columns;
    const QHeaderView *header = m_table->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.push_back(static_cast<SessionColumn>(logical));
    }
    return columns;
}

QString MainWindow::exportCsv(const QString &path)
{
    m_filter->applyPendingChanges();
    CsvWriter writer;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = writer.writeFile(path, m_model->store(), m_filter->sourceRows(), visibleColumns());
    QApplication::restoreOverrideCursor();
    return ok ? QString() : writer.errorString();
}

void MainWindow::exportVisible()
{
    QSettings settings;
    const QString dir = settings.value(kExportDirKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Sessions"), dir + u"/sessions.csv"_s,
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(kExportDirKey, QFileInfo(path).absolutePath());
    const QString error = exportCsv(path);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Export Failed"), error);
        return;
    }
    m_statusLabel->setText(tr("Exported %1 sessions to %2.").arg(QLocale().toString(m_filter->rowCount()), QDir::toNativeSeparators(path)));
}

void MainWindow::restoreState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1600, 1000);
        resize(std::min(1480, available.width() * 9 / 10), std::min(900, available.height() * 9 / 10));
    }
    QMainWindow::restoreState(settings.value(kStateKey).toByteArray());
    const QByteArray header = settings.value(kHeaderKey).toByteArray();
    if (!header.isEmpty() && m_table->horizontalHeader()->restoreState(header)) {
        const QHeaderView *h = m_table->horizontalHeader();
        m_table->sortByColumn(h->sortIndicatorSection(), h->sortIndicatorOrder());
        m_columnsSized = true; // the user's own widths win
    } else {
        m_table->sortByColumn(int(SessionColumn::StartedAt), Qt::DescendingOrder); // newest first
    }
    m_filter->setFilterColumns(visibleColumns());
}

void MainWindow::saveState()
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, QMainWindow::saveState());
    settings.setValue(kHeaderKey, m_table->horizontalHeader()->saveState());
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filterEdit && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape && !m_filterEdit->text().isEmpty()) {
        m_filterEdit->clear();
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    cancelLoading();
    saveState();
    event->accept();
}
