// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sessionconditions.h"

#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QToolButton;
class SessionStore;

/**
 * The quick filters under the filter field: user, client, operating system, address or
 * CIDR range, and when the session started (last hour/day/week/month or a custom range).
 * The client and OS lists offer the values of the loaded sessions with their counts. An
 * address that does not parse is marked and explained, and the table keeps the last
 * valid filter meanwhile. Esc in any of them, or Clear, resets them all.
 */
class QuickFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuickFilterBar)

public:
    enum class Period { Any, Hour, Day, Week, Month, Custom };

    explicit QuickFilterBar(QWidget *parent = nullptr);

    /// The filters as set now; "last hour" and the like count back from now.
    SessionConditions conditions() const;
    /// Refills the client and OS lists from the loaded sessions; the choices made stay.
    void updateChoices(const SessionStore &store);
    void clear();
    bool isActive() const { return !conditions().isEmpty(); }
    /// A short description of the filters set ("user contains mar, client Browser"), or empty.
    QString summary() const;
    /// The error about the address field, empty while it is valid.
    QString addressError() const { return m_addressError; }

    QLineEdit *userEdit() const { return m_user; }
    QComboBox *clientCombo() const { return m_client; }
    QComboBox *osCombo() const { return m_os; }
    QLineEdit *addressEdit() const { return m_address; }
    QComboBox *periodCombo() const { return m_period; }
    QDateTimeEdit *fromEdit() const { return m_from; }
    QDateTimeEdit *toEdit() const { return m_to; }

Q_SIGNALS:
    void conditionsChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onAddressEdited();
    void onPeriodChanged();
    void emitChanged();

    QLineEdit *m_user;
    QComboBox *m_client;
    QComboBox *m_os;
    QLineEdit *m_address;
    QComboBox *m_period;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QToolButton *m_clear;
    std::optional<std::pair<QHostAddress, int>> m_network; ///< the last valid address filter
    QString m_addressError;
    bool m_clearing = false;
};
