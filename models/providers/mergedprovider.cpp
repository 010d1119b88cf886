// SPDX-License-Identifier: GPL-3.0-or-later
#include "mergedprovider.h"

#include "providers/sessiondetails.h"

MergedProvider::MergedProvider(QList<MergedSource> sources, QNetworkAccessManager *nam, QObject *parent)
    : SessionProvider(parent)
    , m_sources(std::move(sources))
    , m_nam(nam)
{
}

void MergedProvider::fetch()
{
    if (m_running > 0)
        return;
    m_canceled = false;
    for (const QPointer<SessionProvider> &child : std::as_const(m_children))
        delete child.data();
    m_children.clear();
    m_outcomes.clear();
    const qsizetype n = m_sources.size();
    m_received.fill(0, n);
    m_totals.fill(-1, n);
    for (qsizetype i = 0; i < n; ++i) {
        const MergedSource &source = m_sources[i];
        m_outcomes.append({source.name, {}});
        m_children.append(nullptr);
        if (!source.unavailable.isEmpty()) {
            m_outcomes[i].result.error = source.unavailable;
            continue;
        }
        Connection connection = source.connection;
        connection.keepServerFields = !SessionDetails::supported(connection.kind); // as for one server
        SessionProvider *child = SessionProvider::create(connection, m_nam, this);
        if (!child) {
            m_outcomes[i].result.error = tr("This server kind is not supported.");
            continue;
        }
        m_children[i] = child;
        const QString name = source.name;
        connect(child, &SessionProvider::batchReady, this, [this, name](const SessionBatch &batch) {
            SessionBatch tagged = batch; // shares the page; only the tag is this copy's own
            tagged.setServer(name);
            emit batchReady(tagged);
        });
        connect(child, &SessionProvider::progress, this, [this, i](qint64 received, qint64 total) {
            m_received[i] = received;
            m_totals[i] = total;
            emitProgress();
        });
        connect(child, &SessionProvider::finished, this, [this, i](const FetchResult &result) { onChildFinished(int(i), result); });
        ++m_running;
    }
    // Start them only now, so a server that fails at once cannot finish the whole fetch early.
    for (const QPointer<SessionProvider> &child : std::as_const(m_children)) {
        if (child)
            child->fetch();
    }
    if (m_running == 0)
        onChildFinished(-1, {});
}

void MergedProvider::cancel()
{
    m_canceled = true;
    for (const QPointer<SessionProvider> &child : std::as_const(m_children)) {
        if (child && child->isFetching())
            child->cancel();
    }
}

void MergedProvider::emitProgress()
{
    qint64 received = 0, total = 0;
    for (qsizetype i = 0; i < m_received.size(); ++i) {
        received += m_received[i];
        // Servers that finished count what they delivered; unknown totals make it unknown.
        const qint64 t = m_totals[i];
        total = (total < 0 || (t < 0 && m_children[i])) ? -1 : total + std::max<qint64>(t, 0);
    }
    emit progress(received, total);
}

void MergedProvider::onChildFinished(int index, const FetchResult &result)
{
    if (index >= 0) {
        m_outcomes[index].result = result;
        --m_running;
    }
    if (m_running > 0)
        return;
    FetchResult all;
    all.status = FetchResult::Status::Ok;
    QStringList errors;
    for (const Outcome &o : std::as_const(m_outcomes)) {
        all.sessions += o.result.sessions;
        all.invalidItems += o.result.invalidItems;
        all.totalChanged = all.totalChanged || o.result.totalChanged;
        for (const QString &note : o.result.notes)
            all.notes << tr("%1: %2").arg(o.name, note);
        if (o.result.status != FetchResult::Status::Ok) {
            if (o.result.status != FetchResult::Status::Canceled)
                errors << tr("%1: %2").arg(o.name, o.result.error);
            all.status = FetchResult::Status::Failed;
        }
    }
    if (m_canceled) {
        all.status = FetchResult::Status::Canceled;
        all.error = tr("Canceled.");
    } else if (!errors.isEmpty()) {
        all.error = errors.join(u' ');
    }
    emit finished(all);
}
