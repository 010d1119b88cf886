// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection.h"

#include <QObject>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class RocketChatAuth;

/**
 * Asks the user for what a sign-in needs. The desktop application shows dialogs; tests
 * answer from a script. Every question is answered exactly once, asynchronously or not;
 * std::nullopt means the user canceled.
 */
class SignInPrompt
{
public:
    struct Credentials
    {
        QString user;
        QString password;
    };
    using CredentialsAnswer = std::function<void(std::optional<Credentials>)>;
    using CodeAnswer = std::function<void(std::optional<QString>)>;

    virtual ~SignInPrompt();
    /// message says why we ask (first sign-in, expired token, wrong password).
    virtual void askCredentials(const QString &server, const QString &message, CredentialsAnswer answer) = 0;
    /// method is the server's two-factor method ("totp", "email", …).
    virtual void askCode(const QString &server, const QString &method, const QString &message, CodeAnswer answer) = 0;
};

struct SignInResult
{
    enum class Status { SignedIn, Canceled, Failed };
    Status status = Status::Failed;
    QString error;
    QString userId;
    QString authToken; ///< to be stored in the keychain by the caller
};
Q_DECLARE_METATYPE(SignInResult)

/**
 * Rocket.Chat's interactive sign-in: user name and password, then a two-factor code when
 * the server answers totp-required, repeating the question on a wrong password or code.
 * finished() is emitted exactly once. The password is dropped as soon as the flow ends.
 */
class SignInFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInFlow)

public:
    SignInFlow(const Connection &connection, QNetworkAccessManager *nam, SignInPrompt *prompt, QObject *parent = nullptr);
    ~SignInFlow() override;

    void start(const QString &message = {});
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(const SignInResult &result);

private:
    void askCredentials(const QString &message);
    void askCode(const QString &method, const QString &message);
    void login(const QString &code);
    void finish(SignInResult result);

    Connection m_connection;
    SignInPrompt *m_prompt;
    RocketChatAuth *m_auth;
    SignInPrompt::Credentials m_credentials;
    bool m_running = false;
    quint64 m_generation = 0; ///< answers to the questions of an earlier run are ignored
};
