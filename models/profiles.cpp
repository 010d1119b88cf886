// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiles.h"

#include "net/httpclient.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Profile)
};

constexpr int kMaxNameLength = 64;
constexpr auto kArray = "profiles";

} // namespace

namespace ProfileKeys {

QString scope(Profile::RocketChatScope scope)
{
    return scope == Profile::RocketChatScope::AllUsers ? u"all"_s : u"own"_s;
}

bool scopeFromKey(QStringView key, Profile::RocketChatScope *scope)
{
    if (key == u"own"_s || key.isEmpty())
        *scope = Profile::RocketChatScope::Own;
    else if (key == u"all"_s)
        *scope = Profile::RocketChatScope::AllUsers;
    else
        return false;
    return true;
}

QString apiVersion(Profile::OpenReplayApi api)
{
    switch (api) {
    case Profile::OpenReplayApi::V1:
        return u"1"_s;
    case Profile::OpenReplayApi::V2:
        return u"2"_s;
    case Profile::OpenReplayApi::Auto:
        break;
    }
    return u"auto"_s;
}

bool apiVersionFromKey(QStringView key, Profile::OpenReplayApi *api)
{
    for (auto a : {Profile::OpenReplayApi::Auto, Profile::OpenReplayApi::V1, Profile::OpenReplayApi::V2}) {
        if (key == apiVersion(a)) {
            *api = a;
            return true;
        }
    }
    if (key.isEmpty()) {
        *api = Profile::OpenReplayApi::Auto;
        return true;
    }
    return false;
}

} // namespace ProfileKeys

bool Profile::isValidPin(const QString &hex)
{
    QString digits = hex;
    digits.remove(u':');
    if (digits.size() != 64)
        return false;
    return std::all_of(digits.cbegin(), digits.cend(), [](QChar c) { return isxdigit(c.unicode()) && c.unicode() < 128; });
}

QString Profile::validate() const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Text::tr("The profile needs a name.");
    if (trimmed != name)
        return Text::tr("The profile name must not start or end with spaces.");
    if (name.size() > kMaxNameLength)
        return Text::tr("The profile name is longer than %1 characters.").arg(kMaxNameLength);
    if (std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.category() == QChar::Other_Control; }))
        return Text::tr("The profile name must not contain control characters.");
    if (url.trimmed().isEmpty())
        return Text::tr("The profile \"%1\" needs a server URL.").arg(name);
    const QUrl parsed = Connection::urlFromUserInput(url);
    if (!parsed.isValid() || parsed.host().isEmpty())
        return Text::tr("\"%1\" is not a valid server URL; use e.g. https://chat.example.org.").arg(url);
    const QString urlError = HttpClient::checkUrl(parsed, connection().policy);
    if (!urlError.isEmpty())
        return urlError;
    if (kind == ServerKind::OpenReplay && projectKey.trimmed().isEmpty() && apiVersion == OpenReplayApi::V1)
        return Text::tr("OpenReplay API v1 needs a project key.");
    if (defaultRangeDays < 1 || defaultRangeDays > 3660)
        return Text::tr("The default date range must be between 1 and 3660 days.");
    if (timeoutSeconds < 1 || timeoutSeconds > 3600)
        return Text::tr("The timeout must be between 1 and 3600 seconds.");
    if (!pinSha256.isEmpty() && !isValidPin(pinSha256))
        return Text::tr("The certificate pin must be 64 hexadecimal digits (a SHA-256 digest), colons allowed.");
    if (!caFile.isEmpty() && !QFileInfo(caFile).isReadable())
        return Text::tr("The CA certificate file %1 cannot be read.").arg(caFile);
    return {};
}

Connection Profile::connection(const QString &secret) const
{
    Connection c;
    c.kind = kind;
    c.baseUrl = Connection::urlFromUserInput(url);
    c.userId = userId;
    c.secret = secret;
    c.policy.allowInsecureHttp = allowInsecureHttp;
    // Clamped: validate() asks for a connection before it checks the numbers, and a
    // hand-edited file may hold anything (fuzz_profiles found 3055555555 overflowing here).
    c.policy.timeoutMs = std::clamp(timeoutSeconds, 1, 3600) * 1000;
    c.policy.caFile = caFile;
    c.policy.pinSha256 = QByteArray::fromHex(QString(pinSha256).remove(u':').toLatin1());
    c.allUsers = scope == RocketChatScope::AllUsers;
    c.openReplayApi = apiVersion == OpenReplayApi::V1 ? 1 : apiVersion == OpenReplayApi::V2 ? 2 : 0;
    c.projectKey = projectKey;
    c.users = users;
    c.rangeDays = std::clamp(defaultRangeDays, 1, 3660);
    c.workspaceId = workspaceId;
    return c;
}

QString Profile::credentialKey() const
{
    return u"profile/"_s + name;
}

// --- ProfileStore ---------------------------------------------------------------------

QString ProfileStore::defaultFileName()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u"/SessionDesk/profiles.conf"_s;
}

ProfileStore::ProfileStore()
    : ProfileStore(defaultFileName())
{
}

ProfileStore::ProfileStore(const QString &path)
    : m_settings(std::make_unique<QSettings>(path, QSettings::IniFormat))
{
}

ProfileStore::~ProfileStore() = default;

QString ProfileStore::fileName() const
{
    return m_settings->fileName();
}

bool ProfileStore::status(QString *error) const
{
    switch (m_settings->status()) {
    case QSettings::NoError:
        return true;
    case QSettings::AccessError:
        *error = Text::tr("The profile file %1 cannot be read or written.").arg(fileName());
        return false;
    case QSettings::FormatError:
        *error = Text::tr("The profile file %1 is malformed; fix or remove it.").arg(fileName());
        return false;
    }
    return true;
}

namespace {
constexpr int kMaxProfiles = 10'000;
}

QList<Profile> ProfileStore::profiles() const
{
    return load(nullptr);
}

QStringList ProfileStore::problems() const
{
    QStringList problems;
    load(&problems);
    return problems;
}

QList<Profile> ProfileStore::load(QStringList *problems) const
{
    QList<Profile> result;
    QSettings &s = *m_settings;
    const int declared = s.beginReadArray(QLatin1StringView(kArray));
    // A hand-edited size can claim billions of entries (fuzz_profiles: the window hung at
    // start); nobody keeps more than this many servers.
    const int count = std::min(declared, kMaxProfiles);
    if (declared > kMaxProfiles && problems)
        problems->append(Text::tr("The profile file claims %1 profiles; only the first %2 are read.").arg(declared).arg(kMaxProfiles));
    for (int i = 0; i < count; ++i) {
        s.setArrayIndex(i);
        Profile p;
        p.name = s.value(u"name"_s).toString();
        if (p.name.isEmpty()) {
            if (problems && !s.childKeys().isEmpty()) // an index the size merely claims is no entry
                problems->append(Text::tr("Entry %1 of the profile file has no name; it is ignored.").arg(i + 1));
            continue;
        }
        const QString kind = s.value(u"kind"_s).toString();
        if (!ServerKinds::fromKey(kind, &p.kind)) {
            if (problems)
                problems->append(Text::tr("The profile \"%1\" has an unknown server kind \"%2\"; it is ignored.").arg(p.name, kind));
            continue; // a kind this version does not know
        }
        p.url = s.value(u"url"_s).toString();
        p.userId = s.value(u"userId"_s).toString();
        ProfileKeys::scopeFromKey(s.value(u"scope"_s).toString(), &p.scope);
        ProfileKeys::apiVersionFromKey(s.value(u"apiVersion"_s).toString(), &p.apiVersion);
        p.projectKey = s.value(u"projectKey"_s).toString();
        p.users = s.value(u"users"_s).toStringList();
        p.defaultRangeDays = s.value(u"defaultRangeDays"_s, 30).toInt();
        p.workspaceId = s.value(u"workspaceId"_s).toString();
        p.caFile = s.value(u"caFile"_s).toString();
        p.pinSha256 = s.value(u"pinSha256"_s).toString();
        p.allowInsecureHttp = s.value(u"allowInsecureHttp"_s, false).toBool();
        p.timeoutSeconds = s.value(u"timeoutSeconds"_s, 30).toInt();
        if (problems) {
            if (const QString error = p.validate(); !error.isEmpty())
                problems->append(Text::tr("The profile \"%1\" is broken: %2").arg(p.name, error));
        }
        result.append(p);
    }
    s.endArray();
    std::sort(result.begin(), result.end(), [](const Profile &a, const Profile &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return result;
}

bool ProfileStore::contains(const QString &name) const
{
    Profile ignored;
    return find(name, &ignored);
}

bool ProfileStore::find(const QString &name, Profile *profile) const
{
    const QList<Profile> all = profiles();
    const auto it = std::find_if(all.cbegin(), all.cend(), [&](const Profile &p) { return p.name == name; });
    if (it == all.cend())
        return false;
    *profile = *it;
    return true;
}

bool ProfileStore::save(const Profile &profile, QString *error, const QString &previousName)
{
    if (!status(error))
        return false;
    const QString problem = profile.validate();
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    const QString replaced = previousName.isEmpty() ? profile.name : previousName;
    QList<Profile> all = profiles();
    if (replaced != profile.name
        && std::any_of(all.cbegin(), all.cend(), [&](const Profile &p) { return p.name == profile.name; })) {
        *error = Text::tr("A profile named \"%1\" already exists.").arg(profile.name);
        return false;
    }
    const auto it = std::find_if(all.begin(), all.end(), [&](const Profile &p) { return p.name == replaced; });
    if (it != all.end())
        *it = profile;
    else
        all.append(profile);
    writeAll(all);
    if (lastUsed() == replaced && replaced != profile.name)
        setLastUsed(profile.name);
    return sync(error);
}

bool ProfileStore::remove(const QString &name, QString *error)
{
    if (!status(error))
        return false;
    QList<Profile> all = profiles();
    const auto removed = all.removeIf([&](const Profile &p) { return p.name == name; });
    if (removed == 0) {
        *error = Text::tr("There is no profile named \"%1\".").arg(name);
        return false;
    }
    writeAll(all);
    if (lastUsed() == name)
        m_settings->remove(u"lastUsed"_s);
    return sync(error);
}

QString ProfileStore::lastUsed() const
{
    return m_settings->value(u"lastUsed"_s).toString();
}

void ProfileStore::setLastUsed(const QString &name)
{
    m_settings->setValue(u"lastUsed"_s, name);
    m_settings->sync();
}

void ProfileStore::writeAll(const QList<Profile> &profiles)
{
    QSettings &s = *m_settings;
    s.remove(QLatin1StringView(kArray));
    s.beginWriteArray(QLatin1StringView(kArray), int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const Profile &p = profiles[i];
        s.setArrayIndex(i);
        s.setValue(u"name"_s, p.name);
        s.setValue(u"kind"_s, ServerKinds::key(p.kind));
        s.setValue(u"url"_s, p.url);
        auto setOptional = [&s](const QString &key, const QString &value) {
            if (!value.isEmpty())
                s.setValue(key, value);
        };
        if (p.kind == ServerKind::RocketChat) {
            setOptional(u"userId"_s, p.userId);
            s.setValue(u"scope"_s, ProfileKeys::scope(p.scope));
        } else if (p.kind == ServerKind::OpenReplay) {
            s.setValue(u"apiVersion"_s, ProfileKeys::apiVersion(p.apiVersion));
            setOptional(u"projectKey"_s, p.projectKey);
            if (!p.users.isEmpty())
                s.setValue(u"users"_s, p.users);
            s.setValue(u"defaultRangeDays"_s, p.defaultRangeDays);
        } else {
            setOptional(u"workspaceId"_s, p.workspaceId);
        }
        setOptional(u"caFile"_s, p.caFile);
        setOptional(u"pinSha256"_s, p.pinSha256);
        if (p.allowInsecureHttp)
            s.setValue(u"allowInsecureHttp"_s, true);
        s.setValue(u"timeoutSeconds"_s, p.timeoutSeconds);
    }
    s.endArray();
}

bool ProfileStore::sync(QString *error)
{
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError) {
        *error = Text::tr("Could not write the profile file %1.").arg(fileName());
        return false;
    }
    return true;
}
