// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

#include <functional>

class QMimeData;

/**
 * The session table.
 *
 * - Dragging selected rows out gives what dragData() makes (tab-separated text).
 * - Sessions that appeared with the latest refresh are drawn in bold (SessionRoles::IsNewRole).
 * - Its scroll bars repaint only when what they draw changes: while a million rows stream
 *   in, the range grows with every flush but the handle soon stops moving (see
 *   docs/performance.md).
 */
class SessionTableView final : public QTableView
{
    Q_OBJECT

public:
    explicit SessionTableView(QWidget *parent = nullptr);

    std::function<QMimeData *()> dragData;

protected:
    void startDrag(Qt::DropActions supportedActions) override;
};
