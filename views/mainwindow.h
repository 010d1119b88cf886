// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection.h"
#include "providers/sessionprovider.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QProgressBar;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;
class SessionFilterModel;
class SessionTableModel;

/**
 * SessionDesk's main window: the session table of one server with a filter field,
 * refresh, CSV export and a status bar with counts and load progress.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Shows the sessions of connection and starts loading them.
    void openConnection(const Connection &connection, const QString &title);

    SessionTableModel *sessionModel() const { return m_model; }
    SessionFilterModel *filterModel() const { return m_filter; }
    QTableView *tableView() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    bool isLoading() const { return m_provider && m_provider->isFetching(); }

    /// Writes the visible rows and columns (in view order) to path; returns an error or empty.
    QString exportCsv(const QString &path);

public Q_SLOTS:
    void refresh();
    void cancelLoading();
    void exportVisible();

Q_SIGNALS:
    void loadFinished(const FetchResult &result);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setupActions();
    void setupUi();
    void updateCounts();
    void queueBatch(const SessionBatch &batch);
    void flushBatches();
    void sizeColumnsOnce();
    void onFetchFinished(const FetchResult &result);
    std::vector<SessionColumn> visibleColumns() const;
    void restoreState();
    void saveState();

    QNetworkAccessManager *m_nam;
    SessionTableModel *m_model;
    SessionFilterModel *m_filter;
    QTableView *m_table = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancelButton = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_exportAction = nullptr;
    QPointer<SessionProvider> m_provider;
    Connection m_connection;
    bool m_hasConnection = false;
    bool m_columnsSized = false;
    QElapsedTimer m_loadTimer;
    QList<SessionBatch> m_pendingBatches;
    QTimer *m_flushTimer = nullptr;
};
