// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection.h"
#include "session.h"

#include <QDockWidget>
#include <QPointer>

class QLabel;
class QNetworkAccessManager;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

/**
 * The details of the current session: every listed field with copy, and on request the
 * server's own JSON for it (SessionDetails), with live credentials masked.
 */
class DetailsDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailsDock)

public:
    DetailsDock(QNetworkAccessManager *nam, QWidget *parent = nullptr);

    void setConnection(const Connection &connection);
    /// Shows session (or nothing when it has no id); listedJson is the server's own record
    /// from the list, when kept (kinds without a single-session call).
    void showSession(const Session &session, const QString &listedJson = {});
    QString serverJson() const;

public Q_SLOTS:
    void loadServerFields();

Q_SIGNALS:
    void serverFieldsLoaded(bool ok);

private:
    QNetworkAccessManager *m_nam;
    Connection m_connection;
    Session m_session;
    quint64 m_request = 0;
    QTableWidget *m_fields;
    QPlainTextEdit *m_json;
    QPushButton *m_loadButton;
    QPushButton *m_copyButton;
    QLabel *m_status;
};
