// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionconditions.h"

#include <QCoreApplication>

bool SessionConditions::parseNetwork(const QString &text, std::optional<std::pair<QHostAddress, int>> *network,
                                     QString *error)
{
    const QString trimmed = text.trimmed();
    network->reset();
    if (trimmed.isEmpty())
        return true;
    if (trimmed.contains(u'/')) {
        const std::pair<QHostAddress, int> subnet = QHostAddress::parseSubnet(trimmed);
        if (subnet.first.isNull()) {
            *error = QCoreApplication::translate("SessionConditions",
                "\"%1\" is not an address range. Write it as an address, a slash and the "
                "prefix length, e.g. 10.0.0.0/8 or 2001:db8::/32.").arg(trimmed);
            return false;
        }
        *network = subnet;
        return true;
    }
    const QHostAddress address(trimmed);
    // QHostAddress also takes the short IPv4 forms of inet_aton ("10.0.0" is 10.0.0.0), which
    // would silently filter for one address where a range was meant.
    const bool shortIpv4 = address.protocol() == QAbstractSocket::IPv4Protocol && trimmed.count(u'.') != 3;
    if (address.isNull() || shortIpv4) {
        *error = QCoreApplication::translate("SessionConditions",
            "\"%1\" is not an IP address. Write an address (192.0.2.7, 2001:db8::1) or a "
            "range (10.0.0.0/8).").arg(trimmed);
        return false;
    }
    *network = std::pair(address, address.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32);
    return true;
}
