// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvwriter.h"
#include "sessionstore.h"
#include "testhelpers.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <random>

using namespace Qt::Literals::StringLiterals;
using TestHelpers::makeSession;

namespace {

RowList allRows(const SessionStore &store)
{
    RowList rows(size_t(store.rowCount()));
    std::iota(rows.begin(), rows.end(), 0);
    return rows;
}

// Reference escaping, written independently from the fast path: quote when needed,
// guard formula starts, double the quotes.
QByteArray referenceCell(const QByteArray &cell)
{
    QByteArray value = cell;
    if (!value.isEmpty() && QByteArray("=+-@\t\r").contains(value.front()))
        value.prepend('\'');
    if (value.contains(',') || value.contains('"') || value.contains('\r') || value.contains('\n'))
        return '"' + value.replace("\"", "\"\"") + '"';
    return value;
}

/// The whole document the reference writer makes of rows in columns, header included.
QByteArray referenceDocument(const SessionStore &store, const RowList &rows, const std::vector<SessionColumn> &columns)
{
    QByteArray expected;
    for (size_t c = 0; c < columns.size(); ++c)
        expected += (c ? "," : "") + SessionColumns::key(columns[c]).toUtf8();
    expected += "\r\n";
    std::string scratch;
    for (int row : rows) {
        for (size_t c = 0; c < columns.size(); ++c) {
            const std::string_view v = store.exportText(row, columns[c], scratch);
            expected += (c ? "," : "") + referenceCell(QByteArray(v.data(), qsizetype(v.size())));
        }
        expected += "\r\n";
    }
    return expected;
}

} // namespace

class TestCsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cells_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("plain") << QByteArray("Chrome") << QByteArray("Chrome");
        QTest::newRow("empty") << QByteArray("") << QByteArray("");
        QTest::newRow("comma") << QByteArray("a,b") << QByteArray("\"a,b\"");
        QTest::newRow("quote") << QByteArray("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"");
        QTest::newRow("newline") << QByteArray("a\nb") << QByteArray("\"a\nb\"");
        QTest::newRow("formula =") << QByteArray("=HYPERLINK(\"x\")") << QByteArray("\"'=HYPERLINK(\"\"x\"\")\"");
        QTest::newRow("formula +") << QByteArray("+1") << QByteArray("'+1");
        QTest::newRow("formula -") << QByteArray("-2+3") << QByteArray("'-2+3");
        QTest::newRow("formula @") << QByteArray("@SUM(A1)") << QByteArray("'@SUM(A1)");
        QTest::newRow("tab start") << QByteArray("\tx") << QByteArray("'\tx");
        QTest::newRow("CR start") << QByteArray("\rx") << QByteArray("\"'\rx\"");
        QTest::newRow("minus inside is fine") << QByteArray("a-b") << QByteArray("a-b");
        QTest::newRow("unicode") << QByteArray("zoë 🙂") << QByteArray("zoë 🙂");
    }
    void cells()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, expected);
        std::string out;
        CsvWriter::appendCell(out, std::string_view(input.constData(), size_t(input.size())));
        QCOMPARE(QByteArray::fromStdString(out), expected);
        QCOMPARE(referenceCell(input), expected);
    }

    void wholeDocument()
    {
        SessionStore store;
        Session evil = makeSession(u"s,2"_s, u"=cmd|' /C calc'!A0"_s, u"Chrome"_s, u"Linux"_s, 1684859625202);
        Session plain = makeSession(u"s1"_s, u"alice"_s, u"Chrome"_s, u"Linux"_s, kMissingTime);
        store.upsert(SessionBatch::fromSessions({plain, evil}), 1);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer;
        QVERIFY(writer.write(&buffer, store, {1, 0}, {SessionColumn::SessionId, SessionColumn::User, SessionColumn::StartedAt}));
        QCOMPARE(buffer.data(), QByteArray("sessionId,userId,startedAt\r\n"
                                           "\"s,2\",'=cmd|' /C calc'!A0,2023-05-23T16:33:45.202Z\r\n"
                                           "s1,alice,\r\n"));
    }

    void byteOrderMarkOnRequest()
    {
        SessionStore store;
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer;
        QVERIFY(writer.write(&buffer, store, {}, {SessionColumn::SessionId}, CsvOptions{true}));
        QCOMPARE(buffer.data(), QByteArray("\xEF\xBB\xBFsessionId\r\n"));
    }

    void matchesReferenceOnRandomData()
    {
        // More rows than one chunk per thread and than one gather block, in a shuffled
        // order (as a sorted view has), so every path of the parallel export is compared.
        SessionStore store;
        QList<Session> sessions = TestHelpers::randomSessions(30000, 3);
        sessions[7].userId = u"-weird, \"quoted\"\nname"_s;
        sessions[9].deviceName = u"@evil"_s;
        sessions[20000].host = u"=cmd|' /C calc'!A0"_s;
        sessions[29999].ip = u"\"\""_s;
        store.upsert(SessionBatch::fromSessions(sessions), 1);
        RowList rows = allRows(store);
        std::mt19937 rng(7);
        std::shuffle(rows.begin(), rows.end(), rng);
        rows.resize(rows.size() - 5); // not a multiple of anything
        std::vector<SessionColumn> columns = SessionColumns::all();
        std::swap(columns.front(), columns.back());

        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer;
        QVERIFY(writer.write(&buffer, store, rows, columns));

        const QByteArray expected = referenceDocument(store, rows, columns);
        QCOMPARE(buffer.data().size(), expected.size());
        QVERIFY(buffer.data() == expected);
    }

    void cellsOfEveryLengthMatchReference()
    {
        // The export scans and copies cells in 16-byte blocks that may reach past a cell's
        // end into the next text of the store. Cells of 0 to 40 bytes with a special byte
        // at every position (or none) and a guard start or not, each stored next to a text
        // that starts with a comma, must still come out exactly as the reference has them.
        const QByteArray letters = "abcdefghijklmnopqrstuvwxyz0123456789.";
        QList<Session> sessions;
        int n = 0;
        for (int length = 0; length <= 40; ++length) {
            for (const char first : {'a', '=', '-'}) {
                for (int special = -1; special < length; ++special) {
                    for (const char ch : {',', '"', '\r', '\n'}) {
                        QByteArray cell(length, 'x');
                        for (int i = 0; i < length; ++i)
                            cell[i] = letters[(n + i * 7) % letters.size()];
                        if (length > 0)
                            cell[0] = first;
                        if (special >= 0)
                            cell[special] = ch;
                        Session s = makeSession(u"s%1"_s.arg(n), QString::fromUtf8(cell), u",d%1"_s.arg(n));
                        sessions.append(s);
                        ++n;
                        if (special < 0)
                            break; // one plain cell per length and start
                    }
                }
            }
        }
        SessionStore store;
        store.upsert(SessionBatch::fromSessions(sessions), 1);
        QCOMPARE(store.rowCount(), sessions.size());
        std::string text;
        QCOMPARE(QByteArray::fromStdString(std::string(store.exportText(int(sessions.size()) - 1, SessionColumn::User, text))),
                 sessions.back().userId.toUtf8());
        const std::vector<SessionColumn> columns = {SessionColumn::User, SessionColumn::Device, SessionColumn::SessionId};
        RowList rows = allRows(store);
        for (const bool reversed : {false, true}) {
            if (reversed)
                std::reverse(rows.begin(), rows.end());
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            CsvWriter writer;
            QVERIFY(writer.write(&buffer, store, rows, columns));
            QVERIFY(buffer.data().startsWith("userId,device,sessionId\r\n"));
            QCOMPARE(buffer.data(), referenceDocument(store, rows, columns));
        }
    }

    void progressCanCancel()
    {
        SessionStore store;
        QList<Session> sessions;
        // Enough rows for several rounds of chunks however many threads format them.
        for (int i = 0; i < 200000; ++i)
            sessions << makeSession(u"s%1"_s.arg(i), u"u"_s);
        store.upsert(SessionBatch::fromSessions(sessions), 1);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"out.csv"_s);
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("previous export\n");
        }
        CsvWriter writer;
        int calls = 0;
        QVERIFY(!writer.writeFile(path, store, allRows(store), {SessionColumn::SessionId}, {}, [&](qint64) { return ++calls < 2; }));
        QVERIFY(writer.wasCanceled());
        // The previous file is untouched (atomic QSaveFile write)
        QFile check(path);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray("previous export\n"));
    }

    void fullDiskIsAClearError()
    {
        // /dev/full accepts the open and fails every write with ENOSPC.
        QFile full(u"/dev/full"_s);
        QVERIFY2(full.open(QIODevice::WriteOnly), qPrintable(full.errorString()));
        SessionStore store;
        store.upsert(SessionBatch::fromSessions(TestHelpers::randomSessions(5000, 3)), 1);
        RowList rows;
        for (int r = 0; r < store.rowCount(); ++r)
            rows.push_back(r);
        CsvWriter writer;
        QVERIFY(!writer.write(&full, store, rows, {SessionColumn::SessionId, SessionColumn::User}));
        QVERIFY2(writer.errorString().contains(u"space"_s, Qt::CaseInsensitive), qPrintable(writer.errorString()));
    }

    void unwritablePathIsAClearError()
    {
        SessionStore store;
        CsvWriter writer;
        QVERIFY(!writer.writeFile(u"/nonexistent-dir/x.csv"_s, store, {}, {SessionColumn::SessionId}));
        QVERIFY2(writer.errorString().contains(u"/nonexistent-dir/x.csv"_s), qPrintable(writer.errorString()));
    }

    void jsonOutput()
    {
        SessionStore store;
        Session s = makeSession(u"a\"1"_s, u"zoë\n"_s, u"Chrome"_s, u"Linux"_s, 1684859625202);
        Session noTime = makeSession(u"b"_s, u"u"_s);
        noTime.loginAt = kMissingTime;
        store.upsert(SessionBatch::fromSessions({s, noTime}), 1);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY(JsonWriter::write(&buffer, store, allRows(store), {SessionColumn::SessionId, SessionColumn::User, SessionColumn::StartedAt}, &error));
        QJsonParseError parseError;
        const QJsonArray array = QJsonDocument::fromJson(buffer.data(), &parseError).array();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QCOMPARE(array.size(), 2);
        QCOMPARE(array[0][u"sessionId"_s].toString(), u"a\"1"_s);
        QCOMPARE(array[0][u"userId"_s].toString(), u"zoë\n"_s);
        QCOMPARE(array[0][u"startedAt"_s].toString(), u"2023-05-23T16:33:45.202Z"_s);
        QVERIFY(array[1][u"startedAt"_s].isNull());

        QBuffer empty;
        empty.open(QIODevice::WriteOnly);
        QVERIFY(JsonWriter::write(&empty, store, {}, {SessionColumn::SessionId}, &error));
        QCOMPARE(empty.data(), QByteArray("[]\n"));
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
