// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection.h"
#include "profiles.h"
#include "providers/mergedprovider.h"
#include "providers/sessionprovider.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QHash>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class CredentialStore;
class DetailsDock;
class OverviewDock;
class AuditLog;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QProgressBar;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;
class QuickFilterBar;
class SessionFilterModel;
class RevokeJob;
class SessionTableModel;
class SignInFlow;
class SignInPrompt;

/**
 * SessionDesk's main window: the session table of one server with a filter field,
 * refresh, CSV export and a status bar with counts and load progress. Servers come from
 * saved profiles (switcher in the toolbar, secrets from the keychain) or from a one-off
 * connection (demo, command line). An expired Rocket.Chat sign-in leads to the sign-in
 * prompt instead of an error.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// profilesFile: the profile settings file; empty = the user's default one.
    explicit MainWindow(const QString &profilesFile = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Shows the sessions of connection and starts loading them (not a saved profile:
    /// a sign-in stays in memory). signInHint is shown when asking for a password.
    void openConnection(const Connection &connection, const QString &title, const QString &signInHint = {});
    /// Lists a server that is not a saved profile (the demo's servers) in the switcher.
    void addTemporaryServer(const QString &title, const Connection &connection, const QString &signInHint = {});
    /// Opens the saved profile name: reads its secret from the keychain, then loads.
    void openProfile(const QString &name);
    /// Opens the last used profile, if any; returns false when there is none.
    bool openLastProfile();
    /**
     * Shows every server of the switcher (saved profiles and one-off servers) in one table
     * with a Server column. Each loads on its own; one that fails or is not signed in is
     * named in the status bar and the others' sessions stay. Actions work on the selected
     * sessions of one server at a time.
     */
    void openAllServers();
    bool isMerged() const { return m_merged; }

    /// Replaces the dialogs that ask for passwords and codes (tests answer from a script).
    void setSignInPrompt(SignInPrompt *prompt);
    ProfileStore *profileStore() const { return m_profiles.get(); }
    QString currentProfile() const { return m_isProfile ? m_profile.name : QString(); }
    /// The text of the page shown instead of the table (empty state, errors, sign-in).
    QString pageText() const;

    SessionTableModel *sessionModel() const { return m_model; }
    SessionFilterModel *filterModel() const { return m_filter; }
    QTableView *tableView() const { return m_table; }
    DetailsDock *detailsDock() const { return m_details; }
    OverviewDock *overviewDock() const { return m_overview; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    QuickFilterBar *quickFilters() const { return m_quickFilters; }
    bool isLoading() const { return m_provider && m_provider->isFetching(); }

    /// The selected rows as tab-separated text, in view order and with the columns shown.
    QString selectionTsv(int *rowCount = nullptr) const;
    /// What dragging the selection out of the table carries (plain text and TSV).
    class QMimeData *selectionMimeData() const;
    /// Writes the visible rows and columns (in view order) to path; returns an error or empty.
    QString exportCsv(const QString &path);
    /// Writes what choice says (rows shown or selected, columns shown or all, CSV or
    /// JSON) atomically; big CSV exports show progress with Cancel. Error or empty.
    QString exportTo(const struct ExportChoice &choice);

public Q_SLOTS:
    void refresh();
    void cancelLoading();
    void exportVisible();
    void showProfiles();
    void signIn(const QString &message = {});
    void signOut();
    /// Refreshes every seconds while a server is shown (0: off). The View menu offers 30,
    /// 60 and 300 and remembers the choice.
    void setAutoRefreshSeconds(int seconds);
    /// Lists every keyboard shortcut (Help > Keyboard Shortcuts, F1).
    void showShortcuts();
    /// Shows the audit log (non-modal; raised and reloaded when already open).
    void showAuditLog();
    /// Asks to revoke the selected sessions; the ids are captured now, before any refresh.
    void revokeSelected();
    /// Seam: deletes the selected client sessions (after confirmation).
    void deleteSelected();
    /// OpenReplay: deletes everything recorded about the selected rows' users (after confirmation).
    void deleteUserDataSelected();
    void copySelection();
    /// OpenReplay: opens the current row's recording in the browser.
    void openReplay();

public:
    /// Revokes the given sessions without asking (the confirmed part of revokeSelected()).
    void revokeSessions(const QList<struct RevokeTarget> &targets, bool deleteInstead = false);
    /// Where revocations are recorded (default: the per-user audit log).
    void setAuditLogFile(const QString &path);

Q_SIGNALS:
    void loadFinished(const FetchResult &result);
    void revokeFinished(int succeeded, int failed);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setupActions();
    void setupUi();
    void updateCounts();
    void applyQuickFilters();
    void scheduleStatusUpdate();
    void updateStatus();
    void queueBatch(const SessionBatch &batch);
    void flushBatches();
    void sizeColumnsOnce();
    void onFetchFinished(const FetchResult &result);
    void finishFetch(const FetchResult &result);
    std::vector<SessionColumn> visibleColumns() const;
    void restoreState();
    void saveState();
    /// Column order, widths, visibility and sort are kept per server kind.
    void applyHeaderFor(ServerKind kind);
    /// Column state under settings key (a kind's, or "merged"); shown gives the defaults.
    void applyHeader(const QString &key, const std::function<bool(SessionColumn)> &shown);
    void showHeaderMenu(const QPoint &pos);
    void fillSortMenu(class QMenu *menu);
    void showPage(const QString &html);
    void showNotSignedIn(const QString &message);
    void connectWithSecret(const QString &secret);
    void reloadProfileCombo();
    void updateSignInActions();
    void onPageLink(const QString &link);
    void showTableMenu(const QPoint &pos);
    /// Clears every filter and sets \a quickFilter (one of the quick filters' fields) to \a value.
    void showOnly(QLineEdit *quickFilter, const QString &value);
    static QString menuLabel(const QString &value);
    void updateSelectionActions();
    QString revokeBlockedReason() const;
    /// Merged view: points m_connection at the server of the selected rows (or the
    /// current row); returns how many servers the selection spans.
    int followSelectedServer();
    void startMerged(QList<MergedSource> sources);
    /// The status and error page of a finished fetch of one server; false when it led to
    /// the sign-in prompt instead (the fetch is then announced already).
    bool reportFetch(const FetchResult &result);
    /// The merged view's part of finishing a fetch: each server's removals, status, errors.
    void finishMergedFetch(const FetchResult &result);
    void showLoadFailedPage(const QStringList &errors);
    void confirmSessionAction(bool deleteInstead);

    QNetworkAccessManager *m_nam;
    SessionTableModel *m_model;
    SessionFilterModel *m_filter;
    QTableView *m_table = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QLabel *m_tableHint = nullptr; ///< over an empty table: why, and what to do
    QLineEdit *m_filterEdit = nullptr;
    QuickFilterBar *m_quickFilters = nullptr;
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
    std::unique_ptr<ProfileStore> m_profiles;
    CredentialStore *m_keychain;
    std::unique_ptr<SignInPrompt> m_ownPrompt;
    SignInPrompt *m_prompt;
    QPointer<SignInFlow> m_signInFlow;
    Profile m_profile;          ///< the open profile when m_isProfile
    bool m_isProfile = false;
    bool m_merged = false;                ///< every server in one table (openAllServers)
    QList<MergedSource> m_mergedSources;
    QString m_actionServer;               ///< merged: the server m_connection points at
    int m_selectionServers = 0;           ///< merged: servers the selection spans
    QString m_headerKey; ///< whose column state the header shows; empty before the first
    QString m_title;
    QString m_signInHint;
    struct TemporaryServer
    {
        QString title;
        Connection connection;
        QString hint;
    };
    QList<TemporaryServer> m_temporary; ///< in memory only, never saved
    quint64 m_openGeneration = 0; ///< keychain answers for an earlier profile are ignored
    QComboBox *m_profileCombo = nullptr;
    QAction *m_signInAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QAction *m_revokeAction = nullptr;
    QAction *m_openReplayAction = nullptr;
    DetailsDock *m_details = nullptr;
    OverviewDock *m_overview = nullptr;
    QHash<QString, qint64> m_openReplayProjectIds; ///< project key -> id, for replay links
    /// The server's own JSON per session id for kinds without a single-session call
    /// (OpenReplay): their lists are small, and the details pane shows every field.
    QHash<QString, QByteArray> m_listedJson; ///< compact, as listed; indented only when shown
    QAction *m_copyAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_deleteUserDataAction = nullptr;
    QPointer<RevokeJob> m_revokeJob;
    QString m_revokeDenied; ///< the server's refusal (HTTP 403) for this connection, if any
    std::unique_ptr<AuditLog> m_audit;
    bool m_columnsSized = false;
    bool m_resizeColumnsAtFinish = false; ///< merged view: size the columns again once all servers are in
    QElapsedTimer m_loadTimer;
    QList<SessionBatch> m_pendingBatches;
    std::optional<FetchResult> m_deferredFinish; ///< a finished fetch waiting for a re-sort
    QTimer *m_statusTimer = nullptr;
    int m_flushRoundRows = 0; ///< rows still to store before the table repaints
    qint64 m_received = 0; ///< progress of the running fetch
    qint64 m_total = 0;
    QTimer *m_flushTimer = nullptr;
    QTimer *m_autoRefreshTimer = nullptr;
    QTimer *m_memoryWaitTimer = nullptr; // polls SessionTableModel::isMemoryReady()
    QTimer *m_sliceTimer = nullptr;      // the next slice of a flush round
};
