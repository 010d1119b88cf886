// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection.h"

#include <QList>
#include <QString>

#include <memory>

class QSettings;

/**
 * A saved server: everything needed to reach it except the secret, which lives in the
 * OS keychain (CredentialStore) under the profile's name. Nothing in here is secret.
 */
struct Profile
{
    enum class RocketChatScope { Own, AllUsers };
    enum class OpenReplayApi { Auto, V1, V2 };

    QString name;
    ServerKind kind = ServerKind::RocketChat;
    QString url; ///< as typed; Connection::urlFromUserInput() makes the URL

    // Rocket.Chat
    QString userId; ///< X-User-Id; set by signing in or typed with a personal access token
    RocketChatScope scope = RocketChatScope::Own;
    // OpenReplay
    OpenReplayApi apiVersion = OpenReplayApi::Auto;
    QString projectKey;
    QStringList users; ///< end-user ids whose sessions are listed (merged into one table)
    int defaultRangeDays = 30;
    // Seam
    QString workspaceId;

    // Transport
    QString caFile;          ///< extra trusted CA certificates (PEM)
    QString pinSha256;       ///< hex SHA-256 of the server certificate (DER), empty = no pin
    bool allowInsecureHttp = false;
    int timeoutSeconds = 30;

    /// Empty when the profile can be saved, else one sentence naming the first problem.
    QString validate() const;
    /// The connection described by this profile, with secret filled in by the caller.
    Connection connection(const QString &secret = {}) const;
    /// The keychain key of this profile's secret.
    QString credentialKey() const;

    static bool isValidPin(const QString &hex);

    friend bool operator==(const Profile &, const Profile &) = default;
};

namespace ProfileKeys {
QString scope(Profile::RocketChatScope scope);
bool scopeFromKey(QStringView key, Profile::RocketChatScope *scope);
QString apiVersion(Profile::OpenReplayApi api);
bool apiVersionFromKey(QStringView key, Profile::OpenReplayApi *api);
}

/**
 * The saved profiles, in a settings file of their own (by default
 * ~/.config/SessionDesk/profiles.conf; another file for scripts and tests).
 * Shared by the desktop application and the CLI. Secrets are never written here.
 *
 * Usage:
 *   ProfileStore store;                         // the user's profiles
 *   ProfileStore store(u"/tmp/test.conf"_s);     // another file
 *   if (!store.save(profile, &error)) ...
 */
class ProfileStore
{
public:
    ProfileStore();                              ///< the per-user default file
    explicit ProfileStore(const QString &path);  ///< a given file (created on first save)
    ~ProfileStore();
    Q_DISABLE_COPY_MOVE(ProfileStore)

    QString fileName() const;
    /// False with a sentence when the file exists but cannot be read or is malformed.
    bool status(QString *error) const;

    QList<Profile> profiles() const; ///< sorted by name, case-insensitively
    /**
     * What is wrong with a hand-edited or damaged file, one sentence per entry, naming
     * it: entries without a name or of an unknown kind (which profiles() leaves out) and
     * profiles that fail Profile::validate() (kept, to be fixed in the profile dialog).
     * The other profiles stay usable either way.
     */
    QStringList problems() const;
    bool contains(const QString &name) const;
    bool find(const QString &name, Profile *profile) const;

    /// Adds or replaces the profile named previousName (or profile.name when empty).
    /// Validates first; refuses to overwrite another existing profile by renaming.
    bool save(const Profile &profile, QString *error, const QString &previousName = {});
    bool remove(const QString &name, QString *error);

    QString lastUsed() const;
    void setLastUsed(const QString &name);

    static QString defaultFileName();

private:
    QList<Profile> load(QStringList *problems) const;
    void writeAll(const QList<Profile> &profiles);
    bool sync(QString *error);

    std::unique_ptr<QSettings> m_settings;
};
