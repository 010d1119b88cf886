// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractButton>
#include <QMessageBox>

namespace TestHelpers {

/// The button of box that does the destructive thing (Revoke, Delete, Remove), or null.
inline QAbstractButton *destructiveButton(const QMessageBox *box)
{
    for (QAbstractButton *b : box->buttons()) {
        if (box->buttonRole(b) == QMessageBox::DestructiveRole)
            return b;
    }
    return nullptr;
}

} // namespace TestHelpers
