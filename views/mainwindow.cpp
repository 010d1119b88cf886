// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "auditlog.h"
#include "auditlogdialog.h"
#include "computepool.h"
#include "exportdialog.h"
#include "credentialstore.h"
#include "csvwriter.h"
#include "detailsdock.h"
#include "overviewdock.h"
#include "profiledialog.h"
#include "quickfilterbar.h"
#include "revokeresultsdialog.h"
#include "providers/openreplay/openreplayclient.h"
#include "providers/rocketchat/rocketchatauth.h"
#include "providers/sessiondetails.h"
#include "revokejob.h"
#include "sessionroles.h"
#include "sessionfiltermodel.h"
#include "sessiontablemodel.h"
#include "sessiontableview.h"
#include "signindialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QMimeData>
#include <QComboBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QHostAddress>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QProgressDialog>
#include <QSaveFile>
#include <QTimer>
#include <QToolTip>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

const auto kGeometryKey = u"MainWindow/geometry"_s;
const auto kStateKey = u"MainWindow/state"_s;
const auto kHeaderKey = u"MainWindow/sessionTableHeader"_s; // + "/<kind>"

/// The columns a kind fills; the others start hidden (the column chooser shows them again).
bool shownByDefault(ServerKind kind, SessionColumn column)
{
    if (column == SessionColumn::Server)
        return false; // only a merged view fills it
    switch (kind) {
    case ServerKind::RocketChat:
        return column != SessionColumn::Details && column != SessionColumn::EndedAt;
    case ServerKind::OpenReplay:
        return column != SessionColumn::UserName && column != SessionColumn::ClientType && column != SessionColumn::Host;
    case ServerKind::Seam:
        return column == SessionColumn::SessionId || column == SessionColumn::User || column == SessionColumn::UserName
            || column == SessionColumn::Host || column == SessionColumn::StartedAt || column == SessionColumn::Details;
    }
    return true;
}
const auto kExportDirKey = u"Export/lastDirectory"_s;
const auto kAutoRefreshKey = u"View/autoRefreshSeconds"_s;
const auto kQuickFiltersKey = u"View/quickFilters"_s;
/// How long storing one slice of pages may keep the GUI thread, and how many rows are
/// stored between looks at the clock (one rowsInserted each; ~0.3-1.5 ms at 1M rows).
constexpr qint64 kFlushSliceNs = 4'000'000;
constexpr int kFlushChunkRows = 1000;

/**
 * The status bar's message: selectable, and cheap to change. QLabel measures selectable
 * text by laying out a QTextDocument (HarfBuzz shaping included) for each size hint, and
 * every setText() makes the window lay itself out again, ten times a second while rows
 * stream in (41.5 ms of layouts in a million-row load, 16.5 ms with this label). This
 * label's size does not depend on its text: one line, as wide as the status bar gives
 * it. A long message no longer widens the window's minimum either: it is clipped, stays
 * selectable, and shows whole in a tool tip.
 */
class StatusLabel final : public QLabel
{
public:
    using QLabel::QLabel;
    QSize minimumSizeHint() const override
    {
        const QFontMetrics metrics(font());
        const QMargins margins = contentsMargins();
        return {metrics.averageCharWidth() * 16 + margins.left() + margins.right(),
                metrics.height() + margins.top() + margins.bottom()};
    }
    QSize sizeHint() const override { return minimumSizeHint(); }

protected:
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::ToolTip && toolTip().isEmpty()
            && fontMetrics().horizontalAdvance(text()) > contentsRect().width()) {
            QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(), text(), this);
            return true;
        }
        return QLabel::event(event);
    }
};
}

MainWindow::MainWindow(const QString &profilesFile, QWidget *parent)
    : QMainWindow(parent)
    , m_nam(new QNetworkAccessManager(this))
    , m_model(new SessionTableModel(this))
    , m_filter(new SessionFilterModel(this))
    , m_profiles(profilesFile.isEmpty() ? std::make_unique<ProfileStore>() : std::make_unique<ProfileStore>(profilesFile))
    , m_keychain(new CredentialStore(this))
    , m_ownPrompt(std::make_unique<DialogSignInPrompt>(this))
    , m_prompt(m_ownPrompt.get())
    , m_audit(std::make_unique<AuditLog>())
{
    m_filter->setSourceModel(m_model);
    // Before the first load, not during it (see startWorkerThreads).
    static const bool workersStarted = [] {
        startWorkerThreads(computePool());
        startWorkerThreads(SessionProvider::parsePool());
        return true;
    }();
    Q_UNUSED(workersStarted);
    m_flushTimer = new QTimer(this);
    m_flushTimer->setObjectName(u"flushTimer"_s);
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(100);
    connect(m_flushTimer, &QTimer::timeout, this, &MainWindow::flushBatches);
    // The next slice of a round: a zero timer, not a queued call. Posted back to back,
    // two slices and their repaints could run before a timer got its turn (measured: 17 ms
    // gaps in a 1 ms timer); as a timer, the other timers get theirs between any two.
    m_sliceTimer = new QTimer(this);
    m_sliceTimer->setObjectName(u"sliceTimer"_s);
    m_sliceTimer->setSingleShot(true);
    m_sliceTimer->setInterval(0);
    connect(m_sliceTimer, &QTimer::timeout, this, &MainWindow::flushBatches);
    m_autoRefreshTimer = new QTimer(this);
    m_autoRefreshTimer->setObjectName(u"autoRefreshTimer"_s);
    connect(m_autoRefreshTimer, &QTimer::timeout, this, [this] {
        // Never on top of a load, a revoke or a sign-in in progress.
        if (m_hasConnection && !isLoading() && !m_revokeJob && m_stack->currentWidget() == m_table)
            refresh();
    });
    m_memoryWaitTimer = new QTimer(this);
    m_memoryWaitTimer->setObjectName(u"memoryWaitTimer"_s);
    m_memoryWaitTimer->setSingleShot(true);
    m_memoryWaitTimer->setInterval(4);
    connect(m_memoryWaitTimer, &QTimer::timeout, this, &MainWindow::flushBatches);
    m_statusTimer = new QTimer(this);
    m_statusTimer->setObjectName(u"statusTimer"_s);
    m_statusTimer->setSingleShot(true);
    m_statusTimer->setInterval(100);
    connect(m_statusTimer, &QTimer::timeout, this, &MainWindow::updateStatus);
    // A large table is re-sorted on the thread pool; pages wait for it (see flushBatches).
    // Queued: putting a million re-sorted rows in place and storing the next pages (or
    // finishing the load) are separate turns of the event loop, each short.
    connect(
        m_filter, &SessionFilterModel::computingFinished, this,
        [this] {
            if (m_deferredFinish)
                flushBatches();
            else if (!m_pendingBatches.isEmpty() && !m_flushTimer->isActive())
                m_flushTimer->start();
        },
        Qt::QueuedConnection);
    setupActions();
    setupUi();
    restoreState();
    setAutoRefreshSeconds(QSettings().value(kAutoRefreshKey, 0).toInt());
    reloadProfileCombo();
    updateSignInActions();
    updateCounts();
    // A hand-edited or damaged profiles file: say which entries are broken; the others work.
    if (const QStringList problems = m_profiles->problems(); !problems.isEmpty())
        m_statusLabel->setText(problems.join(u' '));
    m_table->setFocus(); // keyboard users start in the table, not in the toolbar
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

    m_exportAction = new QAction(QIcon::fromTheme(u"document-save-as"_s, QIcon(u":/icons/export.svg"_s)), tr("&Export…"), this);
    m_exportAction->setIconText(tr("Export"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setToolTip(tr("Export the rows shown or selected to CSV or JSON (Ctrl+E)"));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportVisible);

    auto *findAction = new QAction(tr("&Filter"), this);
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, this, [this] {
        m_filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_filterEdit->selectAll();
    });
    addAction(findAction);

    auto *profilesAction = new QAction(QIcon::fromTheme(u"network-server"_s, QIcon(u":/icons/server.svg"_s)), tr("&Profiles…"), this);
    profilesAction->setObjectName(u"profilesAction"_s);
    profilesAction->setIconText(tr("Profiles"));
    profilesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    profilesAction->setToolTip(tr("Add, edit and test server profiles (Ctrl+Shift+P)"));
    connect(profilesAction, &QAction::triggered, this, &MainWindow::showProfiles);
    m_signInAction = new QAction(tr("&Sign In…"), this);
    m_signInAction->setObjectName(u"signInAction"_s);
    connect(m_signInAction, &QAction::triggered, this, [this] { signIn(); });
    m_signOutAction = new QAction(tr("Sign &Out"), this);
    m_signOutAction->setObjectName(u"signOutAction"_s);
    m_signOutAction->setToolTip(tr("End this sign-in on the server and forget its token"));
    connect(m_signOutAction, &QAction::triggered, this, &MainWindow::signOut);

    m_revokeAction = new QAction(QIcon::fromTheme(u"system-log-out"_s, QIcon(u":/icons/revoke.svg"_s)), tr("&Revoke Sessions…"), this);
    m_revokeAction->setIconText(tr("Revoke"));
    m_revokeAction->setObjectName(u"revokeAction"_s);
    m_revokeAction->setShortcut(QKeySequence::Delete);
    m_revokeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_revokeAction, &QAction::triggered, this, &MainWindow::revokeSelected);
    m_deleteAction = new QAction(QIcon::fromTheme(u"edit-delete"_s), tr("&Delete Sessions…"), this);
    m_deleteAction->setToolTip(tr("Seam: delete the selected client sessions"));
    connect(m_deleteAction, &QAction::triggered, this, &MainWindow::deleteSelected);
    m_deleteUserDataAction = new QAction(QIcon::fromTheme(u"edit-delete"_s), tr("Delete &User Data…"), this);
    m_deleteUserDataAction->setToolTip(tr("OpenReplay: delete everything recorded about the selected rows' users"));
    connect(m_deleteUserDataAction, &QAction::triggered, this, &MainWindow::deleteUserDataSelected);
    m_openReplayAction = new QAction(QIcon::fromTheme(u"media-playback-start"_s), tr("Open &Replay"), this);
    m_openReplayAction->setToolTip(tr("OpenReplay: watch the current row's recording in the browser"));
    connect(m_openReplayAction, &QAction::triggered, this, &MainWindow::openReplay);
    m_copyAction = new QAction(QIcon::fromTheme(u"edit-copy"_s), tr("&Copy Rows"), this);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyAction->setToolTip(tr("Copy the selected rows as tab-separated text (pastes into spreadsheets)"));
    connect(m_copyAction, &QAction::triggered, this, &MainWindow::copySelection);

    auto *quitAction = new QAction(tr("&Quit"), this);
    quitAction->setShortcut(QKeySequence::Quit);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_exportAction);
    fileMenu->addSeparator();
    fileMenu->addAction(quitAction);
    QMenu *serverMenu = menuBar()->addMenu(tr("&Server"));
    serverMenu->addAction(profilesAction);
    auto *allServersAction = serverMenu->addAction(tr("&All Servers in One Table"), this, &MainWindow::openAllServers);
    allServersAction->setObjectName(u"allServersAction"_s);
    allServersAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    allServersAction->setToolTip(tr("Every server's sessions merged, with a Server column (Ctrl+Shift+A)"));
    serverMenu->addSeparator();
    serverMenu->addAction(m_signInAction);
    serverMenu->addAction(m_signOutAction);
    QMenu *sessionMenu = menuBar()->addMenu(tr("S&essions"));
    sessionMenu->addAction(m_revokeAction);
    sessionMenu->addAction(m_deleteAction);
    sessionMenu->addAction(m_deleteUserDataAction);
    sessionMenu->addAction(m_openReplayAction);
    sessionMenu->addAction(m_copyAction);
    sessionMenu->addSeparator();
    auto *auditAction = sessionMenu->addAction(tr("Audit &Log…"), this, &MainWindow::showAuditLog);
    auditAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    auditAction->setToolTip(tr("Every revocation and deletion, from this window and the CLI (Ctrl+L)"));
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->setObjectName(u"viewMenu"_s);
    viewMenu->addAction(m_refreshAction);
    viewMenu->addAction(m_cancelAction);
    viewMenu->addAction(findAction);
    // Auto-refresh merges changes into the table like F5: selection, sort and scroll stay,
    // and sessions that appeared since the refresh before are shown in bold.
    QMenu *autoMenu = viewMenu->addMenu(tr("&Auto-Refresh"));
    auto *autoGroup = new QActionGroup(this);
    const int remembered = QSettings().value(kAutoRefreshKey, 0).toInt();
    for (const auto &[seconds, text] : {std::pair{0, tr("&Off")}, std::pair{30, tr("Every &30 Seconds")},
                                        std::pair{60, tr("Every &Minute")}, std::pair{300, tr("Every &5 Minutes")}}) {
        QAction *a = autoMenu->addAction(text);
        a->setCheckable(true);
        a->setChecked(seconds == remembered);
        autoGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, seconds = seconds] {
            QSettings().setValue(kAutoRefreshKey, seconds);
            setAutoRefreshSeconds(seconds);
        });
    }
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *keysAction = helpMenu->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    keysAction->setShortcut(QKeySequence::HelpContents);
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
    m_profileCombo = new QComboBox(this);
    m_profileCombo->setObjectName(u"profileCombo"_s);
    m_profileCombo->setToolTip(tr("The server whose sessions are shown"));
    m_profileCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_profileCombo->setMinimumContentsLength(14);
    connect(m_profileCombo, &QComboBox::activated, this, [this](int index) {
        const QString data = m_profileCombo->itemData(index).toString();
        if (data == u"merged"_s) {
            if (!m_merged)
                openAllServers();
        } else if (data.startsWith(u"profile:"_s) && (data.mid(8) != currentProfile() || m_merged)) {
            openProfile(data.mid(8));
        } else if (data.startsWith(u"temp:"_s)) {
            const TemporaryServer server = m_temporary.value(data.mid(5).toInt());
            if (m_isProfile || m_merged || server.title != m_title)
                openConnection(server.connection, server.title, server.hint);
        }
    });
    toolbar->addWidget(m_profileCombo);
    toolbar->addAction(findChild<QAction *>(u"profilesAction"_s));
    toolbar->addSeparator();
    toolbar->addAction(m_refreshAction);
    toolbar->addAction(m_exportAction);
    toolbar->addAction(m_revokeAction);

    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(u"filterEdit"_s);
    m_filterEdit->setPlaceholderText(tr("Filter sessions (Ctrl+F): user, device, OS, IP, date…"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setMinimumWidth(240);
    m_filterEdit->addAction(QIcon::fromTheme(u"edit-find"_s, QIcon(u":/icons/filter.svg"_s)), QLineEdit::LeadingPosition);
    connect(m_filterEdit, &QLineEdit::textChanged, m_filter, &SessionFilterModel::setFilterText);
    m_filterEdit->installEventFilter(this); // Esc clears the filter

    auto *table = new SessionTableView(this);
    table->dragData = [this] { return selectionMimeData(); };
    table->setDragEnabled(true);
    table->setDragDropMode(QAbstractItemView::DragOnly);
    table->setDefaultDropAction(Qt::CopyAction);
    m_table = table;
    m_table->setObjectName(u"sessionTable"_s);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->addAction(m_revokeAction); // Delete and Ctrl+C act on the table
    m_table->addAction(m_copyAction);
    connect(m_table, &QWidget::customContextMenuRequested, this, &MainWindow::showTableMenu);
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
    header->setContextMenuPolicy(Qt::CustomContextMenu); // the column chooser
    connect(header, &QWidget::customContextMenuRequested, this, &MainWindow::showHeaderMenu);

    // Said over an empty table: why it is empty and what to do.
    m_tableHint = new QLabel(m_table->viewport());
    m_tableHint->setObjectName(u"tableHint"_s);
    m_tableHint->setAlignment(Qt::AlignCenter);
    m_tableHint->setWordWrap(true);
    m_tableHint->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_tableHint->setForegroundRole(QPalette::PlaceholderText);
    m_tableHint->setContentsMargins(24, 24, 24, 24);
    m_tableHint->hide();
    m_table->viewport()->installEventFilter(this);

    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setObjectName(u"pageLabel"_s);
    m_emptyLabel->setTextFormat(Qt::RichText);
    m_emptyLabel->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_emptyLabel->setOpenExternalLinks(false);
    connect(m_emptyLabel, &QLabel::linkActivated, this, &MainWindow::onPageLink);
    m_emptyLabel->setText(tr("<h2>No server yet</h2><p><a href=\"profiles\">Add a server profile…</a> (Ctrl+Shift+P) "
                             "for your Rocket.Chat, OpenReplay or Seam server, or start SessionDesk with "
                             "<tt>--demo</tt> to explore generated sessions.</p>"));
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_emptyLabel);
    m_stack->addWidget(m_table);
    // The filter sits above the table rather than in the toolbar, so it never ends up in the
    // toolbar's overflow menu on a narrow window.
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 4, 0, 0);
    centralLayout->setSpacing(4);
    auto *filterBar = new QHBoxLayout;
    filterBar->setContentsMargins(6, 0, 6, 0);
    filterBar->addWidget(m_filterEdit, 1);
    centralLayout->addLayout(filterBar);
    m_quickFilters = new QuickFilterBar(this);
    m_quickFilters->setObjectName(u"quickFilters"_s);
    m_quickFilters->setContentsMargins(6, 0, 6, 0);
    connect(m_quickFilters, &QuickFilterBar::conditionsChanged, this, &MainWindow::applyQuickFilters);
    centralLayout->addWidget(m_quickFilters);
    auto *quickAction = new QAction(tr("&Quick Filters"), this);
    quickAction->setObjectName(u"quickFiltersAction"_s);
    quickAction->setCheckable(true);
    quickAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    quickAction->setToolTip(tr("Filter by user, client, OS, address range and time (Ctrl+Shift+F)"));
    quickAction->setChecked(QSettings().value(kQuickFiltersKey, true).toBool());
    m_quickFilters->setVisible(quickAction->isChecked());
    connect(quickAction, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(kQuickFiltersKey, on);
        m_quickFilters->setVisible(on);
        if (on)
            m_quickFilters->userEdit()->setFocus(Qt::ShortcutFocusReason);
        else if (m_quickFilters->isActive())
            m_quickFilters->clear(); // hidden filters would hide rows without saying why
    });
    addAction(quickAction);
    findChild<QMenu *>(u"viewMenu"_s)->addAction(quickAction);
    centralLayout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_countLabel = new QLabel(this);
    m_statusLabel = new StatusLabel(this);
    m_statusLabel->setObjectName(u"status"_s);
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

    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &MainWindow::scheduleStatusUpdate);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &MainWindow::sizeColumnsOnce);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateCounts);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &MainWindow::updateCounts);
    connect(header, &QHeaderView::sectionMoved, this, [this] { m_filter->setFilterColumns(visibleColumns()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateSelectionActions);
    m_details = new DetailsDock(m_nam, this);
    addDockWidget(Qt::RightDockWidgetArea, m_details);
    m_details->hide();
    QAction *detailsAction = m_details->toggleViewAction();
    detailsAction->setText(tr("&Details"));
    detailsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    findChild<QMenu *>(u"viewMenu"_s)->addAction(detailsAction);
    // Sorting from the keyboard: View > Sort By, or Ctrl+Shift+S for the same menu at the table.
    auto *sortMenu = new QMenu(tr("&Sort By"), this);
    sortMenu->setObjectName(u"sortMenu"_s);
    connect(sortMenu, &QMenu::aboutToShow, this, [this, sortMenu] { fillSortMenu(sortMenu); });
    findChild<QMenu *>(u"viewMenu"_s)->addMenu(sortMenu);
    auto *sortAction = new QAction(tr("Sort By…"), this);
    sortAction->setObjectName(u"sortAction"_s);
    sortAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(sortAction, &QAction::triggered, this, [this, sortMenu] {
        const QRect current = m_table->visualRect(m_table->currentIndex());
        const QPoint at = current.isValid() ? current.bottomLeft() : QPoint(0, 0);
        sortMenu->popup(m_table->viewport()->mapToGlobal(at));
    });
    addAction(sortAction);
    m_overview = new OverviewDock(m_filter, this);
    addDockWidget(Qt::RightDockWidgetArea, m_overview);
    m_overview->hide();
    QAction *overviewAction = m_overview->toggleViewAction();
    overviewAction->setText(tr("&Overview"));
    overviewAction->setIcon(QIcon::fromTheme(u"view-statistics"_s, QIcon(u":/icons/overview.svg"_s)));
    overviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    overviewAction->setToolTip(tr("Sessions started per day and the split by client and OS, for the rows shown (Ctrl+Shift+O)"));
    findChild<QMenu *>(u"viewMenu"_s)->addAction(overviewAction);
    toolbar->addAction(overviewAction);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        const Session s = current.isValid() ? current.data(SessionRoles::SessionRole).value<Session>() : Session();
        const QByteArray listed = m_listedJson.value(current.data(SessionRoles::SessionIdRole).toString());
        m_details->showSession(s, listed.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument::fromJson(listed).toJson(QJsonDocument::Indented)));
    });
    updateSelectionActions();
}

void MainWindow::sizeColumnsOnce()
{
    if (m_columnsSized || m_filter->rowCount() == 0)
        return;
    m_columnsSized = true;
    QHeaderView *header = m_table->horizontalHeader();
    const int maxWidth = m_table->fontMetrics().averageCharWidth() * 40;
    // Only the rows on screen are measured here: laying out the first page's hundred rows
    // in every column took 8 ms, most of the turn of the event loop that shows them.
    const int precision = header->resizeContentsPrecision();
    header->setResizeContentsPrecision(0);
    for (int c = 0; c < kSessionColumnCount; ++c) {
        m_table->resizeColumnToContents(c);
        header->resizeSection(c, std::min(header->sectionSize(c) + 12, maxWidth));
    }
    header->setResizeContentsPrecision(precision);
}

void MainWindow::addTemporaryServer(const QString &title, const Connection &connection, const QString &signInHint)
{
    for (TemporaryServer &s : m_temporary) {
        if (s.title == title) {
            s = {title, connection, signInHint};
            return reloadProfileCombo();
        }
    }
    m_temporary.append({title, connection, signInHint});
    reloadProfileCombo();
}

void MainWindow::openConnection(const Connection &connection, const QString &title, const QString &signInHint)
{
    if (std::none_of(m_temporary.cbegin(), m_temporary.cend(), [&](const TemporaryServer &s) { return s.title == title; }))
        m_temporary.append({title, connection, signInHint});
    cancelLoading();
    ++m_openGeneration;
    m_connection = connection;
    m_hasConnection = true;
    m_revokeDenied.clear();
    m_isProfile = false;
    m_merged = false;
    m_title = title;
    m_signInHint = signInHint;
    m_model->clear();
    applyHeaderFor(connection.kind);
    setWindowTitle(tr("%1 — SessionDesk").arg(title));
    reloadProfileCombo();
    updateSignInActions();
    m_stack->setCurrentWidget(m_table);
    refresh();
}

void MainWindow::openProfile(const QString &name)
{
    Profile profile;
    if (!m_profiles->find(name, &profile)) {
        showPage(tr("<h2>No profile named \"%1\"</h2><p><a href=\"profiles\">Manage profiles…</a></p>").arg(name.toHtmlEscaped()));
        return;
    }
    cancelLoading();
    const quint64 generation = ++m_openGeneration;
    m_profile = profile;
    m_isProfile = true;
    m_merged = false;
    m_hasConnection = false;
    m_title = profile.name;
    m_signInHint.clear();
    m_model->clear();
    applyHeaderFor(profile.kind);
    m_profiles->setLastUsed(profile.name);
    setWindowTitle(tr("%1 — SessionDesk").arg(profile.name));
    reloadProfileCombo();
    updateSignInActions();
    showPage(tr("<h2>Opening %1…</h2><p>Reading the credentials from the keychain.</p>").arg(profile.name.toHtmlEscaped()));
    m_keychain->read(profile.credentialKey(), this, [this, generation](const CredentialResult &r) {
        if (generation != m_openGeneration)
            return; // another server was opened meanwhile
        switch (r.status) {
        case CredentialResult::Status::Ok:
            return connectWithSecret(r.secret);
        case CredentialResult::Status::NotFound:
            if (m_profile.kind == ServerKind::RocketChat)
                return signIn();
            return showNotSignedIn({});
        case CredentialResult::Status::Unavailable:
        case CredentialResult::Status::Failed:
            showPage(tr("<h2>The keychain is not available</h2><p>%1</p><p>SessionDesk keeps credentials only in the "
                        "keychain. <a href=\"retry\">Try again</a> once it is running and unlocked.</p>")
                         .arg(r.error.toHtmlEscaped()));
            m_statusLabel->setText(r.error);
            return;
        }
    });
}

void MainWindow::openAllServers()
{
    // Temporary servers have their connection; profiles need their secret from the keychain.
    QList<MergedSource> sources;
    for (const TemporaryServer &t : std::as_const(m_temporary))
        sources.append({t.title, t.connection, {}});
    const QList<Profile> profiles = m_profiles->profiles();
    if (sources.isEmpty() && profiles.isEmpty())
        return showProfiles();
    cancelLoading();
    const quint64 generation = ++m_openGeneration;
    if (profiles.isEmpty())
        return startMerged(std::move(sources));
    auto pending = std::make_shared<QList<MergedSource>>(std::move(sources));
    auto left = std::make_shared<int>(int(profiles.size()));
    const qsizetype first = pending->size();
    for (const Profile &p : profiles)
        pending->append({p.name, {}, tr("reading the keychain")});
    for (qsizetype i = 0; i < profiles.size(); ++i) {
        const Profile profile = profiles[i];
        m_keychain->read(profile.credentialKey(), this, [this, generation, pending, left, profile, index = first + i](const CredentialResult &r) {
            MergedSource &source = (*pending)[index];
            switch (r.status) {
            case CredentialResult::Status::Ok:
                source.connection = profile.connection(r.secret);
                source.unavailable.clear();
                break;
            case CredentialResult::Status::NotFound:
                source.unavailable = tr("not signed in; open it on its own to sign in.");
                break;
            case CredentialResult::Status::Unavailable:
            case CredentialResult::Status::Failed:
                source.unavailable = r.error;
                break;
            }
            if (--*left == 0 && generation == m_openGeneration)
                startMerged(*pending);
        });
    }
}

void MainWindow::startMerged(QList<MergedSource> sources)
{
    cancelLoading();
    m_mergedSources = std::move(sources);
    m_merged = true;
    m_isProfile = false;
    m_hasConnection = true;
    m_revokeDenied.clear();
    m_title = tr("All servers");
    m_signInHint.clear();
    m_connection = m_mergedSources.isEmpty() ? Connection() : m_mergedSources.first().connection;
    m_actionServer = m_mergedSources.isEmpty() ? QString() : m_mergedSources.first().name;
    m_details->setConnection(m_connection);
    m_model->clear();
    applyHeader(u"merged"_s, [](SessionColumn c) {
        return c != SessionColumn::Details && c != SessionColumn::EndedAt && c != SessionColumn::Host;
    });
    m_resizeColumnsAtFinish = !m_columnsSized; // no saved widths for the merged view
    setWindowTitle(tr("%1 — SessionDesk").arg(m_title));
    reloadProfileCombo();
    updateSignInActions();
    m_stack->setCurrentWidget(m_table);
    refresh();
}

int MainWindow::followSelectedServer()
{
    // Which servers the selection spans, by the rows' server tags (cheap for big selections).
    const SessionStore &store = m_model->store();
    QSet<QString> servers;
    QSet<uint32_t> seen;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows()) {
        const int source = m_filter->mapToSource(row).row();
        if (source >= 0 && !seen.contains(store.serverTag(source))) {
            seen.insert(store.serverTag(source));
            servers.insert(store.server(source));
        }
    }
    if (servers.isEmpty() && m_table->currentIndex().isValid())
        servers.insert(m_table->currentIndex().siblingAtColumn(int(SessionColumn::Server)).data().toString());
    m_selectionServers = int(servers.size());
    if (servers.size() == 1) {
        const QString name = *servers.cbegin();
        for (const MergedSource &s : std::as_const(m_mergedSources)) {
            if (s.name == name && name != m_actionServer) {
                m_actionServer = name;
                m_connection = s.connection;
                m_revokeDenied.clear(); // a refusal was that server's
                m_details->setConnection(m_connection);
            }
        }
    }
    return m_selectionServers;
}

void MainWindow::finishMergedFetch(const FetchResult &result)
{
    auto *merged = qobject_cast<MergedProvider *>(m_provider.data());
    QStringList failed;
    int loaded = 0;
    if (merged) {
        for (const MergedProvider::Outcome &o : merged->outcomes()) {
            const bool ok = o.result.status == FetchResult::Status::Ok;
            m_model->endRefresh(ok, o.name); // a failed server keeps its rows; the others drop their vanished ones
            if (ok)
                ++loaded;
            else if (o.result.status != FetchResult::Status::Canceled)
                failed << tr("%1: %2").arg(o.name, o.result.error);
        }
    }
    QString text;
    if (result.status == FetchResult::Status::Canceled)
        text = tr("Loading stopped; %1 sessions loaded.").arg(QLocale().toString(m_model->rowCount()));
    else
        text = tr("Loaded %1 sessions from %2 of %3 servers in %4 s.")
                   .arg(QLocale().toString(m_model->rowCount()))
                   .arg(loaded)
                   .arg(m_mergedSources.size())
                   .arg(double(m_loadTimer.elapsed()) / 1000.0, 0, 'f', 1);
    if (const int fresh = m_model->newRowCount(); fresh > 0)
        text += u' ' + tr("%n new since the last refresh (in bold).", nullptr, fresh);
    if (!failed.isEmpty())
        text += u' ' + tr("Not loaded: %1").arg(failed.join(u"; "_s));
    m_statusLabel->setText(text);
    m_statusLabel->setToolTip(failed.join(u'\n'));
    if (m_model->rowCount() == 0 && !failed.isEmpty())
        showLoadFailedPage(failed);
    if (m_resizeColumnsAtFinish) {
        // The first rows came from whichever server answered first (often one that fills few
        // columns): size the columns again now that every server's rows are in.
        m_resizeColumnsAtFinish = false;
        m_columnsSized = false;
        sizeColumnsOnce();
    }
}

bool MainWindow::openLastProfile()
{
    const QString last = m_profiles->lastUsed();
    if (last.isEmpty() || !m_profiles->contains(last))
        return false;
    openProfile(last);
    return true;
}

void MainWindow::connectWithSecret(const QString &secret)
{
    m_connection = m_profile.connection(secret);
    m_hasConnection = true;
    m_revokeDenied.clear(); // a new sign-in may have other rights
    updateSignInActions();
    m_stack->setCurrentWidget(m_table);
    refresh();
}

void MainWindow::setSignInPrompt(SignInPrompt *prompt)
{
    m_prompt = prompt ? prompt : m_ownPrompt.get();
}

QString MainWindow::pageText() const
{
    return m_stack->currentWidget() == m_emptyLabel ? m_emptyLabel->text() : QString();
}

void MainWindow::showPage(const QString &html)
{
    m_emptyLabel->setText(html);
    m_stack->setCurrentWidget(m_emptyLabel);
}

void MainWindow::showNotSignedIn(const QString &message)
{
    const QString name = m_title.toHtmlEscaped();
    const QString detail = message.isEmpty() ? QString() : u"<p>"_s + message.toHtmlEscaped() + u"</p>"_s;
    if (m_isProfile && m_profile.kind != ServerKind::RocketChat) {
        showPage(tr("<h2>No API key for %1</h2>%2<p><a href=\"profiles\">Enter the API key…</a></p>").arg(name, detail));
    } else {
        showPage(tr("<h2>Not signed in to %1</h2>%2<p><a href=\"signin\">Sign in…</a>%3</p>")
                     .arg(name, detail, m_isProfile ? tr(" · <a href=\"profiles\">Use a personal access token…</a>") : QString()));
    }
    m_statusLabel->setText(message.isEmpty() ? tr("Not signed in.") : message);
    updateSignInActions();
}

void MainWindow::onPageLink(const QString &link)
{
    if (link == u"signin"_s)
        signIn();
    else if (link == u"profiles"_s)
        showProfiles();
    else if (link == u"retry"_s && m_isProfile)
        openProfile(m_profile.name);
}

void MainWindow::signIn(const QString &message)
{
    const bool rocketChat = m_isProfile ? m_profile.kind == ServerKind::RocketChat
                                        : (m_hasConnection && m_connection.kind == ServerKind::RocketChat);
    if (!rocketChat || m_signInFlow)
        return;
    cancelLoading();
    const Connection target = m_isProfile ? m_profile.connection() : m_connection;
    m_signInFlow = new SignInFlow(target, m_nam, m_prompt, this);
    const quint64 generation = m_openGeneration;
    showPage(tr("<h2>Signing in to %1…</h2>").arg(m_title.toHtmlEscaped()));
    connect(m_signInFlow, &SignInFlow::finished, this, [this, generation](const SignInResult &r) {
        m_signInFlow->deleteLater();
        if (generation != m_openGeneration)
            return;
        if (r.status != SignInResult::Status::SignedIn) {
            showNotSignedIn(r.status == SignInResult::Status::Failed ? r.error : QString());
            return;
        }
        if (!m_isProfile) { // a one-off or demo connection: the sign-in lives in memory only
            m_connection.userId = r.userId;
            m_connection.secret = r.authToken;
            m_hasConnection = true;
            updateSignInActions();
            m_stack->setCurrentWidget(m_table);
            refresh();
            return;
        }
        m_profile.userId = r.userId;
        QString error;
        if (!m_profiles->save(m_profile, &error))
            m_statusLabel->setText(error);
        m_keychain->write(m_profile.credentialKey(), r.authToken, this, [this, generation](const CredentialResult &w) {
            if (generation == m_openGeneration && w.status != CredentialResult::Status::Ok)
                m_statusLabel->setText(tr("Signed in, but the token could not be stored: %1").arg(w.error));
        });
        connectWithSecret(r.authToken);
    });
    QString prompt = message;
    if (!m_signInHint.isEmpty())
        prompt = prompt.isEmpty() ? m_signInHint : prompt + u' ' + m_signInHint;
    m_signInFlow->start(prompt);
}

void MainWindow::signOut()
{
    if (!m_hasConnection || m_connection.kind != ServerKind::RocketChat)
        return;
    cancelLoading();
    ++m_openGeneration;
    // End the sign-in on the server (best effort) and forget the token here.
    auto *auth = new RocketChatAuth(m_connection, m_nam, this);
    auth->logout([this, auth](bool ok, const QString &error) {
        auth->deleteLater();
        if (!ok)
            m_statusLabel->setText(tr("The server did not confirm the sign-out: %1").arg(error));
    });
    if (m_isProfile) {
        m_keychain->remove(m_profile.credentialKey(), this, [this](const CredentialResult &r) {
            if (r.status != CredentialResult::Status::Ok)
                m_statusLabel->setText(r.error);
        });
    }
    m_connection.secret.clear();
    m_hasConnection = false;
    m_model->clear();
    updateCounts();
    showNotSignedIn(tr("Signed out."));
}

void MainWindow::showProfiles()
{
    auto *dialog = new ProfileDialog(m_profiles.get(), m_keychain, m_nam, m_prompt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(u"profileDialog"_s);
    if (m_isProfile)
        dialog->selectProfile(m_profile.name);
    connect(dialog, &ProfileDialog::profilesChanged, this, [this] {
        reloadProfileCombo();
        if (m_isProfile && !m_profiles->contains(m_profile.name)) {
            cancelLoading();
            ++m_openGeneration;
            m_isProfile = false;
            m_hasConnection = false;
            m_model->clear();
            updateCounts();
            setWindowTitle(tr("SessionDesk"));
            showPage(tr("<h2>The profile was removed</h2><p>Choose another server in the toolbar, or "
                        "<a href=\"profiles\">add a profile…</a></p>"));
            updateSignInActions();
        }
    });
    connect(dialog, &ProfileDialog::saved, this, [this](const QString &name) {
        // Saving the open profile (or the first one) opens it with its new settings.
        if (!m_hasConnection || currentProfile() == name || (!m_isProfile && m_title.isEmpty()))
            openProfile(name);
    });
    dialog->open();
}

void MainWindow::reloadProfileCombo()
{
    const QSignalBlocker blocker(m_profileCombo);
    m_profileCombo->clear();
    int current = -1;
    for (qsizetype i = 0; i < m_temporary.size(); ++i) {
        if (!m_isProfile && !m_merged && m_temporary[i].title == m_title)
            current = m_profileCombo->count();
        m_profileCombo->addItem(m_temporary[i].title, u"temp:%1"_s.arg(i));
    }
    if (!m_temporary.isEmpty())
        m_profileCombo->insertSeparator(m_profileCombo->count());
    for (const Profile &p : m_profiles->profiles()) {
        if (m_isProfile && !m_merged && p.name == m_profile.name)
            current = m_profileCombo->count();
        m_profileCombo->addItem(p.name, QString(u"profile:"_s + p.name));
    }
    if (m_profileCombo->count() == 0) {
        m_profileCombo->addItem(tr("No profiles"), QString());
    } else if (m_temporary.size() + m_profiles->profiles().size() >= 2) {
        m_profileCombo->insertSeparator(m_profileCombo->count());
        if (m_merged)
            current = m_profileCombo->count();
        m_profileCombo->addItem(tr("All servers"), u"merged"_s);
    }
    m_profileCombo->setCurrentIndex(std::max(0, current));
}

void MainWindow::updateSignInActions()
{
    if (m_merged) { // signing in is per server: open it on its own
        m_signInAction->setEnabled(false);
        m_signOutAction->setEnabled(false);
        return;
    }
    const bool rocketChat = m_isProfile ? m_profile.kind == ServerKind::RocketChat
                                        : (m_hasConnection && m_connection.kind == ServerKind::RocketChat);
    m_signInAction->setEnabled(rocketChat && !m_signInFlow);
    m_signOutAction->setEnabled(rocketChat && m_hasConnection && !m_connection.secret.isEmpty());
}

void MainWindow::openReplay()
{
    const QModelIndex current = m_table->currentIndex();
    if (!m_hasConnection || m_connection.kind != ServerKind::OpenReplay || !current.isValid())
        return;
    const QString sessionId = current.data(SessionRoles::SessionIdRole).toString();
    const Connection connection = m_connection;
    auto open = [this, connection, sessionId](qint64 projectId) {
        const QUrl url = OpenReplayParser::replayUrl(connection.baseUrl, projectId, sessionId);
        if (!QDesktopServices::openUrl(url))
            m_statusLabel->setText(tr("Could not open %1.").arg(url.toDisplayString()));
    };
    if (m_openReplayProjectIds.contains(connection.projectKey))
        return open(m_openReplayProjectIds.value(connection.projectKey));
    m_statusLabel->setText(tr("Looking up the project on %1…").arg(connection.displayName()));
    OpenReplayClient::listProjects(connection, m_nam, this, [this, connection, open](const QList<OpenReplayParser::Project> &projects, const QString &error) {
        for (const OpenReplayParser::Project &p : projects)
            m_openReplayProjectIds.insert(p.key, p.id);
        if (!m_openReplayProjectIds.contains(connection.projectKey)) {
            m_statusLabel->setText(error.isEmpty() ? tr("%1 does not list the project %2.").arg(connection.displayName(), connection.projectKey) : error);
            return;
        }
        m_statusLabel->clear();
        open(m_openReplayProjectIds.value(connection.projectKey));
    });
}

void MainWindow::refresh()
{
    if (!m_hasConnection)
        return;
    if (m_provider)
        m_provider->deleteLater();
    m_pendingBatches.clear();
    m_deferredFinish.reset();
    m_flushRoundRows = 0;
    m_received = 0;
    m_total = 0;
    m_listedJson.clear();
    if (m_merged) {
        m_provider = new MergedProvider(m_mergedSources, m_nam, this);
    } else {
        m_details->setConnection(m_connection);
        Connection connection = m_connection;
        connection.keepServerFields = !SessionDetails::supported(connection.kind); // see m_listedJson
        m_provider = SessionProvider::create(connection, m_nam, this);
    }
    if (!m_provider) {
        m_statusLabel->setText(tr("This server kind is not supported yet."));
        return;
    }
    connect(m_provider, &SessionProvider::batchReady, this, &MainWindow::queueBatch);
    connect(m_provider, &SessionProvider::progress, this, [this](qint64 received, qint64 total) {
        if (total <= 0)
            return;
        m_model->reserve(total);
        m_received = received;
        m_total = total;
        scheduleStatusUpdate();
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
    m_statusLabel->setText(m_merged ? tr("Loading sessions from every server (%1)…").arg(m_mergedSources.size())
                                    : tr("Loading sessions from %1…").arg(m_connection.displayName()));
    m_loadTimer.start();
    m_provider->fetch();
}

void MainWindow::cancelLoading()
{
    if (m_provider && m_provider->isFetching())
        m_provider->cancel();
    if (m_revokeJob)
        m_revokeJob->cancel();
}

void MainWindow::queueBatch(const SessionBatch &batch)
{
    // Pages can arrive every few milliseconds; repainting the table for each would cost
    // more than the data. The first page shows at once, later ones are merged in groups.
    m_pendingBatches.append(batch);
    if (batch.hasRaw()) {
        for (int i = 0; i < batch.size(); ++i) {
            const std::string_view raw = batch.raw(i);
            m_listedJson.insert(batch.sessionId(i), QByteArray(raw.data(), qsizetype(raw.size())));
        }
    }
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
    m_sliceTimer->stop();
    if (m_filter->isComputing()) // a large re-sort runs on the thread pool; computingFinished brings us back
        return;
    if (!m_pendingBatches.isEmpty() && !SessionTableModel::isMemoryReady()) {
        // Room for all rows was just reserved and a background thread is backing it with
        // memory; storing now would take those page faults here (tens of ms at a million).
        m_memoryWaitTimer->start();
        return;
    }
    if (!m_pendingBatches.isEmpty()) {
        // A slice per turn of the event loop, so the window keeps answering input between
        // slices however fast pages come in. The table repaints only when the rows on screen
        // change (SessionTableView), which rows stored below them do not.
        if (m_flushRoundRows == 0) {
            for (const SessionBatch &batch : std::as_const(m_pendingBatches))
                m_flushRoundRows += batch.size();
        }
        // Pages are stored a chunk at a time until the slice's time is spent: what a row
        // costs varies several times over (memory touched first, other threads taking
        // the core), so a row count fitted to earlier slices overshoots.
        QElapsedTimer cost;
        cost.start();
        qsizetype take = 0;
        int rows = 0;
        while (take < m_pendingBatches.size() && (take == 0 || cost.nsecsElapsed() < kFlushSliceNs)) {
            const qsizetype first = take;
            int chunk = 0;
            while (take < m_pendingBatches.size() && chunk < kFlushChunkRows)
                chunk += m_pendingBatches[take++].size();
            m_model->applyBatches(m_pendingBatches.mid(first, take - first));
            rows += chunk;
        }
        m_pendingBatches.remove(0, take);
        m_flushRoundRows = std::max(0, m_flushRoundRows - rows);
        if (m_flushRoundRows > 0 && !m_pendingBatches.isEmpty()) {
            m_sliceTimer->start();
            return;
        }
        m_flushRoundRows = 0;
        if (!m_pendingBatches.isEmpty()) { // arrived during this round: the next one
            m_flushTimer->start();
            return;
        }
    }
    if (m_deferredFinish) {
        // Rows that arrived last are put in place before the load counts as finished, so
        // nothing moves under a selection made after "Loaded" appears.
        m_filter->settle();
        if (m_filter->isComputing())
            return; // a large table re-sorts on the thread pool; computingFinished brings us back
        finishFetch(*std::exchange(m_deferredFinish, std::nullopt));
    }
}

void MainWindow::onFetchFinished(const FetchResult &result)
{
    // The last pages may still wait for their slice, or for a re-sort on the thread pool.
    m_deferredFinish = result;
    flushBatches();
}

void MainWindow::finishFetch(const FetchResult &result)
{
    m_progress->hide();
    m_cancelButton->hide();
    m_cancelAction->setEnabled(false);
    m_refreshAction->setEnabled(true);
    if (m_merged) {
        finishMergedFetch(result);
    } else {
        m_model->endRefresh(result.status == FetchResult::Status::Ok);
        if (!reportFetch(result))
            return;
    }
    m_quickFilters->updateChoices(m_model->store());
    applyQuickFilters(); // "last hour" counts back from now again
    updateCounts();
    updateSelectionActions();
    emit loadFinished(result);
}

void MainWindow::showLoadFailedPage(const QStringList &errors)
{
    QStringList lines;
    for (const QString &e : errors)
        lines << e.toHtmlEscaped();
    showPage(tr("<h2>Could not load sessions</h2><p>%1</p><p>Press F5 to try again.</p>").arg(lines.join(u"<br>"_s)));
}

bool MainWindow::reportFetch(const FetchResult &result)
{
    switch (result.status) {
    case FetchResult::Status::Ok: {
        QString text = tr("Loaded %1 sessions from %2 in %3 s.")
                           .arg(QLocale().toString(m_model->rowCount()), m_connection.displayName())
                           .arg(double(m_loadTimer.elapsed()) / 1000.0, 0, 'f', 1);
        if (const int fresh = m_model->newRowCount(); fresh > 0)
            text += u' ' + tr("%n new since the last refresh (in bold).", nullptr, fresh);
        if (result.totalChanged)
            text += u' ' + tr("The server's count changed while loading; refresh to be sure nothing is missing.");
        m_statusLabel->setText(text);
        break;
    }
    case FetchResult::Status::Canceled:
        m_statusLabel->setText(tr("Loading stopped; %1 sessions loaded.").arg(QLocale().toString(m_model->rowCount())));
        break;
    case FetchResult::Status::AuthenticationFailed:
        if (m_connection.kind == ServerKind::RocketChat) {
            // A token that stopped working: ask to sign in again instead of failing silently.
            m_statusLabel->setText(result.error);
            m_model->clear();
            updateCounts();
            emit loadFinished(result);
            signIn(tr("Your sign-in to %1 has expired or was revoked; sign in again.").arg(m_connection.displayName()));
            return false;
        }
        [[fallthrough]];
    case FetchResult::Status::Failed:
        m_statusLabel->setText(result.error);
        if (m_model->rowCount() == 0)
            showLoadFailedPage({result.error});
        break;
    }
    return true;
}

void MainWindow::applyQuickFilters()
{
    m_filter->setConditions(m_quickFilters->conditions());
    updateCounts();
}

void MainWindow::scheduleStatusUpdate()
{
    // Pages arrive hundreds of times a second; relaying out the status bar for each would
    // cost more than storing them. Ten updates a second read as live.
    if (!m_statusTimer->isActive())
        m_statusTimer->start();
}

void MainWindow::updateStatus()
{
    updateCounts();
    if (!isLoading() || m_total <= 0)
        return;
    // QProgressBar::setValue() repaints at once when the shown percentage changes, and
    // that paints everything pending in the window, the table included: 5-8 ms of the GUI
    // thread a few times a second during a million-row load, on top of the regular
    // repaint. With updates off meanwhile, the bar is drawn with the next regular repaint.
    m_progress->setUpdatesEnabled(false);
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(std::min<qint64>(1000, m_received * 1000 / m_total)));
    m_progress->setFormat(u"%p%"_s);
    m_progress->setUpdatesEnabled(true); // schedules that repaint
    m_statusLabel->setText(tr("Loading sessions from %1: %2 of %3…")
                               .arg(m_merged ? m_title : m_connection.displayName(), QLocale().toString(m_received),
                                    QLocale().toString(m_total)));
}

void MainWindow::updateCounts()
{
    const int shown = m_filter->rowCount();
    const int total = m_model->rowCount();
    m_countLabel->setText(shown == total && !m_filter->isFiltering()
                              ? tr("%1 sessions").arg(QLocale().toString(total))
                              : tr("%1 of %2 sessions").arg(QLocale().toString(shown), QLocale().toString(total)));
    QStringList filters;
    if (!m_filter->filterText().isEmpty())
        filters << tr("text \"%1\"").arg(m_filter->filterText());
    if (const QString quick = m_quickFilters->summary(); !quick.isEmpty())
        filters << quick;
    m_countLabel->setToolTip(filters.isEmpty() ? QString() : tr("Filtered by %1. Esc in the filter clears it.").arg(QLocale().createSeparatedList(filters)));
    m_exportAction->setEnabled(shown > 0);
    QString hint;
    if (total > 0 && shown == 0)
        hint = tr("No session matches the filter. Press Esc in the filter to clear it.");
    else if (total == 0 && m_hasConnection && !isLoading() && m_loadTimer.isValid())
        hint = m_connection.kind == ServerKind::OpenReplay && !m_merged
            ? tr("No recorded sessions for these users in this date range. Widen the range or add users in the "
                 "profile (Ctrl+Shift+P), then refresh (F5).")
            : tr("No sessions on this server. Refresh (F5) to look again.");
    m_tableHint->setText(hint);
    m_tableHint->setVisible(!hint.isEmpty());
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
    ExportChoice choice;
    choice.path = path;
    return exportTo(choice);
}

QString MainWindow::exportTo(const ExportChoice &choice)
{
    m_filter->applyPendingChanges();
    RowList selected;
    if (choice.selectionOnly) {
        // In the table's order, whatever order they were selected in.
        QList<int> proxyRows;
        for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
            proxyRows.append(index.row());
        std::sort(proxyRows.begin(), proxyRows.end());
        for (int row : std::as_const(proxyRows))
            selected.push_back(m_filter->mapToSource(m_filter->index(row, 0)).row());
    }
    const RowList &rows = choice.selectionOnly ? selected : m_filter->sourceRows();
    std::vector<SessionColumn> columns;
    if (choice.allColumns) {
        columns = SessionColumns::all();
        if (m_merged)
            columns.insert(columns.begin(), SessionColumn::Server);
    } else {
        columns = visibleColumns();
    }
    const SessionStore &store = m_model->store();

    if (choice.json) {
        QSaveFile file(choice.path);
        if (!file.open(QIODevice::WriteOnly))
            return tr("Could not open %1 for writing: %2").arg(QDir::toNativeSeparators(choice.path), file.errorString());
        QString error;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const bool ok = JsonWriter::write(&file, store, rows, columns, &error);
        QApplication::restoreOverrideCursor();
        if (!ok) {
            file.cancelWriting();
            return error;
        }
        return file.commit() ? QString() : tr("Could not save %1: %2").arg(QDir::toNativeSeparators(choice.path), file.errorString());
    }

    CsvWriter writer;
    CsvOptions options;
    options.byteOrderMark = choice.byteOrderMark;
    // Exports of a few hundred thousand rows take long enough on slow disks to want Cancel.
    std::unique_ptr<QProgressDialog> progress;
    CsvWriter::Progress onProgress;
    if (rows.size() > 200'000) {
        progress = std::make_unique<QProgressDialog>(tr("Exporting %1 sessions…").arg(QLocale().toString(qint64(rows.size()))),
                                                     tr("Cancel"), 0, int(rows.size()), this);
        progress->setWindowModality(Qt::WindowModal);
        progress->setMinimumDuration(300);
        onProgress = [&progress](qint64 written) {
            progress->setValue(int(written)); // a window-modal progress dialog keeps the window painting
            return !progress->wasCanceled();
        };
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = writer.writeFile(choice.path, store, rows, columns, options, onProgress);
    QApplication::restoreOverrideCursor();
    return ok ? QString() : writer.errorString();
}

void MainWindow::exportVisible()
{
    QSettings settings;
    const QString dir = settings.value(kExportDirKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    auto *dialog = new ExportDialog(m_filter->rowCount(), int(m_table->selectionModel()->selectedRows().size()),
                                    dir + u"/sessions.csv"_s, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const ExportChoice choice = dialog->choice();
        QSettings().setValue(kExportDirKey, QFileInfo(choice.path).absolutePath());
        const QString error = exportTo(choice);
        if (!error.isEmpty()) {
            QMessageBox::warning(this, tr("Export Failed"), error);
            return;
        }
        const int rows = choice.selectionOnly ? int(m_table->selectionModel()->selectedRows().size()) : m_filter->rowCount();
        m_statusLabel->setText(tr("Exported %1 sessions to %2.").arg(QLocale().toString(rows), QDir::toNativeSeparators(choice.path)));
    });
    dialog->open();
}

void MainWindow::restoreState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1600, 1000);
        resize(std::min(1480, available.width() * 9 / 10), std::min(900, available.height() * 9 / 10));
    }
    QMainWindow::restoreState(settings.value(kStateKey).toByteArray());
    applyHeaderFor(ServerKind::RocketChat);
}

void MainWindow::applyHeaderFor(ServerKind kind)
{
    applyHeader(ServerKinds::key(kind), [kind](SessionColumn c) { return shownByDefault(kind, c); });
}

void MainWindow::applyHeader(const QString &key, const std::function<bool(SessionColumn)> &shown)
{
    if (key == m_headerKey)
        return;
    QSettings settings;
    QHeaderView *header = m_table->horizontalHeader();
    if (!m_headerKey.isEmpty())
        settings.setValue(kHeaderKey + u'/' + m_headerKey, header->saveState());
    m_headerKey = key;
    const QByteArray saved = settings.value(kHeaderKey + u'/' + key).toByteArray();
    if (!saved.isEmpty() && header->restoreState(saved)) {
        m_table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
        m_columnsSized = true; // the user's own widths win
    } else {
        for (int c = 0; c < kSessionColumnCount; ++c)
            header->setSectionHidden(c, !shown(static_cast<SessionColumn>(c)));
        if (!header->isSectionHidden(int(SessionColumn::Server))) // a merged view leads with the server
            header->moveSection(header->visualIndex(int(SessionColumn::Server)), 0);
        m_table->sortByColumn(int(SessionColumn::StartedAt), Qt::DescendingOrder); // newest first
        m_columnsSized = false;
    }
    m_filter->setFilterColumns(visibleColumns());
}

void MainWindow::fillSortMenu(QMenu *menu)
{
    // The shown columns in view order; choosing the sorted one again reverses it.
    menu->clear();
    auto *group = new QActionGroup(menu);
    const int sorted = m_filter->sortColumn();
    const Qt::SortOrder order = m_filter->sortOrder();
    for (SessionColumn c : visibleColumns()) {
        const int column = int(c);
        QAction *a = menu->addAction(SessionColumns::title(c));
        a->setCheckable(true);
        a->setChecked(column == sorted);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, column, c] {
            const Qt::SortOrder next = column == m_filter->sortColumn()
                ? (m_filter->sortOrder() == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder)
                : (SessionColumns::isTime(c) ? Qt::DescendingOrder : Qt::AscendingOrder); // times: newest first
            m_table->sortByColumn(column, next);
        });
    }
    menu->addSeparator();
    QAction *ascending = menu->addAction(tr("&Ascending"), this, [this] {
        if (m_filter->sortColumn() >= 0)
            m_table->sortByColumn(m_filter->sortColumn(), Qt::AscendingOrder);
    });
    QAction *descending = menu->addAction(tr("&Descending"), this, [this] {
        if (m_filter->sortColumn() >= 0)
            m_table->sortByColumn(m_filter->sortColumn(), Qt::DescendingOrder);
    });
    auto *direction = new QActionGroup(menu);
    for (QAction *a : {ascending, descending}) {
        a->setCheckable(true);
        a->setEnabled(sorted >= 0);
        direction->addAction(a);
    }
    ascending->setChecked(sorted >= 0 && order == Qt::AscendingOrder);
    descending->setChecked(sorted >= 0 && order == Qt::DescendingOrder);
    QAction *unsorted = menu->addAction(tr("&Server Order"), this, [this] { m_table->sortByColumn(-1, Qt::AscendingOrder); });
    unsorted->setCheckable(true);
    unsorted->setChecked(sorted < 0);
}

void MainWindow::showHeaderMenu(const QPoint &pos)
{
    QHeaderView *header = m_table->horizontalHeader();
    QMenu menu(this);
    for (int c = 0; c < kSessionColumnCount; ++c) {
        QAction *action = menu.addAction(SessionColumns::title(static_cast<SessionColumn>(c)));
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(c));
        // Keep at least one column.
        action->setEnabled(header->isSectionHidden(c) || header->count() - header->hiddenSectionCount() > 1);
        connect(action, &QAction::toggled, this, [this, header, c](bool on) {
            header->setSectionHidden(c, !on);
            if (on && header->sectionSize(c) < 40)
                m_table->resizeColumnToContents(c);
            m_filter->setFilterColumns(visibleColumns());
        });
    }
    menu.exec(header->mapToGlobal(pos));
}

void MainWindow::saveState()
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, QMainWindow::saveState());
    if (!m_headerKey.isEmpty())
        settings.setValue(kHeaderKey + u'/' + m_headerKey, m_table->horizontalHeader()->saveState());
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        m_tableHint->setGeometry(m_table->viewport()->rect());
    if (watched == m_filterEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        // Down or Enter: on to the rows found, starting with the first.
        if ((key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter) && m_filter->rowCount() > 0) {
            m_table->setFocus(Qt::ShortcutFocusReason);
            if (!m_table->currentIndex().isValid())
                m_table->selectionModel()->setCurrentIndex(m_filter->index(0, m_table->horizontalHeader()->logicalIndex(0)),
                                                          QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return true;
        }
    }
    if (watched == m_filterEdit && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        // The first Esc clears the text, the next one the quick filters.
        if (!m_filterEdit->text().isEmpty()) {
            m_filterEdit->clear();
            return true;
        }
        if (m_quickFilters->isActive()) {
            m_quickFilters->clear();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    cancelLoading();
    saveState();
    event->accept();
}

// --- Session actions -------------------------------------------------------------------

void MainWindow::showShortcuts()
{
    // Every action with a shortcut, as the menus name it, plus keys that are not actions.
    QStringList rows;
    QSet<QString> seen;
    for (const QAction *action : findChildren<QAction *>()) {
        if (action->shortcut().isEmpty())
            continue;
        const QString keys = action->shortcut().toString(QKeySequence::NativeText);
        QString text = action->text();
        text.remove(u'&').remove(u'…');
        if (seen.contains(keys + text))
            continue;
        seen.insert(keys + text);
        rows << u"<tr><td><b>%1</b></td><td>%2</td></tr>"_s.arg(keys.toHtmlEscaped(), text.toHtmlEscaped());
    }
    rows.sort();
    rows << u"<tr><td><b>%1</b></td><td>%2</td></tr>"_s.arg(tr("Esc"), tr("Clear the filter, then the quick filters (in the filter)"))
         << u"<tr><td><b>%1</b></td><td>%2</td></tr>"_s.arg(tr("Down, Enter"), tr("On to the rows found (in the filter)"))
         << u"<tr><td><b>%1</b></td><td>%2</td></tr>"_s.arg(tr("Menu key"), tr("The selected rows' actions (in the table)"))
         << u"<tr><td><b>%1</b></td><td>%2</td></tr>"_s.arg(tr("Shift+arrows, Ctrl+A"), tr("Select rows (in the table)"));
    auto *box = new QMessageBox(QMessageBox::NoIcon, tr("Keyboard Shortcuts"),
                                u"<table cellspacing=\"6\">%1</table>"_s.arg(rows.join(QString())), QMessageBox::Close, this);
    box->setObjectName(u"shortcuts"_s);
    box->setTextFormat(Qt::RichText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::setAutoRefreshSeconds(int seconds)
{
    if (seconds <= 0) {
        m_autoRefreshTimer->stop();
        return;
    }
    m_autoRefreshTimer->start(seconds * 1000);
}

void MainWindow::showAuditLog()
{
    if (auto *open = findChild<AuditLogDialog *>(u"auditLog"_s)) {
        open->reload();
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new AuditLogDialog(*m_audit, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show(); // not modal: the table stays usable beside it
}

void MainWindow::setAuditLogFile(const QString &path)
{
    m_audit = std::make_unique<AuditLog>(path);
}

QString MainWindow::revokeBlockedReason() const
{
    if (!m_hasConnection)
        return tr("Not connected to a server.");
    if (m_connection.kind == ServerKind::OpenReplay)
        return tr("OpenReplay recordings cannot be revoked; delete the user's data instead.");
    if (m_revokeJob)
        return tr("A revocation is still running.");
    if (m_merged && m_selectionServers > 1)
        return tr("The selection spans %1 servers; select sessions of one server (sort or filter by the Server column).")
            .arg(m_selectionServers);
    if (!m_revokeDenied.isEmpty())
        return tr("%1 Sign in with an account that may revoke sessions, then try again.").arg(m_revokeDenied);
    return {};
}

void MainWindow::updateSelectionActions()
{
    if (m_merged)
        followSelectedServer();
    const int selected = int(m_table->selectionModel()->selectedRows().size());
    const QString blocked = revokeBlockedReason();
    m_revokeAction->setEnabled(selected > 0 && blocked.isEmpty());
    m_revokeAction->setText(selected > 1 ? tr("&Revoke %1 Sessions…").arg(QLocale().toString(selected)) : tr("&Revoke Session…"));
    m_revokeAction->setToolTip(!blocked.isEmpty() ? blocked : tr("Sign the selected devices out (Delete)"));
    m_copyAction->setEnabled(selected > 0);
    const bool seam = m_hasConnection && m_connection.kind == ServerKind::Seam;
    const bool openReplay = m_hasConnection && m_connection.kind == ServerKind::OpenReplay;
    const bool oneServer = !m_merged || m_selectionServers <= 1;
    m_deleteAction->setEnabled(selected > 0 && seam && !m_revokeJob && oneServer);
    m_deleteAction->setToolTip(seam ? tr("Delete the selected client sessions") : tr("Only Seam client sessions can be deleted."));
    m_deleteUserDataAction->setEnabled(selected > 0 && openReplay && !m_revokeJob && oneServer);
    m_openReplayAction->setEnabled(openReplay && m_table->currentIndex().isValid());
    m_deleteUserDataAction->setToolTip(openReplay ? tr("Delete everything recorded about the selected rows' users")
                                                  : tr("Only OpenReplay keeps user data to delete."));
}

void MainWindow::showTableMenu(const QPoint &pos)
{
    updateSelectionActions();
    QMenu menu(this);
    menu.setToolTipsVisible(true);
    menu.addAction(m_revokeAction);
    if (m_hasConnection && m_connection.kind == ServerKind::Seam)
        menu.addAction(m_deleteAction);
    if (m_hasConnection && m_connection.kind == ServerKind::OpenReplay) {
        menu.addAction(m_openReplayAction);
        menu.addAction(m_deleteUserDataAction);
    }
    menu.addSeparator();
    menu.addAction(m_copyAction);
    // The menu key gives no useful position: act on the current cell and open beside it.
    QModelIndex cell = m_table->indexAt(pos);
    QPoint at = pos;
    if (m_table->currentIndex().isValid() && (!cell.isValid() || !m_table->selectionModel()->isSelected(cell))
        && m_table->selectionModel()->isSelected(m_table->currentIndex())) {
        cell = m_table->currentIndex();
        at = m_table->visualRect(cell).center();
    }
    if (cell.isValid()) {
        menu.addAction(tr("Copy &Cell"), this, [cell] { QGuiApplication::clipboard()->setText(cell.data().toString()); });
        menu.addAction(tr("Copy Session &ID"), this, [cell] {
            QGuiApplication::clipboard()->setText(cell.data(SessionRoles::SessionIdRole).toString());
        });
        menu.addSeparator();
        // From one session to all of its user's, or all from its address: the quick
        // filters take the value, so the admin sees what narrows the table and can widen it.
        const Session session = cell.data(SessionRoles::SessionRole).value<Session>();
        if (const QString user = session.userId.isEmpty() ? session.userName : session.userId; !user.isEmpty()) {
            const QString name = session.userName.isEmpty() ? session.userId : session.userName;
            menu.addAction(tr("Only Sessions of %1").arg(menuLabel(name)), this,
                           [this, user] { showOnly(m_quickFilters->userEdit(), user); });
        }
        if (!QHostAddress(session.ip).isNull()) {
            menu.addAction(tr("Only Sessions from %1").arg(menuLabel(session.ip)), this,
                           [this, ip = session.ip] { showOnly(m_quickFilters->addressEdit(), ip); });
        }
        menu.addSeparator();
        QAction *details = menu.addAction(tr("Show &Details"), this, [this] {
            m_details->show();
            m_details->raise();
        });
        details->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    }
    menu.exec(m_table->viewport()->mapToGlobal(at));
}

QString MainWindow::menuLabel(const QString &value)
{
    // A value from the server: kept short, and its "&" not taken for a mnemonic.
    QString label = value.size() > 40 ? value.left(39) + u'…' : value;
    return label.replace(u'&', u"&&"_s);
}

void MainWindow::showOnly(QLineEdit *quickFilter, const QString &value)
{
    // The text filter and the other quick filters would hide some of what the entry
    // promises: they are cleared, and the quick filters are shown with the one value set.
    m_filterEdit->clear();
    m_quickFilters->clear();
    if (auto *quickAction = findChild<QAction *>(u"quickFiltersAction"_s); quickAction && !quickAction->isChecked())
        quickAction->setChecked(true);
    quickFilter->setText(value);
    quickFilter->setCursorPosition(0); // the start of a long id in sight
}

QString MainWindow::selectionTsv(int *rowCount) const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    const std::vector<SessionColumn> columns = visibleColumns();
    QString text;
    for (const QModelIndex &row : rows) {
        QStringList cells;
        for (SessionColumn c : columns) {
            QString value = m_filter->index(row.row(), int(c)).data().toString();
            value.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' ');
            cells.append(value);
        }
        text += cells.join(u'\t') + u'\n';
    }
    if (rowCount)
        *rowCount = int(rows.size());
    return text;
}

QMimeData *MainWindow::selectionMimeData() const
{
    auto *data = new QMimeData;
    const QString tsv = selectionTsv();
    data->setText(tsv);
    data->setData(u"text/tab-separated-values"_s, tsv.toUtf8());
    return data;
}

void MainWindow::copySelection()
{
    int rows = 0;
    QGuiApplication::clipboard()->setText(selectionTsv(&rows));
    m_statusLabel->setText(tr("Copied %1 rows.").arg(QLocale().toString(rows)));
}

void MainWindow::revokeSelected()
{
    confirmSessionAction(false);
}

void MainWindow::deleteSelected()
{
    if (m_hasConnection && m_connection.kind == ServerKind::Seam)
        confirmSessionAction(true);
}

void MainWindow::deleteUserDataSelected()
{
    if (!m_hasConnection || m_connection.kind != ServerKind::OpenReplay || m_revokeJob || (m_merged && m_selectionServers > 1))
        return;
    QStringList users;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows()) {
        const QString user = row.data(SessionRoles::SessionRole).value<Session>().userId;
        if (!user.isEmpty() && !users.contains(user))
            users.append(user);
    }
    if (users.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete User Data"),
                                tr("<p>Ask %1 to delete <b>everything it recorded</b> about these users? This cannot be "
                                   "undone.</p><ul><li>%2</li></ul>")
                                    .arg(m_connection.displayName().toHtmlEscaped(), users.mid(0, 10).join(u"</li><li>"_s).toHtmlEscaped()),
                                QMessageBox::Cancel, this);
    QPushButton *confirm = box->addButton(tr("Delete User Data"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, confirm, users] {
        if (box->clickedButton() != confirm)
            return;
        auto remaining = std::make_shared<QStringList>(users);
        auto results = std::make_shared<QStringList>();
        // One user after another. The step refers to itself weakly; the request in flight
        // holds it, so it is freed after the last answer (a strong self-reference would leak).
        auto next = std::make_shared<std::function<void()>>();
        *next = [this, remaining, results, weakNext = std::weak_ptr(next)] {
            if (remaining->isEmpty()) {
                m_statusLabel->setText(results->join(u' '));
                return;
            }
            const QString user = remaining->takeFirst();
            OpenReplayClient::deleteUserData(m_connection, user, m_nam, this,
                                             [this, user, results, next = weakNext.lock()](const OpenReplayClient::DeleteResult &r) {
                                                 m_audit->append(r.auditEntry(m_connection, m_isProfile ? m_profile.name : m_title, user));
                                                 results->append(r.message);
                                                 (*next)();
                                             });
        };
        (*next)();
    });
    box->open();
}

void MainWindow::confirmSessionAction(bool deleteInstead)
{
    const QString blocked = revokeBlockedReason();
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (!blocked.isEmpty() || rows.isEmpty())
        return;
    // Capture what the user sees now: session ids, never row numbers.
    QList<RevokeTarget> targets;
    QStringList lines;
    QSet<QString> users;
    constexpr int kListed = 10;
    for (const QModelIndex &row : rows) {
        const Session s = row.data(SessionRoles::SessionRole).value<Session>();
        const QString id = s.sessionId.isEmpty() ? s.id : s.sessionId;
        targets.append({id, s.userId});
        users.insert(s.userId);
        if (lines.size() < kListed) {
            lines.append(tr("%1 — %2 on %3 (%4)")
                             .arg(s.userName.isEmpty() ? s.userId : s.userName,
                                  SessionFormat::device(s.deviceName, s.deviceVersion), SessionFormat::os(s.osName, s.osVersion), id)
                             .toHtmlEscaped());
        }
    }
    QString list = u"<ul><li>"_s + lines.join(u"</li><li>"_s) + u"</li></ul>"_s;
    if (targets.size() > kListed)
        list += tr("<p>and %1 more.</p>").arg(QLocale().toString(targets.size() - kListed));
    auto *box = new QMessageBox(QMessageBox::Warning, deleteInstead ? tr("Delete Sessions") : tr("Revoke Sessions"),
                                (deleteInstead ? tr("<p>Delete <b>%1</b> client sessions of <b>%2</b> users on %3?</p>%4")
                                               : tr("<p>Sign out <b>%1</b> sessions of <b>%2</b> users on %3? The devices will have to "
                                                    "sign in again.</p>%4"))
                                    .arg(QLocale().toString(targets.size()), QLocale().toString(users.size()),
                                         m_connection.displayName().toHtmlEscaped(), list),
                                QMessageBox::Cancel, this);
    box->setObjectName(u"revokeConfirmation"_s);
    box->setTextFormat(Qt::RichText);
    QPushButton *revoke = box->addButton(deleteInstead ? tr("Delete") : tr("Revoke"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel); // the destructive button is never the default
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, revoke, targets, deleteInstead] {
        if (box->clickedButton() == revoke)
            revokeSessions(targets, deleteInstead);
    });
    box->open();
}

void MainWindow::revokeSessions(const QList<RevokeTarget> &targets, bool deleteInstead)
{
    if (!revokeBlockedReason().isEmpty() || targets.isEmpty())
        return;
    auto *job = new RevokeJob(m_connection, targets, m_nam, this);
    m_revokeJob = job;
    job->setAuditLog(m_audit.get(), m_merged ? m_actionServer : m_isProfile ? m_profile.name : m_title);
    job->setProperty("server", m_merged ? m_actionServer : QString());
    if (deleteInstead)
        job->setAction(RevokeJob::Action::Delete);
    updateSelectionActions();
    m_progress->setRange(0, int(targets.size()));
    m_progress->setValue(0);
    m_progress->setFormat(u"%v/%m"_s);
    m_progress->show();
    m_cancelButton->show();
    m_cancelAction->setEnabled(true);
    m_statusLabel->setText(tr("Revoking %1 sessions…").arg(QLocale().toString(targets.size())));
    connect(job, &RevokeJob::progress, m_progress, &QProgressBar::setValue);
    connect(job, &RevokeJob::rateLimited, this, [this](int seconds) {
        m_statusLabel->setText(tr("The server is rate limiting; continuing in %1 s…").arg(seconds));
    });
    connect(job, &RevokeJob::twoFactorRequired, this, [this, job](const QString &method, const QString &message) {
        QPointer<RevokeJob> guard(job);
        const QString text = m_signInHint.isEmpty() ? message : (message.isEmpty() ? m_signInHint : message + u' ' + m_signInHint);
        m_prompt->askCode(m_connection.displayName(), method, text, [guard, method](std::optional<QString> code) {
            if (!guard)
                return;
            if (code)
                guard->provideTwoFactor(method, *code);
            else
                guard->cancel(tr("No second factor was given."));
        });
    });
    connect(job, &RevokeJob::finished, this, [this, job] {
        job->deleteLater();
        if (!job->deniedReason().isEmpty())
            m_revokeDenied = job->deniedReason(); // disable Revoke, saying why, until the sign-in changes
        m_revokeJob = nullptr; // done: another may start now (e.g. Retry Failed), before the deletion
        m_progress->hide();
        m_cancelButton->hide();
        m_cancelAction->setEnabled(false);
        QStringList gone;
        int failed = 0;
        for (const RevokeOutcome &o : job->outcomes()) {
            if (o.succeeded())
                gone.append(o.target.sessionId);
            else
                ++failed;
        }
        m_model->removeSessions(gone, job->property("server").toString()); // no reload: the rest keeps its selection and scroll position
        updateCounts();
        updateSelectionActions();
        const bool deleted = job->action() == RevokeJob::Action::Delete;
        const QString done = QLocale().toString(gone.size());
        if (failed == 0)
            m_statusLabel->setText(deleted ? tr("Deleted %1 sessions.").arg(done) : tr("Revoked %1 sessions.").arg(done));
        else
            m_statusLabel->setText((deleted ? tr("Deleted %1 sessions; %2 failed.") : tr("Revoked %1 sessions; %2 failed."))
                                       .arg(done, QLocale().toString(failed)));
        // Session by session, whenever there was more than one or anything went wrong.
        if (failed > 0 || job->outcomes().size() > 1) {
            auto *results = new RevokeResultsDialog(job->outcomes(), deleted, this);
            results->setAttribute(Qt::WA_DeleteOnClose);
            connect(results, &RevokeResultsDialog::retryRequested, this,
                    [this, deleted](const QList<RevokeTarget> &targets) { revokeSessions(targets, deleted); });
            results->open();
        }
        emit revokeFinished(int(gone.size()), failed);
    });
    job->start();
}
