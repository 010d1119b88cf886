// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sessionbatch.h"

#include <QString>

/// What a provider's pure parser makes of one page of sessions.
struct SessionsPage
{
    bool ok = false;
    QString error;        ///< set when !ok: one clear sentence
    SessionBatch sessions;
    qint64 total = -1;    ///< -1 when the server did not say
    qint64 offset = 0;
    int invalidItems = 0; ///< array entries that were not session objects
};
