// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session.h"

#include <QByteArray>
#include <QHash>

#include <cstdint>

/**
 * Deterministic synthetic Rocket.Chat sessions: session i is a pure function of
 * (seed, referenceTime, i), so any page can be produced on demand without storing
 * a million rows. Users, devices, OS versions, IPv4/IPv6 addresses and login times
 * spread over the 180 days before referenceTime look like a real deployment.
 */
class DemoData final
{
public:
    DemoData(quint64 seed, qint64 sessionCount, qint64 referenceTimeMs);

    qint64 count() const { return m_count; }
    quint64 seed() const { return m_seed; }
    Session session(qint64 index) const;
    /// Appends session index as Rocket.Chat sessions/list JSON (one object) to out;
    /// withUser adds list.all's `_user` object (name and username).
    void appendJson(QByteArray &out, qint64 index, bool withUser = false) const;
    /// The index of the session with this id, or -1. The first call builds an index.
    qint64 indexOf(QByteArrayView sessionId) const;

    /// The demo credentials accepted by the demo server (derived from the seed).
    QString userId() const;
    QString authToken() const;

    /// splitmix64's finalizer: the demo's deterministic source of randomness.
    static quint64 mix(quint64 x);

    /// Meteor-style 17-character id, as Rocket.Chat uses for users and sessions.
    static QString meteorId(quint64 seed, quint64 salt);

private:
    /// Session index as plain bytes; session() and appendJson() both derive from it.
    struct Record
    {
        char sessionId[17];
        char userId[17];
        qint64 user;
        int device;
        int version;
        int osVersion;
        const char *host;
        char ip[48];
        int ipLength;
        qint64 loginAt;
    };
    Record record(qint64 index) const;
    static void writeMeteorId(quint64 seed, quint64 salt, char *out);

    quint64 m_seed;
    mutable QHash<QByteArray, qint64> m_indexById; ///< built on first use by indexOf()
    qint64 m_count;
    qint64 m_referenceTimeMs;
    qint64 m_userCount;
};
