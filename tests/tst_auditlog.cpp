// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditlog.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

class TestAuditLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appendAndReadBack()
    {
        QTemporaryDir dir;
        AuditLog log(dir.filePath(u"nested/dir/audit.jsonl"_s)); // folders are created
        QVERIFY(log.read().isEmpty());
        AuditEntry a{QDateTime(QDate(2026, 11, 23), QTime(10, 0, 0, 5), Qt::UTC), u"prod"_s, u"rocketchat"_s,
                     u"https://chat.example.org"_s, u"revoke"_s, u"s1"_s, u"u1"_s, u"revoked"_s, {}};
        AuditEntry b = a;
        b.sessionId = u"s2 \"quoted\"\nnewline ✓"_s;
        b.outcome = u"failed"_s;
        b.reason = u"chat.example.org answered HTTP 500."_s;
        QString error;
        QVERIFY2(log.append(a, &error), qPrintable(error));
        QVERIFY2(log.append(b, &error), qPrintable(error));

        QFile f(log.fileName());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QCOMPARE(text.count('\n'), 2); // one line per entry, even with a newline inside a value
        QCOMPARE(f.permissions() & (QFile::ReadOther | QFile::ReadGroup), QFileDevice::Permissions());

        const QList<AuditEntry> entries = log.read();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0), a);
        QCOMPARE(entries.at(1), b);
    }

    void damagedLinesAreSkippedAndCounted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"audit.jsonl"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"time\":\"2026-11-23T10:00:00.000Z\",\"sessionId\":\"ok\",\"outcome\":\"revoked\"}\n"
                "{\"time\":\"2026-11-23T10:0\n"          // a line cut short (e.g. disk full)
                "not json at all\n"
                "\n"
                "{\"sessionId\":\"no time\"}\n"
                "{\"time\":\"2026-11-23T11:00:00.000Z\",\"sessionId\":\"ok2\",\"outcome\":\"already-gone\"}\n");
        f.close();
        int skipped = -1;
        QString error;
        const QList<AuditEntry> entries = AuditLog(path).read(&error, &skipped);
        QVERIFY(error.isEmpty());
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(1).sessionId, u"ok2"_s);
        QCOMPARE(skipped, 3);
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
