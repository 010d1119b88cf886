// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection.h"

using namespace Qt::Literals::StringLiterals;

namespace ServerKinds {

QString key(ServerKind kind)
{
    switch (kind) {
    case ServerKind::RocketChat:
        return u"rocketchat"_s;
    case ServerKind::OpenReplay:
        return u"openreplay"_s;
    case ServerKind::Seam:
        return u"seam"_s;
    }
    return {};
}

bool fromKey(QStringView key, ServerKind *kind)
{
    for (ServerKind k : {ServerKind::RocketChat, ServerKind::OpenReplay, ServerKind::Seam}) {
        if (key.compare(ServerKinds::key(k), Qt::CaseInsensitive) == 0) {
            *kind = k;
            return true;
        }
    }
    return false;
}

} // namespace ServerKinds

QString Connection::displayName() const
{
    return baseUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment)
        .toDisplayString(QUrl::RemovePath | QUrl::RemoveScheme)
        .mid(2); // drop the leading "//"
}

QUrl Connection::urlFromUserInput(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (!trimmed.contains(u"://"_s))
        return QUrl(u"https://"_s + trimmed, QUrl::StrictMode);
    return QUrl(trimmed, QUrl::StrictMode);
}
