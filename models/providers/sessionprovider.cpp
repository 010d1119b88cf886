// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionprovider.h"

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
