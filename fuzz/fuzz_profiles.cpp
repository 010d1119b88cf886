// SPDX-License-Identifier: GPL-3.0-or-later
// A hand-edited or corrupt profiles file: loading it must never crash, and every profile
// it yields must be one the application accepts or reports.
#include "fuzzcommon.h"
#include "profiles.h"

#include <QFile>
#include <QTemporaryDir>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ensureApplication();
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("profiles.conf"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    ProfileStore store(path);
    QString error;
    (void)store.status(&error);
    for (const Profile &p : store.profiles()) {
        if (p.validate().isEmpty())
            (void)p.connection(QStringLiteral("secret"));
        Profile found;
        (void)store.find(p.name, &found);
    }
    (void)store.lastUsed();
    return 0;
}
