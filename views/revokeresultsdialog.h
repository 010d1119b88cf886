// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "revokejob.h"

#include <QDialog>
#include <QList>

class QLabel;
class QPushButton;
class QTableWidget;

/**
 * The outcome of a revoke or delete, session by session: revoked, already gone, failed
 * (with the server's reason), not sent, or unknown (no answer after sending; a refresh
 * tells). Problems are listed first. "Retry Failed" hands back the sessions that were
 * certainly not acted on (failed or not sent); unknown ones are left out, since the
 * server may have acted on them already.
 */
class RevokeResultsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RevokeResultsDialog)

public:
    RevokeResultsDialog(const QList<RevokeOutcome> &outcomes, bool deleted, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QPushButton *retryButton() const { return m_retry; }
    /// The sessions "Retry Failed" would send again.
    QList<RevokeTarget> retryable() const { return m_retryable; }
    static QString statusText(RevokeOutcome::Status status, bool deleted);

Q_SIGNALS:
    void retryRequested(const QList<RevokeTarget> &targets);

private:
    void copyAll() const;

    QTableWidget *m_table;
    QPushButton *m_retry;
    QList<RevokeTarget> m_retryable;
};
