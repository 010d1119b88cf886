// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialstore.h"

#include <qt6keychain/keychain.h>

#include <QPointer>

using namespace Qt::Literals::StringLiterals;

namespace {

CredentialResult resultOf(QKeychain::Job *job, bool isRemove)
{
    CredentialResult r;
    switch (job->error()) {
    case QKeychain::NoError:
        r.status = CredentialResult::Status::Ok;
        break;
    case QKeychain::EntryNotFound:
        r.status = isRemove ? CredentialResult::Status::Ok : CredentialResult::Status::NotFound;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        r.status = CredentialResult::Status::Unavailable;
        r.error = CredentialStore::unavailableMessage();
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        r.status = CredentialResult::Status::Unavailable;
        r.error = CredentialStore::tr("The keychain denied access (%1); unlock it and allow SessionDesk, or use --token-env.")
                      .arg(job->errorString());
        break;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        // QtKeychain reports a missing Secret Service / D-Bus as OtherError with a D-Bus message.
        if (job->errorString().contains(u"org.freedesktop"_s) || job->errorString().contains(u"D-Bus"_s, Qt::CaseInsensitive)
            || job->errorString().contains(u"DBus"_s)) {
            r.status = CredentialResult::Status::Unavailable;
            r.error = CredentialStore::unavailableMessage();
        } else {
            r.error = CredentialStore::tr("The keychain reported an error: %1").arg(job->errorString());
        }
        break;
    }
    return r;
}

void run(QKeychain::Job *job, QObject *context, bool isRemove, CredentialStore::Callback done)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    QObject::connect(job, &QKeychain::Job::finished, context, [isRemove, done = std::move(done)](QKeychain::Job *finished) {
        CredentialResult r = resultOf(finished, isRemove);
        if (r.status == CredentialResult::Status::Ok && !isRemove) {
            if (auto *readJob = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                r.secret = readJob->textData();
        }
        done(r);
    });
    job->start();
}

} // namespace

CredentialStore::CredentialStore(QObject *parent)
    : CredentialStore(u"SessionDesk"_s, parent)
{
}

CredentialStore::CredentialStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
}

QString CredentialStore::unavailableMessage()
{
    return tr("No Secret Service is running: install and unlock gnome-keyring or KWallet, or use --token-env.");
}

void CredentialStore::read(const QString &key, QObject *context, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    run(job, context, false, std::move(done));
}

void CredentialStore::write(const QString &key, const QString &secret, QObject *context, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(secret);
    run(job, context, false, std::move(done));
}

void CredentialStore::remove(const QString &key, QObject *context, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    run(job, context, true, std::move(done));
}
