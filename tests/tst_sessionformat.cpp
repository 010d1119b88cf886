// SPDX-License-Identifier: GPL-3.0-or-later
#include "naturalcompare.h"
#include "session.h"
#include "timeformat.h"

#include <QDateTime>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestSessionFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseIsoTime_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("seed example, Z with ms") << QByteArray("2023-05-23T16:33:45.202Z") << qint64(1684859625202);
        QTest::newRow("no fraction") << QByteArray("2023-05-23T16:33:45Z") << qint64(1684859625000);
        QTest::newRow("microseconds") << QByteArray("2023-05-23T16:33:45.202999Z") << qint64(1684859625202);
        QTest::newRow("one fraction digit") << QByteArray("2023-05-23T16:33:45.2Z") << qint64(1684859625200);
        QTest::newRow("positive offset") << QByteArray("2023-05-23T18:33:45.202+02:00") << qint64(1684859625202);
        QTest::newRow("negative offset, no colon") << QByteArray("2023-05-23T11:33:45.202-0500") << qint64(1684859625202);
        QTest::newRow("no zone means UTC") << QByteArray("2023-05-23T16:33:45.202") << qint64(1684859625202);
        QTest::newRow("space separator") << QByteArray("2023-05-23 16:33:45Z") << qint64(1684859625000);
        QTest::newRow("before 1970") << QByteArray("1969-12-31T23:59:59.000Z") << qint64(-1000);
        QTest::newRow("far future") << QByteArray("2999-01-01T00:00:00Z") << qint64(32472144000000);
        QTest::newRow("garbage") << QByteArray("yesterday") << kMissingTime;
        QTest::newRow("empty") << QByteArray("") << kMissingTime;
        QTest::newRow("month 13") << QByteArray("2023-13-23T16:33:45Z") << kMissingTime;
        QTest::newRow("trailing junk") << QByteArray("2023-05-23T16:33:45Zjunk") << kMissingTime;
        QTest::newRow("a sign inside a field") << QByteArray("2023-05-23T-1:33:45Z") << kMissingTime;
        QTest::newRow("a space inside a field") << QByteArray("2023-05-23T 1:33:45Z") << kMissingTime;
    }
    void parseIsoTime()
    {
        QFETCH(QByteArray, text);
        QFETCH(qint64, expected);
        QCOMPARE(SessionFormat::parseIsoTime(std::string_view(text.constData(), size_t(text.size()))), expected);
    }

    void isoUtcRoundTrip()
    {
        for (qint64 ms : {qint64(0), qint64(1684859625202), qint64(-1000), qint64(951782400000) /* 2000-02-29 */,
                          qint64(32472144000999)}) {
            const QString text = SessionFormat::isoUtc(ms);
            QCOMPARE(text, QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs));
            const QByteArray utf8 = text.toUtf8();
            QCOMPARE(SessionFormat::parseIsoTime(std::string_view(utf8.constData(), size_t(utf8.size()))), ms);
        }
        QVERIFY(SessionFormat::isoUtc(kMissingTime).isEmpty());
    }

    void localTimeMatchesQt()
    {
        // Across a DST change in the test's time zone (Europe/Berlin, set by ctest).
        for (qint64 ms = 1679792400000 - 7200000; ms < 1679792400000 + 7200000; ms += 600000) {
            QCOMPARE(SessionFormat::localTime(ms),
                     QDateTime::fromMSecsSinceEpoch(ms, Qt::LocalTime).toString(u"yyyy-MM-dd HH:mm:ss"_s));
        }
        QVERIFY(SessionFormat::localTime(kMissingTime).isEmpty());
    }

    void humanFriendly()
    {
        QCOMPARE(SessionFormat::clientType(u"browser"), u"Browser"_s);
        QCOMPARE(SessionFormat::clientType(u"mobile-app"), u"Mobile app"_s);
        QCOMPARE(SessionFormat::clientType(u"something-new"), u"something-new"_s);
        QCOMPARE(SessionFormat::device(u"Chrome", u"113.0.0"), u"Chrome 113.0.0"_s);
        QCOMPARE(SessionFormat::device(u"", u"113.0.0"), u"113.0.0"_s);
        QCOMPARE(SessionFormat::os(u"Windows", u""), u"Windows"_s);
    }

    void naturalOrder_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("sign");
        QTest::newRow("numbers by value") << u"v9"_s << u"v10"_s << -1;
        QTest::newRow("case-insensitive first") << u"apple"_s << u"Banana"_s << -1;
        QTest::newRow("case as tie-break") << u"Apple"_s << u"apple"_s << -1;
        QTest::newRow("prefix first") << u"abc"_s << u"abcd"_s << -1;
        QTest::newRow("leading zeros tie-break") << u"a01"_s << u"a1"_s << 1;
        QTest::newRow("equal") << u"x1"_s << u"x1"_s << 0;
        QTest::newRow("versions") << u"113.0.9"_s << u"113.0.10"_s << -1;
    }
    void naturalOrder()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, sign);
        const QByteArray ua = a.toUtf8(), ub = b.toUtf8();
        const int r = naturalCompare(std::string_view(ua.constData(), size_t(ua.size())), std::string_view(ub.constData(), size_t(ub.size())));
        QCOMPARE((r > 0) - (r < 0), sign);
        const int reverse = naturalCompare(std::string_view(ub.constData(), size_t(ub.size())), std::string_view(ua.constData(), size_t(ua.size())));
        QCOMPARE((reverse > 0) - (reverse < 0), -sign);
    }

    void columnKeys()
    {
        SessionColumn c;
        QVERIFY(SessionColumns::fromKey(u"STARTEDAT", &c));
        QCOMPARE(c, SessionColumn::StartedAt);
        QVERIFY(!SessionColumns::fromKey(u"nope", &c));
        for (int i = 0; i < kSessionColumnCount; ++i) {
            QVERIFY(SessionColumns::fromKey(SessionColumns::key(SessionColumn(i)), &c));
            QCOMPARE(int(c), i);
        }
    }
};

QTEST_GUILESS_MAIN(TestSessionFormat)
#include "tst_sessionformat.moc"
