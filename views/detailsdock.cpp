// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailsdock.h"

#include "providers/sessiondetails.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

DetailsDock::DetailsDock(QNetworkAccessManager *nam, QWidget *parent)
    : QDockWidget(tr("Details"), parent)
    , m_nam(nam)
    , m_fields(new QTableWidget(0, 2, this))
    , m_json(new QPlainTextEdit(this))
    , m_loadButton(new QPushButton(tr("&Load from Server"), this))
    , m_copyButton(new QPushButton(tr("Copy &JSON"), this))
    , m_status(new QLabel(this))
{
    setObjectName(u"detailsDock"_s);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    m_fields->setHorizontalHeaderLabels({tr("Field"), tr("Value")});
    m_fields->horizontalHeader()->setStretchLastSection(true);
    m_fields->verticalHeader()->hide();
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fields->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_fields->setToolTip(tr("Double-click a value to copy it"));
    connect(m_fields, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (QTableWidgetItem *item = m_fields->item(row, 1)) {
            QGuiApplication::clipboard()->setText(item->text());
            m_status->setText(tr("Copied %1.").arg(m_fields->item(row, 0)->text()));
        }
    });
    layout->addWidget(m_fields, 2);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_loadButton);
    buttons->addWidget(m_copyButton);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_json->setReadOnly(true);
    m_json->setObjectName(u"detailsJson"_s);
    m_json->setPlaceholderText(tr("The server's own record of this session appears here."));
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(m_json, 3);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    setWidget(content);
    connect(m_loadButton, &QPushButton::clicked, this, &DetailsDock::loadServerFields);
    connect(m_copyButton, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_json->toPlainText()); });
    showSession({});
}

void DetailsDock::setConnection(const Connection &connection)
{
    const bool otherServer = connection.kind != m_connection.kind || connection.baseUrl != m_connection.baseUrl;
    m_connection = connection;
    if (otherServer)
        showSession({});
}

void DetailsDock::showSession(const Session &session, const QString &listedJson)
{
    m_session = session;
    ++m_request; // an answer for the previous row is dropped
    m_json->clear();
    m_status->clear();
    const QList<std::pair<QString, QString>> rows = {
        {tr("Session ID"), session.sessionId.isEmpty() ? session.id : session.sessionId},
        {tr("User"), session.userId},
        {tr("User name"), session.userName},
        {tr("Client type"), SessionFormat::clientType(session.deviceType)},
        {tr("Client"), SessionFormat::device(session.deviceName, session.deviceLongVersion.isEmpty() ? session.deviceVersion : session.deviceLongVersion)},
        {tr("Operating system"), SessionFormat::os(session.osName, session.osVersion)},
        {tr("IP / location"), session.ip},
        {tr("Host"), session.host},
        {tr("Started (local)"), SessionFormat::localTime(session.loginAt)},
        {tr("Started (UTC)"), SessionFormat::isoUtc(session.loginAt)},
        {tr("Details"), session.details},
    };
    m_fields->setRowCount(0);
    for (const auto &[name, value] : rows) {
        if (value.isEmpty())
            continue;
        const int row = m_fields->rowCount();
        m_fields->insertRow(row);
        m_fields->setItem(row, 0, new QTableWidgetItem(name));
        m_fields->setItem(row, 1, new QTableWidgetItem(value));
    }
    const bool has = !session.id.isEmpty() || !session.sessionId.isEmpty();
    m_loadButton->setEnabled(has && SessionDetails::supported(m_connection.kind));
    m_loadButton->setToolTip(SessionDetails::supported(m_connection.kind) ? tr("Ask the server for everything it knows about this session")
                                                                          : tr("OpenReplay has no call for a single session."));
    m_json->setPlainText(listedJson);
    m_copyButton->setEnabled(!listedJson.isEmpty());
}

QString DetailsDock::serverJson() const
{
    return m_json->toPlainText();
}

void DetailsDock::loadServerFields()
{
    const QString id = m_session.sessionId.isEmpty() ? m_session.id : m_session.sessionId;
    if (id.isEmpty())
        return;
    const quint64 request = ++m_request;
    m_status->setText(tr("Asking %1…").arg(m_connection.displayName()));
    SessionDetails::fetch(m_connection, id, m_nam, this, [this, request](const QString &json, const QString &error) {
        if (request != m_request)
            return;
        m_json->setPlainText(json);
        m_copyButton->setEnabled(!json.isEmpty());
        m_status->setText(error);
        emit serverFieldsLoaded(error.isEmpty());
    });
}
