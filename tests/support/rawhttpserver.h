// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>

#include <functional>

class QTcpSocket;

/// One request as a RawHttpServer received it.
struct RawRequest
{
    QByteArray method, target, body;
    QList<std::pair<QByteArray, QByteArray>> headers; ///< names lower-cased
    QByteArray header(const QByteArray &name) const;
    QByteArray raw; ///< everything that arrived on the connection, byte for byte
};

/**
 * An HTTP/1.1 server on loopback that answers at the byte level, for servers that
 * misbehave in ways a real HTTP server library will not: wrong lengths, trickling bytes,
 * connections closed mid-answer, bodies that inflate to gigabytes, TLS with any
 * certificate. Every connection and every byte received is recorded, so a test can prove
 * what was *not* sent somewhere.
 *
 * The handler gets the socket and the parsed request and writes whatever it likes; it may
 * keep the socket for later (it is parented to the server).
 */
class RawHttpServer : public QTcpServer
{
    Q_OBJECT

public:
    using Handler = std::function<void(QTcpSocket *socket, const RawRequest &request)>;

    explicit RawHttpServer(Handler handler, QObject *parent = nullptr);
    /// Serves HTTPS with this certificate (chain) and key from now on.
    void useTls(const QList<QSslCertificate> &chain, const QSslKey &key);
    quint16 start(); ///< listens on 127.0.0.1, returns the port (0 on failure)
    QByteArray url() const; ///< http(s)://127.0.0.1:PORT

    int connections = 0;
    QList<RawRequest> requests;
    QByteArray received; ///< all bytes of all connections (after TLS decryption)

    /// A complete answer with Content-Length.
    static QByteArray response(int status, const QByteArray &body, const QByteArray &contentType = "application/json",
                               const QList<std::pair<QByteArray, QByteArray>> &headers = {});

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void onReadyRead(QTcpSocket *socket);

    Handler m_handler;
    QList<QSslCertificate> m_chain;
    QSslKey m_key;
};

/// Certificates made with the openssl command at test time (nothing secret is checked in).
struct TestCertificates
{
    QString dir;                  ///< where the PEM files are
    QString caFile;               ///< the test CA (PEM), for --ca-file
    QList<QSslCertificate> server; ///< 127.0.0.1 and localhost, signed by the CA
    QList<QSslCertificate> wrongHost; ///< signed by the CA, for other.example only
    QList<QSslCertificate> expired; ///< signed by the CA, valid only in 2020
    QList<QSslCertificate> selfSigned; ///< 127.0.0.1, signed by itself
    QSslKey key;                  ///< the key of every certificate above
    QString error;                ///< why making them failed

    /// Makes a fresh set in dir; false (with error) if openssl is missing or fails.
    bool make(const QString &dir);
};
