// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentialstore.h"
#include "session.h"
#include "sessionbatch.h"

#include <QList>
#include <QProcess>
#include <QSignalSpy>
#include <QString>

#include <cstdint>

namespace TestHelpers {

/// A session with every field set from a short tag, e.g. make("a1", "alice", ...).
Session makeSession(const QString &sessionId, const QString &userId, const QString &deviceName = QStringLiteral("Chrome"),
                    const QString &osName = QStringLiteral("Linux"), qint64 loginAt = 1'700'000'000'000);

/// Every field of s, one "name: value" line each, for comparing a parsed session with
/// the expected one in a single QCOMPARE that shows both in full when they differ.
QString describe(const Session &s);

/// n pseudo-random sessions (deterministic for seed) with missing values, duplicates in
/// text, unicode and numbers inside strings, for comparing fast paths with references.
QList<Session> randomSessions(int n, uint32_t seed);

/// "first,last" for each rowsInserted/rowsRemoved style spy entry (KItemModels style).
QStringList rangeSignals(const QSignalSpy &spy);

/// Reads the demo server connection line printed by `sessiondesk-cli demo-server`.
struct DemoLine
{
    QString url, userId, token;
    QString openReplayUrl, openReplayKey, seamUrl, seamKey;
    qint64 sessions = 0;
};
bool parseDemoLine(const QByteArray &line, DemoLine *out);

/// One run of a real SessionDesk binary.
struct CliRun
{
    int exitCode = -1; ///< -1 when it crashed or hung
    QByteArray out, err;
};
/// Runs program with args to the end (at most a minute), standardInput written and closed.
CliRun runProgram(const QString &program, const QStringList &args,
                  const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(), const QByteArray &standardInput = {});
/// runProgram() of the real sessiondesk-cli binary.
CliRun runCli(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
              const QByteArray &standardInput = {});

/// Starts `sessiondesk-cli demo-server ARGS` in process and reads its connection line.
bool startDemoServer(QProcess *process, const QStringList &args, DemoLine *line);

/// Starts Stoplight Prism (tests/openapi, installed by scripts/deps) serving spec on a free
/// loopback port and waits until it accepts connections; false with a reason otherwise.
bool startPrism(QProcess *prism, const QString &spec, quint16 *port, QString *error);

/// Runs one keychain operation and waits (up to 30 s) for its answer.
CredentialResult waitForKeychain(const std::function<void(CredentialStore::Callback)> &operation);

/// Writes bytes to path (replacing it); false when it cannot.
bool writeFile(const QString &path, const QByteArray &bytes);

/// Every file below dir whose bytes contain needle (for "no secret on disk" checks).
QStringList filesContaining(const QString &dir, const QByteArray &needle);

}
