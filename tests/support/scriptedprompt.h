// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signin.h"

#include <QStringList>
#include <QTest>
#include <QTimer>

#include <deque>
#include <optional>

/// A SignInPrompt that answers from a script (credentials first-in first-out) and
/// records every question; an unexpected question fails the running test.
/// Answers the flow's questions from a script and records what was asked.
class ScriptedPrompt final : public SignInPrompt
{
public:
    std::deque<std::optional<Credentials>> credentials;
    std::deque<std::optional<QString>> codes;
    QStringList asked; ///< "credentials: message" / "code(method): message"

    void askCredentials(const QString &, const QString &message, CredentialsAnswer answer) override
    {
        asked.append(QStringLiteral("credentials: ") + message);
        QVERIFY(!credentials.empty());
        auto next = credentials.front();
        credentials.pop_front();
        answer(next);
    }
    void askCode(const QString &, const QString &method, const QString &message, CodeAnswer answer) override
    {
        asked.append(QStringLiteral("code(%1): %2").arg(method, message));
        QVERIFY(!codes.empty());
        auto next = codes.front();
        codes.pop_front();
        // answer later, as a dialog would
        QTimer::singleShot(0, [answer, next] { answer(next); });
    }
};
