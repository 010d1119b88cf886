// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/sessionprovider.h"

#include <QList>
#include <QPointer>

/// One server of a merged view.
struct MergedSource
{
    QString name;           ///< shown in the Server column; unique within the view
    Connection connection;
    QString unavailable;    ///< why it cannot be fetched (not signed in, keychain), or empty
};

/**
 * Fetches several servers at once into one table: every page is tagged with its server's
 * name (the Server column), and each server loads on its own, so one that fails or is
 * slow does not hold back the others. finished() comes once all are done: Ok when every
 * server loaded, else Failed naming each failure; outcomes() tells which servers
 * completed, so that only their vanished rows are removed.
 */
class MergedProvider final : public SessionProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MergedProvider)

public:
    struct Outcome
    {
        QString name;
        FetchResult result;
    };

    MergedProvider(QList<MergedSource> sources, QNetworkAccessManager *nam, QObject *parent = nullptr);

    void fetch() override;
    void cancel() override;
    bool isFetching() const override { return m_running > 0; }
    /// How each server's fetch ended, in source order (complete once finished() came).
    const QList<Outcome> &outcomes() const { return m_outcomes; }

private:
    void onChildFinished(int index, const FetchResult &result);
    void emitProgress();

    QList<MergedSource> m_sources;
    QNetworkAccessManager *m_nam;
    QList<QPointer<SessionProvider>> m_children;
    QList<Outcome> m_outcomes;
    QList<qint64> m_received;
    QList<qint64> m_totals;
    int m_running = 0;
    bool m_canceled = false;
};
