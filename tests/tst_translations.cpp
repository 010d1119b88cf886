// SPDX-License-Identifier: GPL-3.0-or-later
// The German and French translations: complete and consistent with their sources, and the
// compiled German one actually reaches the window and the CLI.
#include "mainwindow.h"
#include "testhelpers.h"
#include "translations.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Message
{
    QString context, source;
    QStringList translations; // one per plural form
    bool finished = true;
    qint64 line = 0;
};

QList<Message> readTs(const QString &fileName, QString *error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == "name"_L1) {
                context = xml.readElementText();
            } else if (name == "message"_L1) {
                current = Message{context, {}, {}, true, xml.lineNumber()};
            } else if (name == "source"_L1) {
                current.source = xml.readElementText();
            } else if (name == "translation"_L1) {
                const auto type = xml.attributes().value("type"_L1);
                current.finished = type.isEmpty();
                if (xml.readNext() == QXmlStreamReader::Characters && !xml.text().trimmed().isEmpty())
                    current.translations.append(xml.text().toString());
            } else if (name == "numerusform"_L1) {
                current.translations.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == "message"_L1) {
            messages.append(current);
        }
    }
    if (xml.hasError())
        *error = u"%1 line %2: %3"_s.arg(fileName).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(u"%(\\d+|n)"_s);
    QSet<QString> found;
    for (const auto &m : re.globalMatch(text))
        found.insert(m.captured());
    return found;
}

// "&File" has an accelerator; "&amp;" in rich text and "a && b" do not.
bool hasAccelerator(const QString &text)
{
    static const QRegularExpression re(u"(^|[^&])&(?!amp;|&)[^\\s]"_s);
    return re.match(text).hasMatch();
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void complete_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("de") << u"sessiondesk_de.ts"_s;
        QTest::newRow("fr") << u"sessiondesk_fr.ts"_s;
    }

    // What lupdate would report as unfinished, plus what a translator can get wrong without
    // lupdate noticing: a lost %1, a lost accelerator, a lost trailing space or newline.
    void complete()
    {
        QFETCH(QString, file);
        QString error;
        const QList<Message> messages = readTs(QStringLiteral(SESSIONDESK_SOURCE_DIR "/translations/") + file, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(messages.size() > 400, qPrintable(u"only %1 messages"_s.arg(messages.size())));
        QStringList problems;
        for (const Message &m : messages) {
            const QString where = u"line %1 (%2: \"%3\")"_s.arg(m.line).arg(m.context, m.source.left(60));
            if (!m.finished || m.translations.isEmpty()) {
                problems << where + u": unfinished"_s;
                continue;
            }
            for (const QString &t : m.translations) {
                if (placeholders(t) != placeholders(m.source))
                    problems << where + u": placeholders differ in \"%1\""_s.arg(t);
                if (hasAccelerator(m.source) != hasAccelerator(t))
                    problems << where + u": accelerator differs in \"%1\""_s.arg(t);
                if (m.source.endsWith(u' ') != t.endsWith(u' ') || m.source.endsWith(u'\n') != t.endsWith(u'\n'))
                    problems << where + u": trailing space or newline differs in \"%1\""_s.arg(t);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void germanWindow()
    {
        QVERIFY(Translations::install(QLocale(QLocale::German, QLocale::Germany)));
        QCOMPARE(QCoreApplication::translate("SessionColumns", "Device"), u"Gerät"_s);

        QTemporaryDir dir;
        MainWindow window(dir.filePath(u"profiles.conf"_s));
        QStringList menus;
        for (QAction *action : window.menuBar()->actions())
            menus << action->text();
        QVERIFY2(menus.contains(u"&Datei"_s) && menus.contains(u"&Hilfe"_s), qPrintable(menus.join(u", "_s)));
        const auto *filter = window.findChild<QLineEdit *>();
        QVERIFY(filter);
        QVERIFY2(filter->placeholderText().startsWith(u"Sitzungen filtern"_s), qPrintable(filter->placeholderText()));
        const QString header = window.tableView()->model()->headerData(0, Qt::Horizontal).toString();
        QCOMPARE(header, u"Sitzungs-ID"_s);
    }

    // The CLI follows the locale of its environment; LC_ALL wins over LANG as in libc.
    void germanAndFrenchCli_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("de") << u"de_DE.UTF-8"_s << u"Unbekannte Serverart „bogus“"_s;
        QTest::newRow("fr") << u"fr_FR.UTF-8"_s << u"Type de serveur « bogus » inconnu"_s;
        QTest::newRow("C") << u"C.UTF-8"_s << u"Unknown server kind \"bogus\""_s;
    }

    void germanAndFrenchCli()
    {
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LC_ALL"_s, locale);
        env.insert(u"LANG"_s, locale);
        env.remove(u"LANGUAGE"_s);
        const TestHelpers::CliRun run = TestHelpers::runCli({u"list"_s, u"--kind"_s, u"bogus"_s}, env);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(QString::fromUtf8(run.err).contains(expected), run.err.constData());

        const TestHelpers::CliRun help = TestHelpers::runCli({u"--help"_s}, env);
        QCOMPARE(help.exitCode, 0);
        const QString usage = QString::fromUtf8(help.out);
        QVERIFY2(locale.startsWith(u"de"_s) == usage.startsWith(u"Aufruf:"_s), help.out.constData());
        QVERIFY2(locale.startsWith(u"fr"_s) == usage.startsWith(u"Usage :"_s), help.out.constData());
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
