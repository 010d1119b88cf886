// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditlog.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

/**
 * The record of revocations and deletions (the same file the CLI's `audit` reads),
 * newest first, filterable as you type and sortable by any column. Reload reads the
 * file again, e.g. after a CLI run. Lines that cannot be read are counted, not hidden.
 */
class AuditLogDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogDialog)

public:
    explicit AuditLogDialog(const AuditLog &log, QWidget *parent = nullptr);

    void reload();
    QTableView *table() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }

private:
    AuditLog m_log; // a copy: just the file name
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_filter;
    QLabel *m_status;
};
