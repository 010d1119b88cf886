// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditlogdialog.h"

#include "auditlog.h"
#include "session.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

AuditLogDialog::AuditLogDialog(const AuditLog &log, QWidget *parent)
    : QDialog(parent)
    , m_log(log)
    , m_model(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"auditLog"_s);
    setWindowTitle(tr("Audit Log"));
    m_model->setHorizontalHeaderLabels({tr("Time"), tr("Profile"), tr("Server"), tr("Action"),
                                        SessionColumns::title(SessionColumn::SessionId), SessionColumns::title(SessionColumn::User),
                                        tr("Outcome"), tr("Reason")});
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // every column
    m_proxy->setSortRole(Qt::UserRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_filter->setPlaceholderText(tr("Filter (profile, session, user, outcome…)"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    m_status->setObjectName(u"status"_s);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *reloadButton = buttons->addButton(tr("&Reload"), QDialogButtonBox::ActionRole);
    reloadButton->setShortcut(QKeySequence::Refresh);
    connect(reloadButton, &QPushButton::clicked, this, &AuditLogDialog::reload);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(960, 520);
    reload();
    m_filter->setFocus();
}

void AuditLogDialog::reload()
{
    QString error;
    int skipped = 0;
    const QList<AuditEntry> entries = m_log.read(&error, &skipped);
    m_model->removeRows(0, m_model->rowCount());
    const QLocale locale;
    for (const AuditEntry &e : entries) {
        const auto cell = [](const QString &text) {
            auto *item = new QStandardItem(text);
            item->setData(text, Qt::UserRole);
            return item;
        };
        auto *time = new QStandardItem(locale.toString(e.time.toLocalTime(), QLocale::ShortFormat));
        time->setData(e.time.toMSecsSinceEpoch(), Qt::UserRole); // sorts by time, not by its text
        time->setToolTip(e.time.toString(Qt::ISODateWithMs));
        auto *reason = cell(e.reason);
        reason->setToolTip(e.reason);
        m_model->appendRow({time, cell(e.profile), cell(e.server), cell(e.action), cell(e.sessionId), cell(e.userId),
                            cell(e.outcome), reason});
    }
    m_view->sortByColumn(0, Qt::DescendingOrder); // newest first
    m_view->resizeColumnsToContents();
    QString status = tr("%n entries in %1", nullptr, int(entries.size())).arg(m_log.fileName());
    if (skipped > 0)
        status += u' ' + tr("%n unreadable line(s) skipped.", nullptr, skipped);
    if (!error.isEmpty())
        status = error;
    m_status->setText(status);
}
