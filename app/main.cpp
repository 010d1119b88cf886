// SPDX-License-Identifier: GPL-3.0-or-later
// sessiondesk: the desktop application.

#include "connectionoptions.h"
#include "demoserver.h"
#include "largememory.h"
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

#include <cstdio>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr qint64 kDemoSessions = 5000;

/**
 * What the command line asks for that cannot be done, as one sentence, or an empty string.
 * The window opens one of three things (the demo server, a saved profile, a one-off
 * connection), and an option that belongs to another of them is refused rather than
 * ignored: an administrator who adds --ca-file to --profile expects it to count.
 */
QString usageError(const QCommandLineParser &parser)
{
    QStringList connectionOptions;
    for (const QCommandLineOption &option : ConnectionOptions::options())
        connectionOptions << option.names().constFirst();
    const QString connectionOption = ConnectionOptions::firstGiven(parser, connectionOptions);
    const bool demo = parser.isSet(u"demo"_s);
    const bool profile = parser.isSet(u"profile"_s);
    if (const QStringList extra = parser.positionalArguments(); !extra.isEmpty())
        return QApplication::translate("main", "Unexpected argument \"%1\": give a server with --url or --profile.").arg(extra.constFirst());
    if (parser.isSet(u"demo-sessions"_s) && !demo)
        return QApplication::translate("main", "--demo-sessions needs --demo.");
    if (demo && profile)
        return QApplication::translate("main", "Pass either --demo or --profile, not both.");
    if (demo && !connectionOption.isEmpty())
        return QApplication::translate("main", "--demo opens the embedded demo server, which does not take --%1.").arg(connectionOption);
    if (profile && parser.isSet(u"url"_s))
        return QApplication::translate("main", "Pass either --profile or --url, not both.");
    if (profile && !connectionOption.isEmpty())
        return QApplication::translate("main", "--%1 belongs to a one-off connection (--url); profile \"%2\" keeps its own "
                                               "settings, which Server > Profiles changes.")
            .arg(connectionOption, parser.value(u"profile"_s));
    if (!connectionOption.isEmpty() && !ConnectionOptions::requested(parser))
        return QApplication::translate("main", "--%1 belongs to a one-off connection: give the server with --url too.").arg(connectionOption);
    return {};
}
} // namespace

int main(int argc, char *argv[])
{
    LargeMemory::tuneAllocator();
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"sessiondesk"_s);
    QApplication::setApplicationDisplayName(u"SessionDesk"_s);
    QApplication::setOrganizationName(u"SessionDesk"_s);
    QApplication::setApplicationVersion(QStringLiteral(SESSIONDESK_VERSION));
    QApplication::setDesktopFileName(u"org.sessiondesk.SessionDesk"_s);

    Translations::install();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Browse, filter, export and revoke server login sessions."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions(ConnectionOptions::options());
    parser.addOptions({
        {u"demo"_s, QApplication::translate("main", "Start the embedded demo server and open its sessions.")},
        {u"demo-sessions"_s, QApplication::translate("main", "Number of demo sessions (default 5000)."), u"N"_s},
        {u"profile"_s, QApplication::translate("main", "Open the saved profile NAME (default: the one used last)."), u"NAME"_s},
        {u"config"_s, QApplication::translate("main", "Read and write profiles in FILE instead of %1.").arg(ProfileStore::defaultFileName()), u"FILE"_s},
    });
    parser.process(app);
    if (const QString error = usageError(parser); !error.isEmpty()) {
        std::fprintf(stderr, "sessiondesk: %s\n", qPrintable(error));
        return 2;
    }

    MainWindow window(parser.value(u"config"_s));
    std::unique_ptr<DemoServerThread> demo;
    if (parser.isSet(u"demo"_s)) {
        qint64 sessions = kDemoSessions;
        if (parser.isSet(u"demo-sessions"_s)) {
            bool ok = false;
            sessions = parser.value(u"demo-sessions"_s).toLongLong(&ok);
            if (!ok || sessions < 0 || sessions > 100'000'000) {
                std::fprintf(stderr, "sessiondesk: %s\n", qPrintable(QApplication::translate("main", "--demo-sessions needs a number between 0 and 100000000.")));
                return 2;
            }
        }
        demo = std::make_unique<DemoServerThread>();
        QString error;
        if (!demo->start(1, sessions, 0, &error)) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "SessionDesk"), error);
            return 1;
        }
        // Demo credentials live only in memory; nothing is written to settings or the keychain.
        const DemoServerInfo info = demo->info();
        const QString hint = QApplication::translate("main", "Demo server: user \"%1\" or \"%2\" (two-factor code %3), password \"%4\".")
                                 .arg(QLatin1StringView(DemoServerInfo::kLoginUser), QLatin1StringView(DemoServerInfo::kTwoFactorUser),
                                      QLatin1StringView(DemoServerInfo::kTwoFactorCode), QLatin1StringView(DemoServerInfo::kPassword));
        // The administrator's view: every user's sessions, with names.
        window.openConnection(info.rocketChatConnection(true), QApplication::translate("main", "Demo Rocket.Chat"), hint);
        window.addTemporaryServer(QApplication::translate("main", "Demo OpenReplay"), info.openReplayConnection(info.openReplayUsers));
        window.addTemporaryServer(QApplication::translate("main", "Demo Seam"), info.seamConnection());
    } else if (ConnectionOptions::requested(parser)) {
        Connection connection;
        QString error;
        if (!ConnectionOptions::read(parser, &connection, &error)) {
            std::fprintf(stderr, "sessiondesk: %s\n", qPrintable(error));
            return 2;
        }
        window.openConnection(connection, connection.displayName());
    } else if (parser.isSet(u"profile"_s)) {
        if (!window.profileStore()->contains(parser.value(u"profile"_s))) {
            std::fprintf(stderr, "sessiondesk: %s\n",
                         qPrintable(QApplication::translate("main", "There is no profile named \"%1\".").arg(parser.value(u"profile"_s))));
            return 2;
        }
        window.openProfile(parser.value(u"profile"_s));
    } else {
        window.openLastProfile();
    }
    window.show();
    const int code = QApplication::exec();
    return code;
}
