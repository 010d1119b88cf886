// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditlog.h"

#include "connection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
};
} // namespace

AuditLog::AuditLog()
    : AuditLog(defaultFileName())
{
}

AuditLog::AuditLog(const QString &path)
    : m_path(path)
{
}

QString AuditLog::defaultFileName()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/SessionDesk/audit.jsonl"_s;
}

AuditEntry AuditLog::entry(const Connection &c, const QString &profile, const QString &action)
{
    AuditEntry e;
    e.time = QDateTime::currentDateTimeUtc();
    e.profile = profile.isEmpty() ? c.displayName() : profile;
    e.kind = ServerKinds::key(c.kind);
    e.server = c.baseUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
    e.action = action;
    return e;
}

QByteArray AuditLog::toJsonLine(const AuditEntry &e)
{
    QJsonObject o{
        {u"time"_s, e.time.toUTC().toString(Qt::ISODateWithMs)},
        {u"profile"_s, e.profile},
        {u"kind"_s, e.kind},
        {u"server"_s, e.server},
        {u"action"_s, e.action},
        {u"sessionId"_s, e.sessionId},
        {u"userId"_s, e.userId},
        {u"outcome"_s, e.outcome},
    };
    if (!e.reason.isEmpty())
        o.insert(u"reason"_s, e.reason);
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

bool AuditLog::append(const AuditEntry &entry, QString *error) const
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile file(m_path);
    const QByteArray line = toJsonLine(entry);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append) || file.write(line) != line.size() || !file.flush()) {
        if (error)
            *error = Text::tr("Could not write the audit log %1: %2").arg(m_path, file.errorString());
        return false;
    }
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return true;
}

QList<AuditEntry> AuditLog::read(QString *error, int *skipped) const
{
    QList<AuditEntry> entries;
    int bad = 0;
    QFile file(m_path);
    if (!file.exists()) {
        if (skipped)
            *skipped = 0;
        return entries;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Text::tr("Could not read the audit log %1: %2").arg(m_path, file.errorString());
        return entries;
    }
    while (!file.atEnd()) {
        const QByteArray line = file.readLine(1 << 20).trimmed();
        if (line.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        AuditEntry e;
        e.time = QDateTime::fromString(o.value(u"time"_s).toString(), Qt::ISODateWithMs);
        if (o.isEmpty() || !e.time.isValid()) {
            ++bad;
            continue;
        }
        e.profile = o.value(u"profile"_s).toString();
        e.kind = o.value(u"kind"_s).toString();
        e.server = o.value(u"server"_s).toString();
        e.action = o.value(u"action"_s).toString();
        e.sessionId = o.value(u"sessionId"_s).toString();
        e.userId = o.value(u"userId"_s).toString();
        e.outcome = o.value(u"outcome"_s).toString();
        e.reason = o.value(u"reason"_s).toString();
        entries.append(e);
    }
    if (skipped)
        *skipped = bad;
    return entries;
}
