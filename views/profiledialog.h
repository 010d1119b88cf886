// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profiles.h"

#include <QDialog>

class CredentialStore;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QNetworkAccessManager;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class SignInPrompt;

/**
 * Add, edit, duplicate and remove server profiles, enter their secret (stored only in the
 * keychain) and test the connection. Validation happens before anything is saved; the
 * secret is written to the keychain first so a failing keychain saves nothing.
 * Every keychain and network call is asynchronous.
 */
class ProfileDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileDialog)

public:
    ProfileDialog(ProfileStore *profiles, CredentialStore *keychain, QNetworkAccessManager *nam, SignInPrompt *prompt,
                  QWidget *parent = nullptr);
    ~ProfileDialog() override;

    /// Selects the profile named name (or the first one).
    void selectProfile(const QString &name);

    /// The form as a profile (not validated).
    Profile formProfile() const;
    void setFormProfile(const Profile &profile);
    /// Validates and saves the form (keychain first); the result arrives via saved()/message.
    void save();
    void testConnection();
    void addProfile();
    void duplicateProfile();
    void removeProfile();

    QString message() const;
    /// OpenReplay: offers the API key's projects (users = false) or the users matching the
    /// text typed last in the users field, in a menu under anchor.
    void lookUpOpenReplay(QWidget *anchor, bool users);


Q_SIGNALS:
    void profilesChanged();
    void saved(const QString &name);
    void connectionTested(bool ok, const QString &message);

private:
    void setupUi();
    void reloadList(const QString &select);
    void onSelectionChanged();
    void updateKindFields();
    void setDirty(bool dirty);
    void showMessage(const QString &text, bool error);
    void signInWithPassword();

    ProfileStore *m_profiles;
    CredentialStore *m_keychain;
    QNetworkAccessManager *m_nam;
    SignInPrompt *m_prompt;

    QString m_editing;     ///< name of the profile in the form as saved; empty for a new one
    bool m_dirty = false;
    bool m_loadingForm = false;
    bool m_busy = false;

    QListWidget *m_list = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_duplicateButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_url = nullptr;
    QStackedWidget *m_kindPages = nullptr;
    QLineEdit *m_userId = nullptr;
    QComboBox *m_scope = nullptr;
    QPushButton *m_signInButton = nullptr;
    QComboBox *m_apiVersion = nullptr;
    QLineEdit *m_projectKey = nullptr;
    QLineEdit *m_users = nullptr;
    QSpinBox *m_rangeDays = nullptr;
    QLineEdit *m_workspace = nullptr;
    QLabel *m_secretLabel = nullptr;
    QLineEdit *m_secret = nullptr;
    QLineEdit *m_caFile = nullptr;
    QLineEdit *m_pin = nullptr;
    QCheckBox *m_allowHttp = nullptr;
    QSpinBox *m_timeout = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_testButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_revertButton = nullptr;
};
