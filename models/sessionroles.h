// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

/// Custom item roles shared by SessionTableModel and SessionFilterModel.
namespace SessionRoles {
enum Role {
    SessionRole = Qt::UserRole, ///< the whole Session (never contains a secret)
    SortRole,                   ///< raw typed value: qint64 epoch ms for times, QString otherwise
    SessionIdRole,              ///< the row's session id
    IsNewRole,                  ///< bool: the session appeared with the latest refresh (not the first load)
};
}
