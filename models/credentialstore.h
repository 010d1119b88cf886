// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <functional>

/// The outcome of one keychain operation.
struct CredentialResult
{
    enum class Status {
        Ok,
        NotFound,    ///< no secret stored under this key: "not signed in yet"
        Unavailable, ///< no keychain service, locked, or access denied
        Failed,
    };
    Status status = Status::Failed;
    QString secret; ///< only for a successful read
    QString error;  ///< one actionable sentence when status is Unavailable or Failed
};

/**
 * Secrets in the OS keychain through QtKeychain (the Secret Service on Linux: gnome-keyring
 * or KWallet). QtKeychain's insecure plaintext fallback is always off: without a keychain
 * the operation fails with a clear error and nothing is written anywhere.
 *
 * All operations are asynchronous; `done` runs once on the caller's thread, unless
 * `context` is destroyed first. No nested event loops.
 *
 * Usage:
 *   CredentialStore keychain;
 *   keychain.read(profile.credentialKey(), this, [](const CredentialResult &r) { ... });
 */
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const CredentialResult &)>;

    explicit CredentialStore(QObject *parent = nullptr);
    /// The keychain "service" the secrets are filed under (default "SessionDesk").
    explicit CredentialStore(const QString &service, QObject *parent = nullptr);

    QString service() const { return m_service; }

    void read(const QString &key, QObject *context, Callback done);
    void write(const QString &key, const QString &secret, QObject *context, Callback done);
    /// Deleting a secret that does not exist counts as success.
    void remove(const QString &key, QObject *context, Callback done);

    /// The sentence shown when no Secret Service can be reached.
    static QString unavailableMessage();

private:
    QString m_service;
};
