// SPDX-License-Identifier: GPL-3.0-or-later
#include "signindialog.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SignInDialog)
};

/// A dialog with a heading, an optional warning line, a form and OK/Cancel.
QDialog *makeDialog(QWidget *parent, const QString &title, const QString &heading, const QString &message, QFormLayout **form)
{
    auto *dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    dialog->setWindowModality(Qt::WindowModal);
    auto *layout = new QVBoxLayout(dialog);
    auto *headingLabel = new QLabel(heading, dialog);
    headingLabel->setWordWrap(true);
    layout->addWidget(headingLabel);
    if (!message.isEmpty()) {
        auto *warning = new QLabel(message, dialog);
        warning->setObjectName(u"signInMessage"_s);
        warning->setWordWrap(true);
        warning->setStyleSheet(u"color: palette(link); font-weight: bold;"_s);
        layout->addWidget(warning);
    }
    *form = new QFormLayout;
    layout->addLayout(*form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(Text::tr("Sign In"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->setMinimumWidth(420);
    return dialog;
}

} // namespace

DialogSignInPrompt::DialogSignInPrompt(QWidget *parent)
    : m_parent(parent)
{
}

void DialogSignInPrompt::askCredentials(const QString &server, const QString &message, CredentialsAnswer answer)
{
    QFormLayout *form = nullptr;
    QDialog *dialog = makeDialog(m_parent, Text::tr("Sign In to %1").arg(server),
                                 Text::tr("Sign in to the Rocket.Chat server <b>%1</b>. SessionDesk keeps the resulting "
                                          "token in your keychain, never your password.").arg(server.toHtmlEscaped()),
                                 message, &form);
    auto *user = new QLineEdit(dialog);
    user->setObjectName(u"userEdit"_s);
    user->setPlaceholderText(Text::tr("user name or e-mail"));
    auto *password = new QLineEdit(dialog);
    password->setObjectName(u"passwordEdit"_s);
    password->setEchoMode(QLineEdit::Password);
    form->addRow(Text::tr("&User:"), user);
    form->addRow(Text::tr("&Password:"), password);
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    auto update = [=] { ok->setEnabled(!user->text().trimmed().isEmpty() && !password->text().isEmpty()); };
    QObject::connect(user, &QLineEdit::textChanged, dialog, update);
    QObject::connect(password, &QLineEdit::textChanged, dialog, update);
    update();
    // The fields were made after the buttons: type into them first, not into Cancel.
    QWidget::setTabOrder(user, password);
    QWidget::setTabOrder(password, dialog->findChild<QDialogButtonBox *>());
    user->setFocus();
    QObject::connect(dialog, &QDialog::finished, dialog, [=](int result) {
        if (result == QDialog::Accepted)
            answer(Credentials{user->text().trimmed(), password->text()});
        else
            answer(std::nullopt);
        password->clear();
    });
    dialog->open();
}

void DialogSignInPrompt::askCode(const QString &server, const QString &method, const QString &message, CodeAnswer answer)
{
    QFormLayout *form = nullptr;
    const QString where = method == u"email"_s ? Text::tr("the code sent to your e-mail address")
                                                : Text::tr("the code from your authenticator app");
    QDialog *dialog = makeDialog(m_parent, Text::tr("Two-Factor Authentication"),
                                 Text::tr("<b>%1</b> asks for a second factor. Enter %2.").arg(server.toHtmlEscaped(), where),
                                 message, &form);
    auto *code = new QLineEdit(dialog);
    code->setObjectName(u"codeEdit"_s);
    code->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[0-9A-Za-z ]{0,16}"_s), code));
    code->setInputMethodHints(Qt::ImhPreferNumbers);
    form->addRow(Text::tr("&Code:"), code);
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    ok->setText(Text::tr("Verify"));
    auto update = [=] { ok->setEnabled(!code->text().trimmed().isEmpty()); };
    QObject::connect(code, &QLineEdit::textChanged, dialog, update);
    update();
    QWidget::setTabOrder(code, dialog->findChild<QDialogButtonBox *>());
    code->setFocus(); // else the first button (Cancel, while Verify is disabled) takes the keys
    QObject::connect(dialog, &QDialog::finished, dialog, [=](int result) {
        answer(result == QDialog::Accepted ? std::optional<QString>(code->text().trimmed()) : std::nullopt);
    });
    dialog->open();
}
