// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection.h"
#include "providers/rocketchat/rocketchatparser.h"

#include <QObject>

#include <functional>

class HttpClient;
class QNetworkAccessManager;

/**
 * Rocket.Chat sign-in and sign-out: POST /api/v1/login {user, password[, code]} and
 * POST /api/v1/logout. A pending two-factor check comes back as TwoFactorRequired; send
 * the login again with the code. Passwords are only held for the duration of a request.
 */
class RocketChatAuth final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RocketChatAuth)

public:
    using LoginCallback = std::function<void(const RocketChatParser::LoginResult &)>;
    using LogoutCallback = std::function<void(bool ok, const QString &error)>;

    RocketChatAuth(const Connection &connection, QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~RocketChatAuth() override;

    void login(const QString &user, const QString &password, const QString &code, LoginCallback done);
    /// Ends the session of connection.userId/secret on the server.
    void logout(LogoutCallback done);
    void abort();

private:
    Connection m_connection;
    HttpClient *m_http;
};
