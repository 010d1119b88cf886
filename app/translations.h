// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

/**
 * Loads SessionDesk's own translation (compiled in under :/i18n) and Qt's for @p locale
 * and installs them on the running application. Both executables call it before building
 * any text, so the window and the CLI's messages follow the system locale (LANG,
 * LC_MESSAGES). Returns true when SessionDesk's translation for the locale was found;
 * English needs none.
 */
namespace Translations {
bool install(const QLocale &locale = QLocale());
}
