// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionprovider.h"

#include <QCoreApplication>
#include <QThread>
#include <QThreadPool>

#include <algorithm>

#include "providers/openreplay/openreplayclient.h"
#include "providers/rocketchat/rocketchatclient.h"
#include "providers/seam/seamclient.h"

SessionProvider *SessionProvider::create(const Connection &connection, QNetworkAccessManager *nam, QObject *parent)
{
    switch (connection.kind) {
    case ServerKind::RocketChat:
        return new RocketChatClient(connection, nam, parent);
    case ServerKind::OpenReplay:
        return new OpenReplayClient(connection, nam, parent);
    case ServerKind::Seam:
        return new SeamClient(connection, nam, parent);
    }
    return nullptr;
}

QThreadPool *SessionProvider::parsePool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool(QCoreApplication::instance());
        p->setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1));
        return p;
    }();
    return pool;
}
