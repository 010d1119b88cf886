// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionprovider.h"

#include "providers/rocketchat/rocketchatclient.h"

SessionProvider *SessionProvider::create(const Connection &connection, QNetworkAccessManager *nam, QObject *parent)
{
    switch (connection.kind) {
    case ServerKind::RocketChat:
        return new RocketChatClient(connection, nam, parent);
    case ServerKind::OpenReplay:
    case ServerKind::Seam:
        return nullptr;
    }
    return nullptr;
}
