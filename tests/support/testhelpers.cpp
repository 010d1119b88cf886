// SPDX-License-Identifier: GPL-3.0-or-later
#include "testhelpers.h"

#include <QDirIterator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <random>

using namespace Qt::Literals::StringLiterals;

namespace TestHelpers {

Session makeSession(const QString &sessionId, const QString &userId, const QString &deviceName,
                    const QString &osName, qint64 loginAt)
{
    Session s;
    s.id = sessionId;
    s.sessionId = sessionId;
    s.userId = userId;
    s.deviceType = u"browser"_s;
    s.deviceName = deviceName;
    s.deviceVersion = u"1.0"_s;
    s.osName = osName;
    s.osVersion = u"1"_s;
    s.host = u"chat.example.org"_s;
    s.ip = u"10.0.0.1"_s;
    s.loginAt = loginAt;
    return s;
}

QString describe(const Session &s)
{
    const auto time = [](qint64 ms) { return ms == kMissingTime ? QStringLiteral("missing") : QString::number(ms); };
    return QStringLiteral("id: %1\nsessionId: %2\nuserId: %3\nuserName: %4\ndeviceType: %5\ndeviceName: %6\n"
                          "deviceVersion: %7\ndeviceLongVersion: %8\nosName: %9\nosVersion: %10\nhost: %11\nip: %12\n"
                          "details: %13\nloginAt: %14\nendedAt: %15\nserver: %16")
        .arg(s.id, s.sessionId, s.userId, s.userName, s.deviceType, s.deviceName, s.deviceVersion, s.deviceLongVersion,
             s.osName)
        .arg(s.osVersion, s.host, s.ip, s.details, time(s.loginAt), time(s.endedAt), s.server);
}

QList<Session> randomSessions(int n, uint32_t seed)
{
    std::mt19937 rng(seed);
    auto pick = [&rng](std::initializer_list<QString> values) {
        return *(values.begin() + std::uniform_int_distribution<size_t>(0, values.size() - 1)(rng));
    };
    QList<Session> sessions;
    for (int i = 0; i < n; ++i) {
        Session s;
        s.sessionId = u"s%1"_s.arg(qint64(i) * 7919 % (qint64(n) * 13 + 1));
        s.id = s.sessionId;
        s.userId = pick({u"alice"_s, u"Bob"_s, u"carol"_s, u"MARTIN"_s, u"martina"_s, u"zoë"_s, u"Émile"_s, u""_s, u"user10"_s, u"user9"_s});
        s.deviceType = pick({u"browser"_s, u"mobile-app"_s, u"desktop-app"_s, u""_s});
        s.deviceName = pick({u"Chrome"_s, u"Firefox"_s, u"Rocket.Chat"_s, u""_s, u"Safari"_s});
        s.deviceVersion = pick({u"9"_s, u"10"_s, u"113.0.0"_s, u""_s});
        s.osName = pick({u"Windows"_s, u"Linux"_s, u"Mac OS"_s, u""_s, u"Android"_s});
        s.osVersion = pick({u"10"_s, u"11"_s, u""_s});
        s.host = pick({u"chat.example.org"_s, u"chat-eu.example.org"_s});
        s.ip = pick({u"10.0.0.1"_s, u"2001:db8::1"_s, u"192.168.1.20"_s, u""_s});
        const int r = std::uniform_int_distribution<int>(0, 9)(rng);
        s.loginAt = r == 0 ? kMissingTime : 1'600'000'000'000 + qint64(std::uniform_int_distribution<int>(0, 50)(rng)) * 86'400'000 / 3;
        // Half the sessions have ended, some at the same time, a few without a start.
        if (r % 2 == 1)
            s.endedAt = 1'600'000'000'000 + qint64(std::uniform_int_distribution<int>(0, 60)(rng)) * 86'400'000 / 3;
        s.details = pick({u"0:00:12, 1 events"_s, u"1:02:03, 40 events"_s, u""_s});
        sessions << s;
    }
    return sessions;
}

QStringList rangeSignals(const QSignalSpy &spy)
{
    QStringList out;
    for (const QList<QVariant> &args : spy)
        out << u"%1,%2"_s.arg(args.at(1).toInt()).arg(args.at(2).toInt());
    return out;
}

bool parseDemoLine(const QByteArray &line, DemoLine *out)
{
    const QJsonObject root = QJsonDocument::fromJson(line).object();
    const QJsonObject rc = root.value(u"rocketchat"_s).toObject();
    out->url = rc.value(u"url"_s).toString();
    out->userId = rc.value(u"userId"_s).toString();
    out->token = rc.value(u"token"_s).toString();
    out->sessions = root.value(u"sessions"_s).toInteger();
    out->openReplayUrl = root.value(u"openreplay"_s).toObject().value(u"url"_s).toString();
    out->openReplayKey = root.value(u"openreplay"_s).toObject().value(u"apiKey"_s).toString();
    out->seamUrl = root.value(u"seam"_s).toObject().value(u"url"_s).toString();
    out->seamKey = root.value(u"seam"_s).toObject().value(u"apiKey"_s).toString();
    return !out->url.isEmpty() && !out->userId.isEmpty() && !out->token.isEmpty();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

CliRun runCli(const QStringList &args, const QProcessEnvironment &env, const QByteArray &standardInput)
{
    return runProgram(QStringLiteral(SESSIONDESK_CLI), args, env, standardInput);
}

CliRun runProgram(const QString &program, const QStringList &args, const QProcessEnvironment &env,
                  const QByteArray &standardInput)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForStarted(10000))
        return {};
    if (!standardInput.isNull())
        p.write(standardInput);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        p.kill();
    p.waitForFinished(1000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

bool startDemoServer(QProcess *process, const QStringList &args, DemoLine *line)
{
    process->start(QStringLiteral(SESSIONDESK_CLI), QStringList{QStringLiteral("demo-server")} + args);
    if (!process->waitForStarted(10000) || !process->waitForReadyRead(20000))
        return false;
    return parseDemoLine(process->readLine(), line);
}

bool startPrism(QProcess *prism, const QString &spec, quint16 *port, QString *error)
{
    const QString program = QStringLiteral(SESSIONDESK_SOURCE_DIR "/tests/openapi/node_modules/.bin/prism");
    if (!QFile::exists(program)) {
        *error = QStringLiteral("Prism is missing: run scripts/deps (npm ci in tests/openapi)");
        return false;
    }
    QByteArray output;
    // The port is free when probed, but another test running beside this one may take it
    // before Prism binds it; Prism then exits at once, and a new port is tried.
    for (int attempt = 0; attempt < 3; ++attempt) {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost)) {
            *error = QStringLiteral("no free port");
            return false;
        }
        *port = probe.serverPort();
        probe.close();
        prism->setProcessChannelMode(QProcess::MergedChannels);
        prism->start(program, {QStringLiteral("mock"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                               QStringLiteral("--port"), QString::number(*port), spec});
        if (!prism->waitForStarted()) {
            *error = QStringLiteral("Prism did not start: ") + prism->errorString();
            return false;
        }
        for (int i = 0; i < 240; ++i) { // Seam's 2 MB document takes a while to load
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, *port);
            if (s.waitForConnected(250))
                return true;
            if (prism->state() == QProcess::NotRunning)
                break;
            QTest::qWait(250);
        }
        if (prism->state() != QProcess::NotRunning) // running, but not listening after a minute
            break;
        output = prism->readAll();
    }
    *error = QStringLiteral("Prism did not come up: ") + QString::fromUtf8(output + prism->readAll());
    return false;
}

CredentialResult waitForKeychain(const std::function<void(CredentialStore::Callback)> &operation)
{
    CredentialResult result;
    bool done = false;
    operation([&](const CredentialResult &r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 30000))
        result.error = QStringLiteral("the keychain did not answer within 30 s");
    return result;
}

QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            hits.append(path);
    }
    return hits;
}

} // namespace TestHelpers
