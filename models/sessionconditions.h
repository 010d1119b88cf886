// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session.h"

#include <QHostAddress>
#include <QString>

#include <optional>
#include <utility>

/**
 * The quick filters of the filter bar, on top of the free-text filter: each set field
 * narrows the rows shown, and all of them must hold. Empty fields do not filter.
 */
struct SessionConditions
{
    QString user;       ///< case-insensitive substring of the user id or the user name
    QString clientType; ///< the Client column as shown ("Browser", "Mobile app"), exactly
    QString osName;     ///< the operating system's name without version ("Windows"), exactly
    /// An address range in CIDR form ("10.0.0.0/8", "2001:db8::/32") or one address.
    std::optional<std::pair<QHostAddress, int>> network;
    qint64 startedFrom = kMissingTime; ///< sign-in at or after (epoch ms)
    qint64 startedTo = kMissingTime;   ///< sign-in before (epoch ms)

    bool isEmpty() const
    {
        return user.isEmpty() && clientType.isEmpty() && osName.isEmpty() && !network
            && startedFrom == kMissingTime && startedTo == kMissingTime;
    }
    friend bool operator==(const SessionConditions &, const SessionConditions &) = default;

    /**
     * Parses an address or CIDR range as typed ("10.1.0.0/16", "192.0.2.7", "fe80::/10").
     * Empty text gives no range. Returns false, with error set to a translated message,
     * for anything else.
     */
    static bool parseNetwork(const QString &text, std::optional<std::pair<QHostAddress, int>> *network,
                             QString *error);
};
