// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

bool Translations::install(const QLocale &locale)
{
    // Parented to the application: they must live as long as it does.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    auto *own = new QTranslator(QCoreApplication::instance());
    if (own->load(locale, u"sessiondesk"_s, u"_"_s, u":/i18n"_s)) {
        QCoreApplication::installTranslator(own);
        return true;
    }
    delete own;
    return false;
}
