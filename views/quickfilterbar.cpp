// SPDX-License-Identifier: GPL-3.0-or-later
#include "quickfilterbar.h"

#include "sessionstore.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

namespace {

/// Fills combo with "any" plus values ("Browser (1,234)"), keeping the chosen value even
/// when the new data no longer has it (it then matches nothing, which the count shows).
void fillCombo(QComboBox *combo, const QString &anyText, const std::vector<SessionStore::ValueCount> &values)
{
    const QString chosen = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(anyText, QString());
    bool chosenListed = chosen.isEmpty();
    for (const SessionStore::ValueCount &v : values) {
        if (v.value.isEmpty())
            continue;
        combo->addItem(QuickFilterBar::tr("%1 (%2)").arg(v.value, QLocale().toString(v.count)), v.value);
        chosenListed = chosenListed || v.value == chosen;
    }
    if (!chosenListed)
        combo->addItem(QuickFilterBar::tr("%1 (none)").arg(chosen), chosen);
    combo->setCurrentIndex(std::max(0, combo->findData(chosen)));
}

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

QuickFilterBar::QuickFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_user(new QLineEdit(this))
    , m_client(new QComboBox(this))
    , m_os(new QComboBox(this))
    , m_address(new QLineEdit(this))
    , m_period(new QComboBox(this))
    , m_from(new QDateTimeEdit(this))
    , m_to(new QDateTimeEdit(this))
    , m_clear(new QToolButton(this))
{
    m_user->setObjectName(u"quickUser"_s);
    m_user->setPlaceholderText(tr("any user"));
    m_user->setClearButtonEnabled(true);
    m_user->setFixedWidth(fontMetrics().averageCharWidth() * 22);
    m_user->setToolTip(tr("Sessions of users whose id or name contains this text"));
    connect(m_user, &QLineEdit::textChanged, this, &QuickFilterBar::emitChanged);

    m_client->setObjectName(u"quickClient"_s);
    m_client->setToolTip(tr("Only sessions from this kind of client"));
    m_client->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_os->setObjectName(u"quickOs"_s);
    m_os->setToolTip(tr("Only sessions from this operating system"));
    m_os->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    fillCombo(m_client, tr("any client"), {});
    fillCombo(m_os, tr("any OS"), {});
    connect(m_client, &QComboBox::currentIndexChanged, this, &QuickFilterBar::emitChanged);
    connect(m_os, &QComboBox::currentIndexChanged, this, &QuickFilterBar::emitChanged);

    m_address->setObjectName(u"quickAddress"_s);
    m_address->setPlaceholderText(tr("any address"));
    m_address->setClearButtonEnabled(true);
    m_address->setToolTip(tr("An IP address or a range in CIDR form, e.g. 10.0.0.0/8 or 2001:db8::/32"));
    m_address->setFixedWidth(fontMetrics().averageCharWidth() * 22);
    connect(m_address, &QLineEdit::textChanged, this, &QuickFilterBar::onAddressEdited);

    m_period->setObjectName(u"quickPeriod"_s);
    m_period->setToolTip(tr("When the session started"));
    m_period->addItem(tr("any time"), int(Period::Any));
    m_period->addItem(tr("last hour"), int(Period::Hour));
    m_period->addItem(tr("last 24 hours"), int(Period::Day));
    m_period->addItem(tr("last 7 days"), int(Period::Week));
    m_period->addItem(tr("last 30 days"), int(Period::Month));
    m_period->addItem(tr("between…"), int(Period::Custom));
    connect(m_period, &QComboBox::currentIndexChanged, this, &QuickFilterBar::onPeriodChanged);
    const QDateTime now = QDateTime::currentDateTime();
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
        edit->hide();
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &QuickFilterBar::emitChanged);
    }
    m_from->setObjectName(u"quickFrom"_s);
    m_to->setObjectName(u"quickTo"_s);
    m_from->setDateTime(now.addDays(-7));
    m_to->setDateTime(now);
    m_from->setToolTip(tr("Started at or after"));
    m_to->setToolTip(tr("Started before"));

    m_clear->setObjectName(u"quickClear"_s);
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Clear every filter (Esc)"));
    m_clear->setAutoRaise(true);
    m_clear->setEnabled(false);
    connect(m_clear, &QToolButton::clicked, this, &QuickFilterBar::clear);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buddyLabel(tr("&User:"), m_user, this));
    layout->addWidget(m_user);
    layout->addWidget(buddyLabel(tr("Clie&nt:"), m_client, this));
    layout->addWidget(m_client);
    layout->addWidget(buddyLabel(tr("&OS:"), m_os, this));
    layout->addWidget(m_os);
    layout->addWidget(buddyLabel(tr("&Address:"), m_address, this));
    layout->addWidget(m_address);
    layout->addWidget(buddyLabel(tr("Star&ted:"), m_period, this));
    layout->addWidget(m_period);
    layout->addWidget(m_from);
    layout->addWidget(m_to);
    layout->addStretch(1);
    layout->addWidget(m_clear);

    for (QWidget *w : std::initializer_list<QWidget *>{m_user, m_client, m_os, m_address, m_period, m_from, m_to})
        w->installEventFilter(this);
}

SessionConditions QuickFilterBar::conditions() const
{
    SessionConditions c;
    c.user = m_user->text().trimmed();
    c.clientType = m_client->currentData().toString();
    c.osName = m_os->currentData().toString();
    c.network = m_network;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    constexpr qint64 hour = 3'600'000;
    switch (Period(m_period->currentData().toInt())) {
    case Period::Any:
        break;
    case Period::Hour:
        c.startedFrom = now - hour;
        break;
    case Period::Day:
        c.startedFrom = now - 24 * hour;
        break;
    case Period::Week:
        c.startedFrom = now - 7 * 24 * hour;
        break;
    case Period::Month:
        c.startedFrom = now - 30 * 24 * hour;
        break;
    case Period::Custom:
        c.startedFrom = m_from->dateTime().toMSecsSinceEpoch();
        c.startedTo = m_to->dateTime().toMSecsSinceEpoch();
        break;
    }
    return c;
}

QString QuickFilterBar::summary() const
{
    QStringList parts;
    if (!m_user->text().trimmed().isEmpty())
        parts << tr("user contains \"%1\"").arg(m_user->text().trimmed());
    if (!m_client->currentData().toString().isEmpty())
        parts << tr("client %1").arg(m_client->currentData().toString());
    if (!m_os->currentData().toString().isEmpty())
        parts << tr("OS %1").arg(m_os->currentData().toString());
    if (m_network)
        parts << tr("address in %1/%2").arg(m_network->first.toString()).arg(m_network->second);
    const auto period = Period(m_period->currentData().toInt());
    if (period == Period::Custom)
        parts << tr("started %1 – %2").arg(m_from->text(), m_to->text());
    else if (period != Period::Any)
        parts << tr("started: %1").arg(m_period->currentText());
    return QLocale().createSeparatedList(parts);
}

void QuickFilterBar::updateChoices(const SessionStore &store)
{
    fillCombo(m_client, tr("any client"), store.valueCounts(SessionColumn::ClientType));
    fillCombo(m_os, tr("any OS"), store.valueCounts(RawField::OsName));
}

void QuickFilterBar::clear()
{
    m_clearing = true; // one change for all, not one per field
    m_user->clear();
    m_client->setCurrentIndex(0);
    m_os->setCurrentIndex(0);
    m_address->clear();
    m_period->setCurrentIndex(0);
    m_clearing = false;
    emitChanged();
}

bool QuickFilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape && isActive()) {
        auto *combo = qobject_cast<QComboBox *>(watched);
        if (!combo || !combo->view()->isVisible()) { // Esc in an open list only closes it
            clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void QuickFilterBar::onAddressEdited()
{
    std::optional<std::pair<QHostAddress, int>> network;
    QString error;
    if (SessionConditions::parseNetwork(m_address->text(), &network, &error)) {
        m_addressError.clear();
        m_address->setStyleSheet({});
        m_address->setToolTip(tr("An IP address or a range in CIDR form, e.g. 10.0.0.0/8 or 2001:db8::/32"));
        m_network = network;
        emitChanged();
        return;
    }
    // Half-typed addresses are normal: mark the field, keep the last valid filter.
    m_addressError = error;
    m_address->setStyleSheet(u"QLineEdit { border: 1px solid #c0392b; background: #fff4f4; color: #7a0000; }"_s);
    m_address->setToolTip(error);
}

void QuickFilterBar::onPeriodChanged()
{
    const bool custom = Period(m_period->currentData().toInt()) == Period::Custom;
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    emitChanged();
}

void QuickFilterBar::emitChanged()
{
    if (m_clearing)
        return;
    m_clear->setEnabled(isActive());
    emit conditionsChanged();
}
