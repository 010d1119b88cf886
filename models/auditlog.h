// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

/// One recorded action on one session. Never holds a secret.
struct AuditEntry
{
    QDateTime time;     ///< UTC
    QString profile;    ///< profile name, or the server for one-off connections
    QString kind;       ///< "rocketchat", "openreplay", "seam"
    QString server;     ///< scheme://host:port
    QString action;     ///< "revoke", "delete", "delete-user-data"
    QString sessionId;
    QString userId;
    QString outcome;    ///< "revoked", "already-gone", "failed", "canceled", "unknown", "deleted", "accepted"
    QString reason;     ///< for failures: the one-sentence error

    friend bool operator==(const AuditEntry &, const AuditEntry &) = default;
};

/**
 * Append-only record of revocations and deletions: JSON Lines in
 * ~/.local/share/SessionDesk/audit.jsonl, shared by the window and the CLI. Each entry
 * is one line written with a single append, so concurrent writers never interleave
 * within a line. Lines that cannot be parsed are skipped when reading and counted.
 */
class AuditLog
{
public:
    AuditLog();                            ///< the per-user default file
    explicit AuditLog(const QString &path);

    QString fileName() const { return m_path; }
    /// Appends entry; false with a sentence when the file cannot be written.
    bool append(const AuditEntry &entry, QString *error = nullptr) const;
    /// All entries, oldest first; unreadable lines are skipped (their count in *skipped).
    QList<AuditEntry> read(QString *error = nullptr, int *skipped = nullptr) const;

    static QString defaultFileName();
    /// An entry for an action on connection's server, stamped now; profile falls back to
    /// the server's name for one-off connections.
    static AuditEntry entry(const struct Connection &connection, const QString &profile, const QString &action);
    static QByteArray toJsonLine(const AuditEntry &entry);

private:
    QString m_path;
};
