// SPDX-License-Identifier: GPL-3.0-or-later
// Contract test: sessiondesk-cli against Stoplight Prism serving Seam's own OpenAPI
// document (shipped in the npm package @seamapi/types). Prism validates every request
// against the document (path, method, body schema, uuid formats, auth) and answers with
// the document's examples.
#include "testhelpers.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestSeamContract : public QObject
{
    Q_OBJECT

    QProcess m_prism;
    quint16 m_port = 0;
    QTemporaryDir m_dir;

    TestHelpers::CliRun cli(QStringList args, const QString &key = u"seam_test_key_1234"_s)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"SD_SEAM_KEY"_s, key);
        env.insert(u"XDG_DATA_HOME"_s, m_dir.path()); // audit log
        args << u"--kind"_s << u"seam"_s << u"--url"_s << u"http://127.0.0.1:%1"_s.arg(m_port) << u"--token-env"_s << u"SD_SEAM_KEY"_s;
        return TestHelpers::runCli(args, env);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Export the document from the package, as Seam's SDKs consume it.
        const QString spec = m_dir.filePath(u"seam-openapi.json"_s);
        QProcess node;
        node.setWorkingDirectory(QStringLiteral(SESSIONDESK_SOURCE_DIR "/tests/openapi"));
        node.start(u"node"_s, {u"-e"_s, u"import('@seamapi/types/connect').then(m => require('fs').writeFileSync(process.argv[1], "
                                         "JSON.stringify(m.openapi)))"_s, spec});
        QVERIFY2(node.waitForStarted(), "node is missing: run scripts/deps");
        QVERIFY(node.waitForFinished(60000));
        QVERIFY2(node.exitCode() == 0 && QFile::exists(spec),
                 qPrintable(u"could not export Seam's OpenAPI document (run scripts/deps): "_s + QString::fromUtf8(node.readAllStandardError())));
        QString error;
        QVERIFY2(TestHelpers::startPrism(&m_prism, spec, &m_port, &error), qPrintable(error));
    }
    void cleanupTestCase()
    {
        m_prism.terminate();
        m_prism.waitForFinished(5000);
    }

    void listIsAcceptedAndParsed()
    {
        auto r = cli({u"list"_s, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.startsWith('['));
        QVERIFY(r.out.contains("\"sessionId\": \"083e320e-e2e2-4a94-b5e1-abc028b960ab\"") || r.out.contains("\"sessionId\":\"083e320e-e2e2-4a94-b5e1-abc028b960ab\""));
        // The document's example token ("string") is masked: too short to show even four characters.
        QVERIFY2(r.out.contains("\"token\":\"\xe2\x80\xa6\""), r.out.constData());
        QVERIFY(!r.out.contains("\"token\":\"string\""));

        // The filters go into the body the document describes.
        r = cli({u"list"_s, u"--user-identifier-key"_s, u"internal user ID 1"_s, u"--without-user-identifier-key"_s, u"--format"_s, u"csv"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void emptyKeyIsRefusedBeforeAnyRequest()
    {
        const auto r = cli({u"list"_s}, u""_s);
        QCOMPARE(r.exitCode, 2); // an empty key is refused before any request
    }

    void revokeAndDeleteAreAccepted()
    {
        auto r = cli({u"revoke"_s, u"c75d4330-ae01-4dfd-b6c5-f3e94e0d8168"_s, u"--yes"_s});
        QVERIFY2(r.exitCode == 0, r.out.constData());
        QCOMPARE(r.out, QByteArray("c75d4330-ae01-4dfd-b6c5-f3e94e0d8168: revoked\n"));
        r = cli({u"delete"_s, u"e1006128-19a8-4e4d-9a91-536d80cf9c21"_s, u"--yes"_s});
        QVERIFY2(r.exitCode == 0, r.out.constData());
        QCOMPARE(r.out, QByteArray("e1006128-19a8-4e4d-9a91-536d80cf9c21: deleted\n"));

        // Prism enforces the document: a client_session_id that is not a uuid is a 400.
        r = cli({u"revoke"_s, u"not-a-uuid"_s, u"--yes"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("failed: ") && r.out.contains("HTTP 400"), r.out.constData());

        r = TestHelpers::runCli({u"audit"_s, u"--format"_s, u"json"_s}, [this] {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"XDG_DATA_HOME"_s, m_dir.path());
            return env;
        }());
        QCOMPARE(r.out.count('\n'), 3);
        QVERIFY(r.out.contains("\"action\":\"delete\""));
        QVERIFY(!r.out.contains("seam_test_key_1234"));
    }
};

QTEST_GUILESS_MAIN(TestSeamContract)
#include "tst_seamcontract.moc"
