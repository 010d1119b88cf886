// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiledialog.h"

#include "credentialstore.h"
#include "providers/connectiontest.h"
#include "providers/openreplay/openreplayclient.h"
#include "signin.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

ProfileDialog::ProfileDialog(ProfileStore *profiles, CredentialStore *keychain, QNetworkAccessManager *nam, SignInPrompt *prompt,
                             QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_keychain(keychain)
    , m_nam(nam)
    , m_prompt(prompt)
{
    setupUi();
    reloadList({});
}

ProfileDialog::~ProfileDialog() = default;

void ProfileDialog::setupUi()
{
    setWindowTitle(tr("Server Profiles"));
    auto *layout = new QHBoxLayout;

    // left: the list and its buttons
    auto *left = new QVBoxLayout;
    m_list = new QListWidget(this);
    m_list->setObjectName(u"profileList"_s);
    m_list->setMinimumWidth(180);
    left->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    m_addButton = new QPushButton(QIcon::fromTheme(u"list-add"_s), tr("&Add"), this);
    m_duplicateButton = new QPushButton(QIcon::fromTheme(u"edit-copy"_s), tr("D&uplicate"), this);
    m_removeButton = new QPushButton(QIcon::fromTheme(u"list-remove"_s), tr("Re&move…"), this);
    listButtons->addWidget(m_addButton);
    listButtons->addWidget(m_duplicateButton);
    listButtons->addWidget(m_removeButton);
    left->addLayout(listButtons);
    layout->addLayout(left);

    // right: the form
    auto *right = new QVBoxLayout;
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"nameEdit"_s);
    m_name->setMaxLength(64);
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Rocket.Chat"), int(ServerKind::RocketChat));
    m_kind->addItem(tr("OpenReplay"), int(ServerKind::OpenReplay));
    m_kind->addItem(tr("Seam"), int(ServerKind::Seam));
    m_url = new QLineEdit(this);
    m_url->setObjectName(u"urlEdit"_s);
    m_url->setPlaceholderText(u"https://chat.example.org"_s);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("Server &URL:"), m_url);
    right->addLayout(form);

    m_kindPages = new QStackedWidget(this);
    { // Rocket.Chat
        auto *page = new QWidget(m_kindPages);
        auto *f = new QFormLayout(page);
        f->setContentsMargins(0, 0, 0, 0);
        m_userId = new QLineEdit(page);
        m_userId->setObjectName(u"userIdEdit"_s);
        m_userId->setPlaceholderText(tr("filled in by signing in, or your user id for a personal access token"));
        m_scope = new QComboBox(page);
        m_scope->addItem(tr("My own sessions"), int(Profile::RocketChatScope::Own));
        m_scope->addItem(tr("All users' sessions (administrator)"), int(Profile::RocketChatScope::AllUsers));
        m_signInButton = new QPushButton(tr("Sign In with Password…"), page);
        m_signInButton->setToolTip(tr("Sign in with user name, password and two-factor code; the token is kept in the keychain"));
        f->addRow(tr("User &id:"), m_userId);
        f->addRow(tr("&Sessions:"), m_scope);
        f->addRow(QString(), m_signInButton);
        m_kindPages->addWidget(page);
    }
    { // OpenReplay
        auto *page = new QWidget(m_kindPages);
        auto *f = new QFormLayout(page);
        f->setContentsMargins(0, 0, 0, 0);
        m_apiVersion = new QComboBox(page);
        m_apiVersion->addItem(tr("Detect"), int(Profile::OpenReplayApi::Auto));
        m_apiVersion->addItem(tr("v2 (OpenReplay 1.27 and newer)"), int(Profile::OpenReplayApi::V2));
        m_apiVersion->addItem(tr("v1 (OpenReplay 1.26 and older)"), int(Profile::OpenReplayApi::V1));
        m_projectKey = new QLineEdit(page);
        m_users = new QLineEdit(page);
        m_users->setObjectName(u"usersEdit"_s);
        m_users->setPlaceholderText(tr("end-user ids, separated by commas"));
        m_users->setToolTip(tr("OpenReplay lists the sessions of given users; several users are merged into one table"));
        m_rangeDays = new QSpinBox(page);
        m_rangeDays->setRange(1, 3660);
        m_rangeDays->setSuffix(tr(" days"));
        f->addRow(tr("&API version:"), m_apiVersion);
        auto *chooseProject = new QToolButton(page);
        chooseProject->setText(tr("Choose…"));
        chooseProject->setToolTip(tr("List the projects this API key can see"));
        auto *projectRow = new QHBoxLayout;
        projectRow->addWidget(m_projectKey);
        projectRow->addWidget(chooseProject);
        auto *findUsers = new QToolButton(page);
        findUsers->setText(tr("Find…"));
        findUsers->setToolTip(tr("Search the project's users for the text typed last (id, e-mail or name)"));
        auto *usersRow = new QHBoxLayout;
        usersRow->addWidget(m_users);
        usersRow->addWidget(findUsers);
        f->addRow(tr("&Project key:"), projectRow);
        f->addRow(tr("&Users:"), usersRow);
        connect(chooseProject, &QToolButton::clicked, this, [this, chooseProject] { lookUpOpenReplay(chooseProject, false); });
        connect(findUsers, &QToolButton::clicked, this, [this, findUsers] { lookUpOpenReplay(findUsers, true); });
        f->addRow(tr("Default &range:"), m_rangeDays);
        m_kindPages->addWidget(page);
    }
    { // Seam
        auto *page = new QWidget(m_kindPages);
        auto *f = new QFormLayout(page);
        f->setContentsMargins(0, 0, 0, 0);
        m_workspace = new QLineEdit(page);
        m_workspace->setPlaceholderText(tr("optional, for your reference"));
        f->addRow(tr("&Workspace id:"), m_workspace);
        m_kindPages->addWidget(page);
    }
    right->addWidget(m_kindPages);

    auto *secretForm = new QFormLayout;
    m_secretLabel = new QLabel(this);
    m_secret = new QLineEdit(this);
    m_secret->setObjectName(u"secretEdit"_s);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(tr("kept in the keychain; leave empty to keep the stored one"));
    m_secretLabel->setBuddy(m_secret);
    secretForm->addRow(m_secretLabel, m_secret);
    right->addLayout(secretForm);

    auto *tls = new QGroupBox(tr("Connection security"), this);
    auto *tlsForm = new QFormLayout(tls);
    m_caFile = new QLineEdit(tls);
    m_caFile->setPlaceholderText(tr("system certificates"));
    auto *browse = new QToolButton(tls);
    browse->setText(u"…"_s);
    browse->setToolTip(tr("Choose a PEM file with the CA certificates to trust"));
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile);
    caRow->addWidget(browse);
    m_pin = new QLineEdit(tls);
    m_pin->setPlaceholderText(tr("optional SHA-256 fingerprint of the server certificate"));
    m_allowHttp = new QCheckBox(tr("Allow plain http to this server (insecure: credentials travel unencrypted)"), tls);
    m_timeout = new QSpinBox(tls);
    m_timeout->setRange(1, 3600);
    m_timeout->setSuffix(tr(" s"));
    tlsForm->addRow(tr("CA &file:"), caRow);
    tlsForm->addRow(tr("Certificate &pin:"), m_pin);
    tlsForm->addRow(QString(), m_allowHttp);
    tlsForm->addRow(tr("&Timeout:"), m_timeout);
    right->addWidget(tls);

    m_message = new QLabel(this);
    m_message->setObjectName(u"profileMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setMinimumHeight(m_message->fontMetrics().height() * 2);
    right->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(this);
    m_testButton = buttons->addButton(tr("&Test Connection"), QDialogButtonBox::ActionRole);
    m_revertButton = buttons->addButton(tr("Re&vert"), QDialogButtonBox::ResetRole);
    m_saveButton = buttons->addButton(tr("&Save"), QDialogButtonBox::ApplyRole);
    m_saveButton->setDefault(true);
    buttons->addButton(QDialogButtonBox::Close);
    right->addWidget(buttons);
    right->addStretch();
    layout->addLayout(right, 1);
    setLayout(layout);
    resize(820, 560);

    connect(m_list, &QListWidget::currentRowChanged, this, &ProfileDialog::onSelectionChanged);
    connect(m_addButton, &QPushButton::clicked, this, &ProfileDialog::addProfile);
    connect(m_duplicateButton, &QPushButton::clicked, this, &ProfileDialog::duplicateProfile);
    connect(m_removeButton, &QPushButton::clicked, this, &ProfileDialog::removeProfile);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ProfileDialog::updateKindFields);
    connect(m_signInButton, &QPushButton::clicked, this, &ProfileDialog::signInWithPassword);
    connect(m_testButton, &QPushButton::clicked, this, &ProfileDialog::testConnection);
    connect(m_saveButton, &QPushButton::clicked, this, &ProfileDialog::save);
    connect(m_revertButton, &QPushButton::clicked, this, [this] { reloadList(m_editing); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("CA Certificates"), m_caFile->text(),
                                                          tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!path.isEmpty())
            m_caFile->setText(path);
    });
    connect(m_allowHttp, &QCheckBox::toggled, this, [this](bool on) {
        if (on && !m_loadingForm)
            showMessage(tr("Plain http sends your token unencrypted; use it only inside a trusted network."), true);
    });
    // Any edit marks the form dirty.
    for (QLineEdit *edit : {m_name, m_url, m_userId, m_projectKey, m_users, m_workspace, m_secret, m_caFile, m_pin})
        connect(edit, &QLineEdit::textEdited, this, [this] { setDirty(true); });
    for (QComboBox *combo : {m_kind, m_scope, m_apiVersion})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] { setDirty(true); });
    for (QSpinBox *spin : {m_rangeDays, m_timeout})
        connect(spin, &QSpinBox::valueChanged, this, [this] { setDirty(true); });
    connect(m_allowHttp, &QCheckBox::toggled, this, [this] { setDirty(true); });
}

QString ProfileDialog::message() const
{
    return m_message->text();
}

void ProfileDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"color: #b3261e;"_s : u"color: #1b6e2b;"_s);
}

void ProfileDialog::reloadList(const QString &select)
{
    const QList<Profile> all = m_profiles->profiles();
    m_loadingForm = true;
    m_list->clear();
    int row = 0;
    for (int i = 0; i < all.size(); ++i) {
        m_list->addItem(all[i].name);
        if (all[i].name == select)
            row = i;
    }
    m_loadingForm = false;
    m_dirty = false;
    if (all.isEmpty()) {
        addProfile();
        return;
    }
    m_list->setCurrentRow(row);
    onSelectionChanged();
}

void ProfileDialog::selectProfile(const QString &name)
{
    reloadList(name);
}

void ProfileDialog::onSelectionChanged()
{
    if (m_loadingForm)
        return;
    const QString name = m_list->currentItem() ? m_list->currentItem()->text() : QString();
    if (name == m_editing && !m_editing.isEmpty())
        return;
    if (m_dirty) {
        // Unsaved edits are never dropped silently: go back to the profile being edited.
        m_loadingForm = true;
        const auto items = m_list->findItems(m_editing, Qt::MatchExactly);
        m_list->setCurrentItem(items.isEmpty() ? nullptr : items.first());
        m_loadingForm = false;
        showMessage(tr("Save or revert the changes to this profile first."), true);
        return;
    }
    Profile p;
    if (m_profiles->find(name, &p)) {
        m_editing = name;
        setFormProfile(p);
    }
}

void ProfileDialog::setFormProfile(const Profile &p)
{
    m_loadingForm = true;
    m_name->setText(p.name);
    m_kind->setCurrentIndex(m_kind->findData(int(p.kind)));
    m_url->setText(p.url);
    m_userId->setText(p.userId);
    m_scope->setCurrentIndex(m_scope->findData(int(p.scope)));
    m_apiVersion->setCurrentIndex(m_apiVersion->findData(int(p.apiVersion)));
    m_projectKey->setText(p.projectKey);
    m_users->setText(p.users.join(u", "_s));
    m_rangeDays->setValue(p.defaultRangeDays);
    m_workspace->setText(p.workspaceId);
    m_caFile->setText(p.caFile);
    m_pin->setText(p.pinSha256);
    m_allowHttp->setChecked(p.allowInsecureHttp);
    m_timeout->setValue(p.timeoutSeconds);
    m_secret->clear();
    m_loadingForm = false;
    updateKindFields();
    setDirty(false);
    m_message->clear();
}

Profile ProfileDialog::formProfile() const
{
    Profile p;
    p.name = m_name->text();
    p.kind = static_cast<ServerKind>(m_kind->currentData().toInt());
    p.url = m_url->text().trimmed();
    p.userId = m_userId->text().trimmed();
    p.scope = static_cast<Profile::RocketChatScope>(m_scope->currentData().toInt());
    p.apiVersion = static_cast<Profile::OpenReplayApi>(m_apiVersion->currentData().toInt());
    p.projectKey = m_projectKey->text().trimmed();
    for (const QString &user : m_users->text().split(u',', Qt::SkipEmptyParts)) {
        if (!user.trimmed().isEmpty())
            p.users.append(user.trimmed());
    }
    p.defaultRangeDays = m_rangeDays->value();
    p.workspaceId = m_workspace->text().trimmed();
    p.caFile = m_caFile->text().trimmed();
    p.pinSha256 = m_pin->text().trimmed();
    p.allowInsecureHttp = m_allowHttp->isChecked();
    p.timeoutSeconds = m_timeout->value();
    return p;
}

void ProfileDialog::updateKindFields()
{
    const auto kind = static_cast<ServerKind>(m_kind->currentData().toInt());
    m_kindPages->setCurrentIndex(m_kind->currentIndex());
    m_secretLabel->setText(kind == ServerKind::RocketChat ? tr("Personal access &token:") : tr("API &key:"));
}

void ProfileDialog::setDirty(bool dirty)
{
    if (m_loadingForm)
        return;
    m_dirty = dirty;
    m_saveButton->setEnabled(!m_busy);
    m_revertButton->setEnabled(dirty && !m_editing.isEmpty());
    m_duplicateButton->setEnabled(!dirty && !m_editing.isEmpty());
    m_removeButton->setEnabled(!m_editing.isEmpty());
}

void ProfileDialog::addProfile()
{
    if (m_dirty) {
        showMessage(tr("Save or revert the changes to this profile first."), true);
        return;
    }
    m_editing.clear();
    m_list->clearSelection();
    Profile fresh;
    setFormProfile(fresh);
    m_name->setFocus();
    setDirty(true);
}

void ProfileDialog::duplicateProfile()
{
    if (m_editing.isEmpty())
        return;
    Profile copy = formProfile();
    QString name = tr("%1 (copy)").arg(copy.name);
    for (int n = 2; m_profiles->contains(name); ++n)
        name = tr("%1 (copy %2)").arg(copy.name).arg(n);
    copy.name = name.left(64);
    m_editing.clear();
    m_list->clearSelection();
    setFormProfile(copy);
    setDirty(true);
    showMessage(tr("The copy has no credentials yet; enter them and save."), false);
}

void ProfileDialog::save()
{
    if (m_busy)
        return;
    const Profile p = formProfile();
    QString problem = p.validate();
    if (problem.isEmpty() && p.name != m_editing && m_profiles->contains(p.name))
        problem = tr("A profile named \"%1\" already exists.").arg(p.name);
    if (problem.isEmpty() && p.kind == ServerKind::OpenReplay && p.projectKey.isEmpty())
        problem = tr("OpenReplay needs the project key of the project whose sessions you want to see.");
    if (!problem.isEmpty()) {
        showMessage(problem, true);
        return;
    }
    const QString typed = m_secret->text().trimmed();
    const QString previous = m_editing;
    const bool renamed = !previous.isEmpty() && previous != p.name;
    Profile old;
    old.name = previous;
    const QString oldKey = old.credentialKey();

    // The keychain goes first: if it fails, nothing is saved. A renamed profile takes its secret along.
    m_busy = true;
    auto fail = [this](const QString &error) {
        m_busy = false;
        showMessage(error, true);
    };
    auto commit = [this, p, previous] {
        m_busy = false;
        QString error;
        if (!m_profiles->save(p, &error, previous)) {
            showMessage(error, true);
            return;
        }
        m_secret->clear();
        m_editing = p.name;
        m_dirty = false;
        reloadList(p.name);
        showMessage(tr("Saved \"%1\".").arg(p.name), false);
        emit profilesChanged();
        emit saved(p.name);
    };
    auto dropOldKey = [this, renamed, oldKey, commit] {
        if (!renamed)
            return commit();
        m_keychain->remove(oldKey, this, [commit](const CredentialResult &) { commit(); });
    };
    auto storeSecret = [this, p, fail, dropOldKey](const QString &secret) {
        if (secret.isEmpty())
            return dropOldKey();
        m_keychain->write(p.credentialKey(), secret, this, [fail, dropOldKey](const CredentialResult &r) {
            if (r.status != CredentialResult::Status::Ok)
                return fail(r.error);
            dropOldKey();
        });
    };
    if (!typed.isEmpty() || !renamed)
        return storeSecret(typed);
    m_keychain->read(oldKey, this, [fail, storeSecret](const CredentialResult &r) {
        if (r.status == CredentialResult::Status::Unavailable || r.status == CredentialResult::Status::Failed)
            return fail(r.error);
        storeSecret(r.secret);
    });
}

void ProfileDialog::removeProfile()
{
    if (m_editing.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove Profile"),
                                tr("Remove the profile \"%1\" and its stored credentials?").arg(m_editing),
                                QMessageBox::Cancel, this);
    QPushButton *remove = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, remove, name = m_editing] {
        if (box->clickedButton() != remove)
            return;
        Profile p;
        p.name = name;
        m_keychain->remove(p.credentialKey(), this, [this, name](const CredentialResult &r) {
            if (r.status != CredentialResult::Status::Ok) {
                showMessage(tr("The profile was kept because its secret could not be removed: %1").arg(r.error), true);
                return;
            }
            QString error;
            if (!m_profiles->remove(name, &error)) {
                showMessage(error, true);
                return;
            }
            m_editing.clear();
            m_dirty = false;
            reloadList({});
            showMessage(tr("Removed \"%1\" and its credentials.").arg(name), false);
            emit profilesChanged();
        });
    });
    box->open();
}

void ProfileDialog::testConnection()
{
    const Profile p = formProfile();
    Profile named = p;
    if (named.name.isEmpty())
        named.name = u"test"_s;
    const QString problem = named.validate();
    if (!problem.isEmpty()) {
        showMessage(problem, true);
        return;
    }
    m_testButton->setEnabled(false);
    showMessage(tr("Testing the connection to %1…").arg(p.connection().displayName()), false);
    QPointer<ProfileDialog> self(this);
    auto run = [self](const Connection &c) {
        if (!self)
            return;
        ConnectionTest::run(c, self->m_nam, self, [self](const ConnectionTestResult &r) {
            self->m_testButton->setEnabled(true);
            self->showMessage(r.message, r.status != ConnectionTestResult::Status::Ok);
            emit self->connectionTested(r.status == ConnectionTestResult::Status::Ok, r.message);
        });
    };
    const QString typed = m_secret->text().trimmed();
    if (!typed.isEmpty() || m_editing.isEmpty())
        return run(p.connection(typed));
    Profile stored;
    stored.name = m_editing;
    m_keychain->read(stored.credentialKey(), this, [this, p, run](const CredentialResult &r) {
        if (r.status == CredentialResult::Status::Unavailable || r.status == CredentialResult::Status::Failed) {
            m_testButton->setEnabled(true);
            return showMessage(r.error, true);
        }
        run(p.connection(r.secret));
    });
}

void ProfileDialog::lookUpOpenReplay(QWidget *anchor, bool users)
{
    Profile p = formProfile();
    Profile named = p;
    if (named.name.isEmpty())
        named.name = u"lookup"_s;
    QString problem = named.validate();
    if (problem.isEmpty() && users && p.projectKey.isEmpty())
        problem = tr("Choose the project first.");
    if (!problem.isEmpty()) {
        showMessage(problem, true);
        return;
    }
    // The text after the last comma is the search; the users before it stay.
    const QString typed = m_users->text();
    const QString search = typed.section(u',', -1).trimmed();
    QPointer<QWidget> button(anchor);
    auto showChoices = [this, button](const QList<std::pair<QString, QString>> &choices, const QString &error,
                                      const std::function<void(const QString &)> &pick) {
        if (!error.isEmpty())
            return showMessage(error, true);
        if (choices.isEmpty())
            return showMessage(tr("Nothing found."), false);
        m_message->clear();
        auto *menu = new QMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        for (const auto &[value, label] : choices)
            menu->addAction(label, this, [pick, value] { pick(value); });
        menu->popup(button ? button->mapToGlobal(QPoint(0, button->height())) : QCursor::pos());
    };
    auto withSecret = [this, p](const std::function<void(const Connection &)> &run) {
        const QString typedSecret = m_secret->text().trimmed();
        if (!typedSecret.isEmpty() || m_editing.isEmpty())
            return run(p.connection(typedSecret));
        Profile stored;
        stored.name = m_editing;
        m_keychain->read(stored.credentialKey(), this, [this, p, run](const CredentialResult &r) {
            if (r.status == CredentialResult::Status::Unavailable || r.status == CredentialResult::Status::Failed)
                return showMessage(r.error, true);
            run(p.connection(r.secret));
        });
    };
    showMessage(tr("Asking %1…").arg(p.connection().displayName()), false);
    if (!users) {
        withSecret([this, showChoices](const Connection &c) {
            OpenReplayClient::listProjects(c, m_nam, this, [this, showChoices](const QList<OpenReplayParser::Project> &projects, const QString &error) {
                QList<std::pair<QString, QString>> choices;
                for (const OpenReplayParser::Project &project : projects)
                    choices.append({project.key, tr("%1 (%2)").arg(project.name, project.key)});
                showChoices(choices, error, [this](const QString &key) {
                    m_projectKey->setText(key);
                    setDirty(true);
                });
            });
        });
        return;
    }
    withSecret([this, showChoices, search, typed](const Connection &c) {
        OpenReplayClient::searchUsers(c, search, m_nam, this, [this, showChoices, typed](const QList<OpenReplayParser::User> &found, const QString &error) {
            QList<std::pair<QString, QString>> choices;
            for (const OpenReplayParser::User &u : found)
                choices.append({u.id, u.name.isEmpty() ? u.id : tr("%1 (%2)").arg(u.id, u.name)});
            showChoices(choices, error, [this, typed](const QString &id) {
                QStringList kept = typed.split(u',', Qt::SkipEmptyParts);
                if (!kept.isEmpty())
                    kept.removeLast(); // the search text is replaced by the choice
                for (QString &k : kept)
                    k = k.trimmed();
                kept.append(id);
                m_users->setText(kept.join(u", "_s));
                setDirty(true);
            });
        });
    });
}

void ProfileDialog::signInWithPassword()
{
    Profile p = formProfile();
    Profile named = p;
    if (named.name.isEmpty())
        named.name = u"sign-in"_s;
    const QString problem = named.validate();
    if (!problem.isEmpty()) {
        showMessage(problem, true);
        return;
    }
    auto *flow = new SignInFlow(p.connection(), m_nam, m_prompt, this);
    m_signInButton->setEnabled(false);
    connect(flow, &SignInFlow::finished, this, [this, flow](const SignInResult &r) {
        flow->deleteLater();
        m_signInButton->setEnabled(true);
        if (r.status != SignInResult::Status::SignedIn) {
            showMessage(r.error, r.status == SignInResult::Status::Failed);
            return;
        }
        m_userId->setText(r.userId);
        m_secret->setText(r.authToken); // saved to the keychain with the profile
        setDirty(true);
        showMessage(tr("Signed in. Save the profile to keep the sign-in."), false);
    });
    flow->start();
}
