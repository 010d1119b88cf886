// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection.h"
#include "sessionbatch.h"

#include <QObject>
#include <QStringList>

class QNetworkAccessManager;
class QThreadPool;

/// How a fetch ended. Cancel and authentication problems are kept apart from failures.
struct FetchResult
{
    enum class Status { Ok, Canceled, AuthenticationFailed, Failed };
    Status status = Status::Failed;
    QString error;           ///< one sentence when status != Ok
    qint64 sessions = 0;     ///< rows delivered (duplicates included)
    qint64 reportedTotal = -1;
    bool totalChanged = false; ///< the server's total moved while paging
    int invalidItems = 0;
    QStringList notes;         ///< warnings worth showing (e.g. a server-side cap was reached)
};
Q_DECLARE_METATYPE(FetchResult)

/**
 * Fetches all sessions of one server, page by page. Pages arrive through batchReady()
 * as soon as they are parsed, then finished() is emitted exactly once.
 * Destroying the provider aborts its requests without emitting finished().
 */
class SessionProvider : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void fetch() = 0;
    virtual void cancel() = 0;
    virtual bool isFetching() const = 0;

    /// Creates the provider for connection.kind.
    static SessionProvider *create(const Connection &connection, QNetworkAccessManager *nam, QObject *parent);
    /**
     * Threads that parse fetched pages: one fewer than the cores, so the GUI thread, which
     * stores the parsed pages, keeps a core to itself (on 2 cores, parsing and storing
     * then run side by side instead of three threads sharing two cores).
     */
    static QThreadPool *parsePool();

Q_SIGNALS:
    void batchReady(const SessionBatch &batch);
    /// received rows so far and the expected total (-1 when unknown)
    void progress(qint64 received, qint64 total);
    void finished(const FetchResult &result);
};
