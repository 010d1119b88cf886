// SPDX-License-Identifier: GPL-3.0-or-later
#include "revokeresultsdialog.h"

#include "session.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

// Problems first, then what went through.
int rank(RevokeOutcome::Status status)
{
    switch (status) {
    case RevokeOutcome::Status::Failed:
        return 0;
    case RevokeOutcome::Status::Unknown:
        return 1;
    case RevokeOutcome::Status::Canceled:
        return 2;
    case RevokeOutcome::Status::AlreadyGone:
        return 3;
    case RevokeOutcome::Status::Revoked:
        return 4;
    }
    return 5;
}

} // namespace

QString RevokeResultsDialog::statusText(RevokeOutcome::Status status, bool deleted)
{
    switch (status) {
    case RevokeOutcome::Status::Revoked:
        return deleted ? tr("Deleted") : tr("Revoked");
    case RevokeOutcome::Status::AlreadyGone:
        return tr("Already gone");
    case RevokeOutcome::Status::Failed:
        return tr("Failed");
    case RevokeOutcome::Status::Canceled:
        return tr("Not sent");
    case RevokeOutcome::Status::Unknown:
        return tr("Unknown");
    }
    return {};
}

RevokeResultsDialog::RevokeResultsDialog(const QList<RevokeOutcome> &outcomes, bool deleted, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
    , m_retry(new QPushButton(tr("&Retry Failed"), this))
{
    setObjectName(u"revokeResults"_s);
    setWindowTitle(deleted ? tr("Delete Results") : tr("Revoke Results"));

    QList<RevokeOutcome> sorted = outcomes;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const RevokeOutcome &a, const RevokeOutcome &b) { return rank(a.status) < rank(b.status); });
    int counts[6] = {}; // by rank()
    for (const RevokeOutcome &o : std::as_const(sorted)) {
        ++counts[rank(o.status)];
        if (o.status == RevokeOutcome::Status::Failed || o.status == RevokeOutcome::Status::Canceled)
            m_retryable.append(o.target);
    }

    QStringList parts;
    const auto add = [&](int count, const QString &text) {
        if (count > 0)
            parts << text.arg(QLocale().toString(count));
    };
    add(counts[4], deleted ? tr("%1 deleted") : tr("%1 revoked"));
    add(counts[3], tr("%1 already gone"));
    add(counts[0], tr("%1 failed"));
    add(counts[2], tr("%1 not sent"));
    add(counts[1], tr("%1 unknown"));
    auto *summary = new QLabel(parts.join(u", "_s) + u'.', this);
    summary->setObjectName(u"summary"_s);
    summary->setWordWrap(true);
    QLabel *unknownHint = nullptr;
    if (counts[1] > 0) {
        unknownHint = new QLabel(tr("For sessions marked unknown the connection broke after the request was sent; "
                                    "refresh (F5) to see whether the server ended them."),
                                 this);
        unknownHint->setWordWrap(true);
    }

    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({SessionColumns::title(SessionColumn::SessionId), SessionColumns::title(SessionColumn::User),
                                        tr("Result"), tr("Reason")});
    m_table->setRowCount(int(sorted.size()));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < sorted.size(); ++row) {
        const RevokeOutcome &o = sorted[row];
        m_table->setItem(row, 0, new QTableWidgetItem(o.target.sessionId));
        m_table->setItem(row, 1, new QTableWidgetItem(o.target.userId));
        auto *status = new QTableWidgetItem(statusText(o.status, deleted));
        if (!o.succeeded()) { // bold, not coloured: readable in every theme
            QFont bold = status->font();
            bold.setBold(true);
            status->setFont(bold);
        }
        m_table->setItem(row, 2, status);
        m_table->setItem(row, 3, new QTableWidgetItem(o.reason));
        m_table->item(row, 3)->setToolTip(o.reason);
    }
    m_table->resizeColumnsToContents();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setToolTip(tr("Copy the list as tab-separated text"));
    buttons->addButton(m_retry, QDialogButtonBox::ActionRole);
    m_retry->setEnabled(!m_retryable.isEmpty());
    m_retry->setToolTip(m_retryable.isEmpty() ? tr("Nothing failed that could be sent again")
                                              : tr("Send the %n failed or unsent session(s) again", nullptr, int(m_retryable.size())));
    buttons->button(QDialogButtonBox::Close)->setDefault(true); // Enter closes; nothing is sent by accident
    connect(copy, &QPushButton::clicked, this, &RevokeResultsDialog::copyAll);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        emit retryRequested(m_retryable);
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    if (unknownHint)
        layout->addWidget(unknownHint);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(720, 420);
}

void RevokeResultsDialog::copyAll() const
{
    QString text;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QStringList cells;
        for (int c = 0; c < m_table->columnCount(); ++c)
            cells << m_table->item(row, c)->text().replace(u'\t', u' ').replace(u'\n', u' ');
        text += cells.join(u'\t') + u'\n';
    }
    QApplication::clipboard()->setText(text);
}
