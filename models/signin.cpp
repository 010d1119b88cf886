// SPDX-License-Identifier: GPL-3.0-or-later
#include "signin.h"

#include "providers/rocketchat/rocketchatauth.h"

#include <QPointer>

using namespace Qt::Literals::StringLiterals;
using Outcome = RocketChatParser::LoginResult::Outcome;

SignInPrompt::~SignInPrompt() = default;

SignInFlow::SignInFlow(const Connection &connection, QNetworkAccessManager *nam, SignInPrompt *prompt, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_prompt(prompt)
    , m_auth(new RocketChatAuth(connection, nam, this))
{
}

SignInFlow::~SignInFlow() = default;

void SignInFlow::start(const QString &message)
{
    ++m_generation;
    m_running = true;
    m_credentials = {};
    askCredentials(message);
}

void SignInFlow::askCredentials(const QString &message)
{
    QPointer<SignInFlow> self(this);
    m_prompt->askCredentials(m_connection.displayName(), message,
                             [self, generation = m_generation](std::optional<SignInPrompt::Credentials> answer) {
        if (!self || generation != self->m_generation || !self->m_running)
            return;
        if (!answer)
            return self->finish({SignInResult::Status::Canceled, tr("Sign-in canceled."), {}, {}});
        self->m_credentials = *answer;
        self->login({});
    });
}

void SignInFlow::askCode(const QString &method, const QString &message)
{
    QPointer<SignInFlow> self(this);
    m_prompt->askCode(m_connection.displayName(), method, message,
                      [self, generation = m_generation](std::optional<QString> code) {
        if (!self || generation != self->m_generation || !self->m_running)
            return;
        if (!code)
            return self->finish({SignInResult::Status::Canceled, tr("Sign-in canceled."), {}, {}});
        self->login(code->trimmed());
    });
}

void SignInFlow::login(const QString &code)
{
    QPointer<SignInFlow> self(this);
    m_auth->login(m_credentials.user, m_credentials.password, code,
                  [self, generation = m_generation, usedCode = !code.isEmpty()](const RocketChatParser::LoginResult &r) {
        if (!self || generation != self->m_generation || !self->m_running)
            return;
        switch (r.outcome) {
        case Outcome::SignedIn:
            return self->finish({SignInResult::Status::SignedIn, {}, r.userId, r.authToken});
        case Outcome::TwoFactorRequired:
            return self->askCode(r.twoFactorMethod, usedCode ? tr("The code was not accepted; enter a new one.") : QString());
        case Outcome::TwoFactorInvalid:
            return self->askCode(r.twoFactorMethod, tr("The code was wrong or has expired; enter the current one."));
        case Outcome::Rejected:
            return self->askCredentials(tr("The user name or password was not accepted."));
        case Outcome::Failed:
            return self->finish({SignInResult::Status::Failed, r.message, {}, {}});
        }
    });
}

void SignInFlow::finish(SignInResult result)
{
    m_running = false;
    m_credentials = {};
    ++m_generation;
    emit finished(result);
}
