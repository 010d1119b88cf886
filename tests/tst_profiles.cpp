// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiles.h"
#include "testhelpers.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestProfiles : public QObject
{
    Q_OBJECT

    static Profile rocketChat(const QString &name = u"prod"_s)
    {
        Profile p;
        p.name = name;
        p.kind = ServerKind::RocketChat;
        p.url = u"chat.example.org"_s;
        p.userId = u"aobEdbYhXfu5hkeqG"_s;
        return p;
    }

private Q_SLOTS:
    void validate_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected"); // fragment of the error; empty = valid

        QTest::newRow("valid") << u"name"_s << u"prod"_s << QString();
        QTest::newRow("empty name") << u"name"_s << QString() << u"needs a name"_s;
        QTest::newRow("padded name") << u"name"_s << u" prod"_s << u"spaces"_s;
        QTest::newRow("long name") << u"name"_s << QString(65, u'x') << u"longer than 64"_s;
        QTest::newRow("control in name") << u"name"_s << u"a\tb"_s << u"control characters"_s;
        QTest::newRow("unicode name") << u"name"_s << u"Zentrale Köln ☎"_s << QString();
        QTest::newRow("no url") << u"url"_s << QString() << u"needs a server URL"_s;
        QTest::newRow("bad url") << u"url"_s << u"https://exa mple.org"_s << u"not a valid server URL"_s;
        QTest::newRow("ftp") << u"url"_s << u"ftp://example.org"_s << u"Unsupported URL scheme"_s;
        QTest::newRow("remote http") << u"url"_s << u"http://chat.example.org"_s << u"plain http"_s;
        QTest::newRow("loopback http") << u"url"_s << u"http://127.0.0.1:3000"_s << QString();
        QTest::newRow("password in url") << u"url"_s << u"https://me:pw@example.org"_s << u"must not contain a user name"_s;
        QTest::newRow("short pin") << u"pin"_s << u"abcd"_s << u"64 hexadecimal"_s;
        QTest::newRow("colon pin") << u"pin"_s << QString(u"AB:"_s.repeated(31) + u"AB"_s) << QString();
        QTest::newRow("non-hex pin") << u"pin"_s << QString(64, u'g') << u"64 hexadecimal"_s;
        QTest::newRow("missing CA file") << u"caFile"_s << u"/nonexistent/ca.pem"_s << u"cannot be read"_s;
        QTest::newRow("timeout 0") << u"timeout"_s << u"0"_s << u"timeout"_s;
    }
    void validate()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        Profile p = rocketChat();
        if (field == u"name"_s)
            p.name = value;
        else if (field == u"url"_s)
            p.url = value;
        else if (field == u"pin"_s)
            p.pinSha256 = value;
        else if (field == u"caFile"_s)
            p.caFile = value;
        else if (field == u"timeout"_s)
            p.timeoutSeconds = value.toInt();
        const QString error = p.validate();
        if (expected.isEmpty())
            QVERIFY2(error.isEmpty(), qPrintable(error));
        else
            QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void insecureHttpNeedsExplicitPermission()
    {
        Profile p = rocketChat();
        p.url = u"http://chat.example.org"_s;
        QVERIFY(!p.validate().isEmpty());
        p.allowInsecureHttp = true;
        QVERIFY(p.validate().isEmpty());
        QVERIFY(p.connection().policy.allowInsecureHttp);
    }

    void connectionCarriesEverySetting()
    {
        Profile p = rocketChat();
        p.scope = Profile::RocketChatScope::AllUsers;
        p.timeoutSeconds = 7;
        p.pinSha256 = u"AB:"_s.repeated(31) + u"CD"_s;
        const Connection c = p.connection(u"tok"_s);
        QCOMPARE(c.baseUrl, QUrl(u"https://chat.example.org"_s));
        QCOMPARE(c.userId, p.userId);
        QCOMPARE(c.secret, u"tok"_s);
        QVERIFY(c.allUsers);
        QCOMPARE(c.policy.timeoutMs, 7000);
        QCOMPARE(c.policy.pinSha256.size(), 32);
        QCOMPARE(quint8(c.policy.pinSha256.at(0)), quint8(0xAB));
        QCOMPARE(quint8(c.policy.pinSha256.at(31)), quint8(0xCD));
    }

    void saveFindRenameRemove()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"profiles.conf"_s);
        QString error;
        {
            ProfileStore store(path);
            QVERIFY(store.profiles().isEmpty());
            QVERIFY2(store.save(rocketChat(u"prod"_s), &error), qPrintable(error));
            Profile seam;
            seam.name = u"Access control"_s;
            seam.kind = ServerKind::Seam;
            seam.url = u"https://connect.getseam.com"_s;
            seam.workspaceId = u"ws_1"_s;
            QVERIFY2(store.save(seam, &error), qPrintable(error));
            Profile replay;
            replay.name = u"replays/eu"_s; // a slash must not create a settings group
            replay.kind = ServerKind::OpenReplay;
            replay.url = u"https://api.openreplay.com/v2"_s;
            replay.apiVersion = Profile::OpenReplayApi::V2;
            replay.projectKey = u"pk123"_s;
            replay.defaultRangeDays = 7;
            QVERIFY2(store.save(replay, &error), qPrintable(error));
            store.setLastUsed(u"prod"_s);
        }
        ProfileStore store(path); // a new instance reads the file again
        const QList<Profile> all = store.profiles();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0).name, u"Access control"_s); // sorted case-insensitively
        QCOMPARE(all.at(1).name, u"prod"_s);
        QCOMPARE(all.at(2).name, u"replays/eu"_s);
        QCOMPARE(all.at(0).workspaceId, u"ws_1"_s);
        QCOMPARE(all.at(2).apiVersion, Profile::OpenReplayApi::V2);
        QCOMPARE(all.at(2).defaultRangeDays, 7);
        QCOMPARE(all.at(1), rocketChat(u"prod"_s));
        QCOMPARE(store.lastUsed(), u"prod"_s);

        // Renaming keeps "last used" pointing at the profile; a clash is refused.
        Profile renamed = rocketChat(u"production"_s);
        QVERIFY(!store.save(rocketChat(u"replays/eu"_s), &error, u"prod"_s));
        QVERIFY2(error.contains(u"already exists"_s), qPrintable(error));
        QVERIFY2(store.save(renamed, &error, u"prod"_s), qPrintable(error));
        QVERIFY(!store.contains(u"prod"_s));
        QVERIFY(store.contains(u"production"_s));
        QCOMPARE(store.lastUsed(), u"production"_s);

        // An invalid profile is not saved and the file is unchanged.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        Profile broken = rocketChat(u"broken"_s);
        broken.url = u"http://remote.example.org"_s;
        QVERIFY(!store.save(broken, &error));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
        file.close();

        QVERIFY2(store.remove(u"production"_s, &error), qPrintable(error));
        QVERIFY(store.lastUsed().isEmpty());
        QVERIFY(!store.remove(u"production"_s, &error));
        QVERIFY2(error.contains(u"no profile named"_s), qPrintable(error));
        QCOMPARE(store.profiles().size(), 2);
    }

    void brokenEntriesAreNamedAndTheOthersKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"profiles.conf"_s);
        // As a person might leave it after editing by hand: one good profile, one of a kind
        // this version does not know, one without a name, one with a broken URL and pin.
        QVERIFY(TestHelpers::writeFile(path, "[profiles]\n"
                "1\\kind=rocketchat\n1\\name=good\n1\\url=https://chat.example.org\n1\\userId=u1\n"
                "2\\kind=mattermost\n2\\name=future\n2\\url=https://mm.example.org\n"
                "3\\kind=seam\n3\\url=https://connect.getseam.com\n"
                "4\\kind=seam\n4\\name=typo\n4\\url=ht tp://x\n4\\pinSha256=zz\n"
                "size=4\n"));
        ProfileStore store(path);
        QString error;
        QVERIFY2(store.status(&error), qPrintable(error)); // the file itself is readable
        QStringList names;
        for (const Profile &p : store.profiles())
            names << p.name;
        QCOMPARE(names, (QStringList{u"good"_s, u"typo"_s}));
        const QStringList problems = store.problems();
        QCOMPARE(problems.size(), 3);
        QVERIFY2(problems.filter(u"\"future\" has an unknown server kind \"mattermost\""_s).size() == 1, qPrintable(problems.join(u'\n')));
        QVERIFY2(problems.filter(u"Entry 3 "_s).size() == 1, qPrintable(problems.join(u'\n')));
        QVERIFY2(problems.filter(u"\"typo\" is broken"_s).size() == 1, qPrintable(problems.join(u'\n')));
        Profile good;
        QVERIFY(store.find(u"good"_s, &good));
        QVERIFY(good.validate().isEmpty());
    }

    void outOfRangeNumbersNeitherOverflowNorPass()
    {
        // Found by fuzz_profiles: a hand-edited timeout of 3055555555 s overflowed while
        // validating. It must be reported, and the connection stay within bounds.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"profiles.conf"_s);
        QVERIFY(TestHelpers::writeFile(path, "[profiles]\n1\\kind=rocketchat\n1\\name=prod\n1\\url=https://chat.example.org\n"
                "1\\timeoutSeconds=3055555555\n1\\defaultRangeDays=-2147483648\nsize=1\n"));
        ProfileStore store(path);
        Profile p;
        QVERIFY(store.find(u"prod"_s, &p));
        QVERIFY(!p.validate().isEmpty());
        const Connection c = p.connection();
        QVERIFY(c.policy.timeoutMs >= 1000 && c.policy.timeoutMs <= 3'600'000);
        QVERIFY(c.rangeDays >= 1 && c.rangeDays <= 3660);
        QCOMPARE(store.problems().size(), 1);
    }

    void aHugeClaimedSizeIsBounded()
    {
        // Found by fuzz_profiles: size=305555554 made loading (and so the window's start)
        // walk hundreds of millions of empty entries.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"profiles.conf"_s);
        QVERIFY(TestHelpers::writeFile(path, "[profiles]\n1\\kind=rocketchat\n1\\name=prod\n1\\url=https://chat.example.org\nsize=2000000000\n"));
        QElapsedTimer clock;
        clock.start();
        ProfileStore store(path);
        QCOMPARE(store.profiles().size(), 1);
        const QStringList problems = store.problems();
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(u"claims 2000000000 profiles"_s), qPrintable(problems.first()));
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    }

    void malformedFileIsReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"profiles.conf"_s);
        QVERIFY(TestHelpers::writeFile(path, "[profiles\nsize=1\n1\\name=x\n"));
        ProfileStore store(path);
        QString error;
        QVERIFY(!store.status(&error));
        QVERIFY2(error.contains(u"malformed"_s), qPrintable(error));
        QVERIFY(!store.save(rocketChat(), &error)); // nothing is overwritten
    }
};

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_profiles.moc"
