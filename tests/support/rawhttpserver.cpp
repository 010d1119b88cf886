// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawhttpserver.h"

#include "testhelpers.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSslConfiguration>
#include <QSslSocket>

using namespace Qt::Literals::StringLiterals;

QByteArray RawRequest::header(const QByteArray &name) const
{
    const QByteArray lower = name.toLower();
    for (const auto &h : headers) {
        if (h.first == lower)
            return h.second;
    }
    return {};
}

RawHttpServer::RawHttpServer(Handler handler, QObject *parent)
    : QTcpServer(parent)
    , m_handler(std::move(handler))
{
}

void RawHttpServer::useTls(const QList<QSslCertificate> &chain, const QSslKey &key)
{
    m_chain = chain;
    m_key = key;
}

quint16 RawHttpServer::start()
{
    return listen(QHostAddress::LocalHost) ? serverPort() : 0;
}

QByteArray RawHttpServer::url() const
{
    return (m_chain.isEmpty() ? "http://127.0.0.1:" : "https://127.0.0.1:") + QByteArray::number(serverPort());
}

QByteArray RawHttpServer::response(int status, const QByteArray &body, const QByteArray &contentType,
                                   const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + " Status\r\nContent-Type: " + contentType
        + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto &h : headers)
        out += h.first + ": " + h.second + "\r\n";
    return out + "\r\n" + body;
}

void RawHttpServer::incomingConnection(qintptr descriptor)
{
    ++connections;
    QTcpSocket *socket = nullptr;
    if (m_chain.isEmpty()) {
        socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
    } else {
        auto *tls = new QSslSocket(this);
        tls->setSocketDescriptor(descriptor);
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificateChain(m_chain);
        config.setPrivateKey(m_key);
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        tls->setSslConfiguration(config);
        tls->startServerEncryption();
        socket = tls;
    }
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
}

void RawHttpServer::onReadyRead(QTcpSocket *socket)
{
    // Requests on one connection are parsed from what is buffered on the socket object.
    QByteArray buffered = socket->property("buffered").toByteArray();
    const QByteArray chunk = socket->readAll();
    received += chunk;
    buffered += chunk;
    for (;;) {
        const qsizetype end = buffered.indexOf("\r\n\r\n");
        if (end < 0)
            break;
        RawRequest request;
        const QList<QByteArray> lines = buffered.left(end).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.target = first.value(1);
        qsizetype length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = lines[i].left(colon).trimmed().toLower();
            const QByteArray value = lines[i].mid(colon + 1).trimmed();
            request.headers.append({name, value});
            if (name == "content-length")
                length = value.toLongLong();
        }
        if (buffered.size() < end + 4 + length)
            break; // the body is still coming
        request.body = buffered.mid(end + 4, length);
        request.raw = buffered.left(end + 4 + length);
        buffered.remove(0, end + 4 + length);
        requests.append(request);
        m_handler(socket, request);
    }
    socket->setProperty("buffered", buffered);
}

namespace {

bool runOpenssl(const QString &dir, const QStringList &args, QString *error)
{
    QProcess openssl;
    openssl.setWorkingDirectory(dir);
    openssl.start(u"openssl"_s, args);
    if (!openssl.waitForFinished(60000) || openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0) {
        *error = u"openssl %1 failed: %2 %3"_s.arg(args.join(u' '), openssl.errorString(),
                                                  QString::fromLocal8Bit(openssl.readAllStandardError()));
        return false;
    }
    return true;
}

} // namespace

bool TestCertificates::make(const QString &where)
{
    dir = where;
    const QStringList ecKey = {u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s};
    // A CA, and one key (server.key) for every server certificate.
    if (!runOpenssl(dir, QStringList{u"req"_s, u"-x509"_s} + ecKey + QStringList{u"-keyout"_s, u"ca.key"_s, u"-out"_s, u"ca.pem"_s,
                          u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=SessionDesk Test CA"_s, u"-addext"_s,
                          u"basicConstraints=critical,CA:TRUE"_s, u"-addext"_s, u"keyUsage=critical,keyCertSign,cRLSign"_s},
                    &error)
        || !runOpenssl(dir, QStringList{u"req"_s} + ecKey + QStringList{u"-keyout"_s, u"server.key"_s, u"-out"_s, u"server.csr"_s,
                          u"-subj"_s, u"/CN=127.0.0.1"_s},
                       &error))
        return false;
    const QByteArray common = "basicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n";
    if (!TestHelpers::writeFile(dir + u"/server.ext"_s, common + "subjectAltName=IP:127.0.0.1,DNS:localhost\n")
        || !TestHelpers::writeFile(dir + u"/other.ext"_s, common + "subjectAltName=DNS:other.example\n")) {
        error = u"cannot write into %1"_s.arg(dir);
        return false;
    }
    const auto sign = [this](const QString &ext, const QString &out) {
        return runOpenssl(dir, {u"x509"_s, u"-req"_s, u"-in"_s, u"server.csr"_s, u"-CA"_s, u"ca.pem"_s, u"-CAkey"_s, u"ca.key"_s,
                                u"-CAcreateserial"_s, u"-days"_s, u"2"_s, u"-extfile"_s, ext, u"-out"_s, out},
                          &error);
    };
    if (!sign(u"server.ext"_s, u"server.pem"_s))
        return false;
    // Qt also accepts a host name found in the subject's CN, so the wrong-host
    // certificate must not name 127.0.0.1 anywhere.
    if (!runOpenssl(dir, {u"req"_s, u"-new"_s, u"-key"_s, u"server.key"_s, u"-out"_s, u"other.csr"_s, u"-subj"_s, u"/CN=other.example"_s},
                    &error)
        || !runOpenssl(dir, {u"x509"_s, u"-req"_s, u"-in"_s, u"other.csr"_s, u"-CA"_s, u"ca.pem"_s, u"-CAkey"_s, u"ca.key"_s,
                             u"-CAcreateserial"_s, u"-days"_s, u"2"_s, u"-extfile"_s, u"other.ext"_s, u"-out"_s, u"other.pem"_s},
                       &error))
        return false;
    // `openssl ca` is the one that takes explicit dates: valid for one day in 2020.
    const QByteArray caConfig = "[ca]\ndefault_ca=test\n[test]\ndatabase=index.txt\nnew_certs_dir=.\nserial=ca.serial\n"
                                "default_md=sha256\npolicy=any\ncopy_extensions=none\n[any]\ncommonName=supplied\n";
    if (!TestHelpers::writeFile(dir + u"/ca.cnf"_s, caConfig) || !TestHelpers::writeFile(dir + u"/index.txt"_s, {})
        || !TestHelpers::writeFile(dir + u"/ca.serial"_s, "1000\n")) {
        error = u"cannot write into %1"_s.arg(dir);
        return false;
    }
    if (!runOpenssl(dir, {u"ca"_s, u"-batch"_s, u"-config"_s, u"ca.cnf"_s, u"-cert"_s, u"ca.pem"_s, u"-keyfile"_s, u"ca.key"_s,
                          u"-startdate"_s, u"20200101000000Z"_s, u"-enddate"_s, u"20200102000000Z"_s, u"-extfile"_s,
                          u"server.ext"_s, u"-in"_s, u"server.csr"_s, u"-out"_s, u"expired.pem"_s, u"-notext"_s},
                    &error))
        return false;
    if (!runOpenssl(dir, {u"req"_s, u"-x509"_s, u"-key"_s, u"server.key"_s, u"-out"_s, u"self.pem"_s, u"-days"_s, u"2"_s,
                          u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s, u"subjectAltName=IP:127.0.0.1,DNS:localhost"_s},
                    &error))
        return false;

    caFile = dir + u"/ca.pem"_s;
    const auto load = [this](const QString &name) { return QSslCertificate::fromPath(dir + u'/' + name); };
    const QList<QSslCertificate> ca = load(u"ca.pem"_s);
    server = load(u"server.pem"_s) + ca;
    wrongHost = load(u"other.pem"_s) + ca;
    expired = load(u"expired.pem"_s) + ca;
    selfSigned = load(u"self.pem"_s);
    QFile keyFile(dir + u"/server.key"_s);
    if (keyFile.open(QIODevice::ReadOnly))
        key = QSslKey(keyFile.readAll(), QSsl::Ec);
    if (ca.isEmpty() || server.size() != 2 || wrongHost.size() != 2 || expired.size() != 2 || selfSigned.isEmpty() || key.isNull()) {
        error = u"the certificates made in %1 could not be loaded"_s.arg(dir);
        return false;
    }
    return true;
}
